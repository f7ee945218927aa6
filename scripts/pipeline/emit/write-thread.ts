// Emit, the file side of CollectionWriter (writer.ts) on a thread of its own: the main thread makes each
// file's text (JSON.stringify of the archive's entities, the records) and this thread compares it with
// the file on disk and writes it when it changed. Both are about as costly at scale (a third of ingest's
// writing at 3,000 documents was stat, read, compare and write), so on two cores they overlap.
//
// Texts go over in batches; the main thread blocks (Atomics.wait) while more than IN_FLIGHT_LIMIT of
// text is queued, so a slow disk never makes the queue hold the archive twice in memory. At the end
// the thread answers with the paths it wrote (new or changed).
import { isMainThread } from "node:worker_threads";
import { BoundedThread, serveBoundedThread } from "../workers/bounded-thread.ts";
import { writeIfChanged } from "./write-file.ts";

/** One file: collection-relative path (as reported), absolute path, text. */
type Job = [string, string, string];
/** A batch of files and their characters; null ends the work. */
type Message = [Job[], number] | null;

/** Characters of text sent but not yet written after which the main thread waits (about 64 MB). */
const IN_FLIGHT_LIMIT = 32 << 20;
/** Gathered into one message: about a megabyte of text, or this many files. */
const BATCH_CHARS = 1 << 20;
const BATCH_FILES = 256;

export class WriteThread {
  private readonly thread = new BoundedThread<{ written: string[] }>(new URL(import.meta.url), "writing the collection");
  private batch: Job[] = [];
  private batchChars = 0;

  /** Queues `text` to be written to `absolute` if it differs from the file there. */
  send(path: string, absolute: string, text: string): void {
    this.batch.push([path, absolute, text]);
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS || this.batch.length >= BATCH_FILES) this.post();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    for (let queued = this.thread.inFlight(); queued > IN_FLIGHT_LIMIT; queued = this.thread.inFlight()) {
      if (this.thread.failed()) break; // the reason comes with the reply (finish)
      this.thread.waitBelow(queued);
    }
    this.thread.send([this.batch, this.batchChars] satisfies Message, this.batchChars);
    this.batch = [];
    this.batchChars = 0;
  }

  /** Writes what is queued, stops the thread and returns the paths it wrote; throws what it failed on. */
  async finish(): Promise<string[]> {
    this.post();
    return (await this.thread.finish(null satisfies Message)).written;
  }

  /** Stops the thread without waiting for what is queued (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.thread.abandon();
  }
}

if (!isMainThread) {
  const written: string[] = [];
  serveBoundedThread<[Job[], number], null, { written: string[] }>({
    isFinal: (message): message is null => message === null,
    chars: ([, chars]) => chars,
    work: ([jobs]) => {
      for (const [path, absolute, text] of jobs) if (writeIfChanged(absolute, text)) written.push(path);
    },
    answer: () => ({ written }),
  });
}
