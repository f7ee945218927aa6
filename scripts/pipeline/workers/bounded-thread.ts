// A worker thread fed text by the main thread, with how much is in flight bounded: the machinery shared
// by ingest's write thread (emit/write-thread.ts) and its topic-suggestions thread
// (workers/topic-suggestions.ts). Both sides share two counters: the characters sent and not yet
// handled, which the main thread reads to hold back (so a slow thread never makes the queue hold the
// archive twice in memory), and whether the thread failed (it then handles no more, and its final
// answer carries the reason). The thread runs the module that created it (`new URL(import.meta.url)`).
import { parentPort, Worker, workerData } from "node:worker_threads";

/** Slots of the shared counters. */
const IN_FLIGHT = 0;
const FAILED = 1;

export type ThreadReply<Answer> = Answer | { error: string };

/** The main thread's side. */
export class BoundedThread<Answer extends object> {
  private readonly worker: Worker;
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly reply: Promise<ThreadReply<Answer>>;
  private readonly what: string;

  /** `module`: the module the thread runs; `what`: what it does, for messages ("writing the collection"). */
  constructor(module: URL, what: string) {
    this.what = what;
    this.worker = new Worker(module, { workerData: this.shared });
    this.reply = new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.once("error", (error) => resolve({ error: error.message }));
      this.worker.once("exit", (code) => resolve({ error: `the thread ${what} stopped (exit ${code})` }));
    });
  }

  /** Characters sent and not yet handled. */
  inFlight(): number {
    return Atomics.load(this.shared, IN_FLIGHT);
  }

  /** Whether the thread failed (the reason comes with its final answer). */
  failed(): boolean {
    return Atomics.load(this.shared, FAILED) !== 0;
  }

  /** Blocks until the thread has handled some of `queued` characters in flight, or a second passed. */
  waitBelow(queued: number): void {
    Atomics.wait(this.shared, IN_FLIGHT, queued, 1000);
  }

  /** Sends a message of work holding `chars` characters (or bytes) of text; `transfer`: its buffers, moved, not copied. */
  send(message: unknown, chars: number, transfer: ArrayBuffer[] = []): void {
    Atomics.add(this.shared, IN_FLIGHT, chars);
    this.worker.postMessage(message, transfer);
  }

  /** Sends the final message, waits for the answer and stops the thread; throws what it failed on. */
  async finish(message: unknown): Promise<Answer> {
    this.worker.postMessage(message);
    const reply = await this.reply;
    await this.worker.terminate();
    if ("error" in reply) throw new Error(`${this.what} failed: ${reply.error}`);
    return reply;
  }

  /** Stops the thread without waiting for what is queued (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * The thread's side, run by the module on its own thread: `work` handles each message of work (of
 * `chars(message)` characters) until one throws; `answer` answers the final message (`isFinal`) — or
 * the first failure's reason is the answer.
 */
export function serveBoundedThread<Work, Final, Answer extends object>(handlers: {
  isFinal(message: Work | Final): message is Final;
  chars(message: Work): number;
  work(message: Work): void;
  answer(message: Final): Answer;
}): void {
  const shared = workerData as Int32Array;
  const port = parentPort!;
  let failed: string | null = null;
  port.on("message", (message: Work | Final) => {
    if (handlers.isFinal(message)) {
      let reply: ThreadReply<Answer> = { error: failed ?? "" };
      if (failed === null) {
        try {
          reply = handlers.answer(message);
        } catch (error) {
          reply = { error: (error as Error).message };
        }
      }
      port.postMessage(reply);
      return;
    }
    if (failed === null) {
      try {
        handlers.work(message);
      } catch (error) {
        failed = (error as Error).message;
        Atomics.store(shared, FAILED, 1);
      }
    }
    Atomics.sub(shared, IN_FLIGHT, handlers.chars(message));
    Atomics.notify(shared, IN_FLIGHT);
  });
}
