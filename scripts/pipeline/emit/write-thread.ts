// Emit, the file side of CollectionWriter (writer.ts) on a thread of its own: the main thread makes each
// file's text (JSON.stringify of the archive's entities, the records) and this thread compares it with
// the file on disk and writes it when it changed. Both are about as costly at scale (a third of ingest's
// writing at 3,000 documents was stat, read, compare and write), so on two cores they overlap.
//
// Texts go over in batches; the main thread blocks (Atomics.wait) while more than IN_FLIGHT_LIMIT of
// text is queued, so a slow disk never makes the queue hold the archive twice in memory. At the end
// the thread answers with the paths it wrote (new or changed).
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { writeIfChanged } from "./write-file.ts";

/** One file: collection-relative path (as reported), absolute path, text. */
type Job = [string, string, string];
type Reply = { written: string[] } | { error: string };

/** Characters of text sent but not yet written after which the main thread waits (about 64 MB). */
const IN_FLIGHT_LIMIT = 32 << 20;
/** Gathered into one message: about a megabyte of text, or this many files. */
const BATCH_CHARS = 1 << 20;
const BATCH_FILES = 256;
/** Slots of the shared counters. */
const IN_FLIGHT = 0;
const FAILED = 1;

export class WriteThread {
  private readonly worker: Worker;
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private batch: Job[] = [];
  private batchChars = 0;
  private readonly reply: Promise<Reply>;

  constructor() {
    this.worker = new Worker(new URL(import.meta.url), { workerData: this.shared });
    this.reply = new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.once("error", (error) => resolve({ error: error.message }));
      this.worker.once("exit", (code) => resolve({ error: `the write thread stopped (exit ${code})` }));
    });
  }

  /** Queues `text` to be written to `absolute` if it differs from the file there. */
  send(path: string, absolute: string, text: string): void {
    this.batch.push([path, absolute, text]);
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS || this.batch.length >= BATCH_FILES) this.post();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    for (let queued = Atomics.load(this.shared, IN_FLIGHT); queued > IN_FLIGHT_LIMIT; queued = Atomics.load(this.shared, IN_FLIGHT)) {
      if (Atomics.load(this.shared, FAILED)) break; // the reason comes with the reply (finish)
      Atomics.wait(this.shared, IN_FLIGHT, queued, 1000);
    }
    Atomics.add(this.shared, IN_FLIGHT, this.batchChars);
    this.worker.postMessage([this.batch, this.batchChars]);
    this.batch = [];
    this.batchChars = 0;
  }

  /** Writes what is queued, stops the thread and returns the paths it wrote; throws what it failed on. */
  async finish(): Promise<string[]> {
    this.post();
    this.worker.postMessage(null);
    const reply = await this.reply;
    await this.worker.terminate();
    if ("error" in reply) throw new Error(`writing the collection failed: ${reply.error}`);
    return reply.written;
  }

  /** Stops the thread without waiting for what is queued (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const shared = workerData as Int32Array;
  const port = parentPort;
  const written: string[] = [];
  let failed: string | null = null;
  port.on("message", (message: [Job[], number] | null) => {
    if (message === null) {
      port.postMessage(failed === null ? { written } : { error: failed });
      return;
    }
    const [jobs, chars] = message;
    if (failed === null) {
      try {
        for (const [path, absolute, text] of jobs) if (writeIfChanged(absolute, text)) written.push(path);
      } catch (error) {
        failed = (error as Error).message;
        Atomics.store(shared, FAILED, 1);
      }
    }
    Atomics.sub(shared, IN_FLIGHT, chars);
    Atomics.notify(shared, IN_FLIGHT);
  });
}
