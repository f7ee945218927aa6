// Runs the per-document stages over a corpus on several threads (worker_threads), one source at a time
// per thread, in batches handed out as threads come free. Each source's outcome comes back as JSON
// with its index, so the caller puts them in source order whatever order the threads finish in: the
// result does not depend on the number of threads or their timing.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceFile } from "../corpus/discover.ts";
import type { CachedOutcome } from "../cache/parse-cache.ts";

export interface WorkerSetup {
  collectionDir: string;
  parserVersion: string;
}

/** Sources to process: index in the corpus and the source. */
export type ParseBatch = [number, SourceFile][];

/** Sources handed to a thread at a time: a corpus starts at most ceil(sources / PARSE_BATCH) threads. */
export const PARSE_BATCH = 8;

/**
 * How many threads to parse on: `MINUTEBOOK_PARSE_WORKERS` when set (0: on the main thread only),
 * else one per core up to four, and none for a corpus too small to repay starting them.
 */
export function parseWorkerCount(sources: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.MINUTEBOOK_PARSE_WORKERS;
  if (asked !== undefined && asked !== "") {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) throw new Error(`MINUTEBOOK_PARSE_WORKERS must be a whole number, not "${asked}"`);
    return n;
  }
  return sources < 100 ? 0 : Math.min(availableParallelism(), 4);
}

/** Calls `onOutcome` for each source as its outcome arrives (in no particular order); resolves when all are done. */
export function parseInWorkers(
  files: readonly SourceFile[],
  workers: number,
  setup: WorkerSetup,
  onOutcome: (index: number, outcome: CachedOutcome) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = files.length;
    let failed = false;
    const threads: Worker[] = [];
    /** Threads stopped on purpose: their exit code says nothing. */
    const retired = new Set<Worker>();
    const retire = (thread: Worker) => {
      retired.add(thread);
      return thread.terminate();
    };
    const stop = () => Promise.all(threads.map(retire));
    const feed = (thread: Worker) => {
      if (next >= files.length) {
        void retire(thread);
        return;
      }
      const batch: ParseBatch = [];
      for (; next < files.length && batch.length < PARSE_BATCH; next++) batch.push([next, files[next]!]);
      thread.postMessage(batch);
    };
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    if (pending === 0) return resolve();
    for (let i = 0; i < Math.min(workers, Math.ceil(files.length / PARSE_BATCH)); i++) {
      const thread = new Worker(new URL("./parse-worker.ts", import.meta.url), { workerData: setup });
      threads.push(thread);
      thread.on("message", (outcomes: [number, CachedOutcome][]) => {
        if (failed) return;
        try {
          for (const [index, outcome] of outcomes) onOutcome(index, outcome);
        } catch (error) {
          return fail(error as Error);
        }
        pending -= outcomes.length;
        if (pending === 0) {
          void stop().then(() => resolve(), reject);
          return;
        }
        feed(thread);
      });
      thread.on("error", (error) => fail(new Error(`a parse worker failed: ${error.message}`)));
      thread.on("exit", (code) => {
        if (!retired.has(thread) && pending > 0) fail(new Error(`a parse worker stopped (exit ${code})`));
      });
      feed(thread);
    }
  });
}
