// One piece of a build run on a thread of its own while the main thread does something else (the Astro
// run, the resolution pages and the URL manifest), so that on a machine of two cores it gets the core
// the main thread's work leaves idle (docs/performance.md, "round two, session 6"). The thread runs a
// module that calls `serveOnThread` with the task's name; its answer, or what it failed on, comes back
// once. Data in and out are structured-cloned: plain objects only.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

type Reply<Answer> = { answer: Answer } | { error: string };

/**
 * Runs `task` of `module` on a new thread with `data`; resolves with its answer, or rejects with
 * "<what> failed: <reason>" whether the task threw, the thread crashed or it stopped without answering.
 */
export function onThread<Answer>(module: URL, task: string, data: unknown, what: string): Promise<Answer> {
  const worker = new Worker(module, { workerData: { task, data } });
  return new Promise<Answer>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      reject(new Error(`${what} failed: ${reason}`));
    };
    worker.once("message", (reply: Reply<Answer>) => {
      if ("error" in reply) return fail(reply.error);
      settled = true;
      resolve(reply.answer);
    });
    worker.once("error", (error) => fail(error.message));
    worker.once("exit", (code) => fail(`the thread stopped without an answer (exit ${code})`));
  });
}

/** The thread's side: when this thread was started for `task`, runs `work` on its data and answers. */
export function serveOnThread<Data, Answer>(task: string, work: (data: Data) => Answer | Promise<Answer>): void {
  if (isMainThread || !parentPort || (workerData as { task?: string } | null)?.task !== task) return;
  const port = parentPort;
  Promise.resolve()
    .then(() => work((workerData as { data: Data }).data))
    .then(
      (answer) => port.postMessage({ answer } satisfies Reply<Answer>),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply<Answer>),
    );
}
