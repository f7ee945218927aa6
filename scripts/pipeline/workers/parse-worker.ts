// A parse worker (parse-pool.ts): runs the per-document stages for the sources it is sent, through the
// parse cache, and sends back each outcome as JSON. Batches come one at a time; it answers each.
import { parentPort, workerData } from "node:worker_threads";
import { cachedOutcome, ParseCache, type CachedOutcome } from "../cache/parse-cache.ts";
import type { ParseBatch, WorkerSetup } from "./parse-pool.ts";

const { collectionDir, parserVersion } = workerData as WorkerSetup;
const cache = new ParseCache(collectionDir);

parentPort!.on("message", (batch: ParseBatch) => {
  const outcomes: [number, CachedOutcome][] = batch.map(([index, file]) => [index, cachedOutcome(file, cache, parserVersion)]);
  parentPort!.postMessage(outcomes);
});
