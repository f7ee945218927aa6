// A parse worker (parse-pool.ts): runs the per-document stages for the sources it is sent, through the
// parse cache, and sends back each outcome as JSON. Batches come one at a time; it answers each.
import { parentPort, workerData } from "node:worker_threads";
import { cachedOutcome, ParseCache, type CachedOutcome } from "../cache/parse-cache.ts";
import type { ParseBatch, WorkerSetup } from "./parse-pool.ts";

const { collectionDir, parserVersion } = workerData as WorkerSetup;
const cache = new ParseCache(collectionDir);

// One source at a time: PDF.js is asynchronous, and a batch is answered once every outcome is in.
parentPort!.on("message", async (batch: ParseBatch) => {
  const outcomes: [number, CachedOutcome][] = [];
  for (const [index, file] of batch) outcomes.push([index, await cachedOutcome(file, cache, parserVersion)]);
  parentPort!.postMessage(outcomes);
});
