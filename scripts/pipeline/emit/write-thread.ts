// Emit, the file side of CollectionWriter (writer.ts) on a thread of its own: the main thread makes each
// file's text (JSON.stringify of the archive's entities, the records) and this thread compares it with
// the file on disk and writes it when it changed. Both are about as costly at scale (a third of ingest's
// writing at 3,000 documents was stat, read, compare and write), so on two cores they overlap.
//
// Texts go over as UTF-8 bytes in batches, their buffers moved to the thread rather than copied: a
// text of a few kilobytes or more is encoded into a buffer of its own, smaller ones side by side into
// one shared buffer per batch. (Cloning the strings themselves cost the main thread a tenth of its
// writing at 1,000 documents, and the thread encoded them again; an encoded text is also what its
// record hash is taken of, collection.ts.) The main thread blocks (Atomics.wait) while more than
// IN_FLIGHT_LIMIT bytes are queued, so a slow disk never makes the queue hold the archive twice in
// memory. At the end the thread answers with the paths it wrote (new or changed).
//
// A value whose files are JSON (a person's entity and page, writer.ts `writeValue`) comes as a copy
// (`v8.serialize`, moved like the bytes) and is stringified here: the main thread's JSON.stringify of
// the people was a fifth of its time in a full ingest (docs/performance.md, "Round two, session 8").
import { deserialize, serialize } from "node:v8";
import { isMainThread } from "node:worker_threads";
import { BoundedThread, serveBoundedThread } from "../workers/bounded-thread.ts";
import { shapedJson, type JsonShape } from "./json-shapes.ts";
import { encodeLine, writeIfChanged } from "./write-file.ts";

/** A file made from a value: collection-relative path (as reported), absolute path, and how it shows the value. */
type ValueFile = readonly [string, string, JsonShape];

/**
 * One file: collection-relative path (as reported), absolute path, and its bytes — a buffer of its
 * own, or where they start in the batch's shared buffer and how many there are; or the files made
 * from one value, and the value serialized.
 */
type Job = [string, string, ArrayBuffer] | [string, string, number, number] | [readonly ValueFile[], ArrayBuffer];
/** A batch of files, the shared buffer of its small ones, and its bytes in all; null ends the work. */
type Message = [Job[], ArrayBuffer | null, number] | null;

/** Bytes sent but not yet written after which the main thread waits. */
const IN_FLIGHT_LIMIT = 64 << 20;
/** Gathered into one message: about a megabyte of bytes, or this many files. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 256;
/** A text at least this long gets a buffer of its own (Buffer.from's own, which shares no pool). */
const OWN_BUFFER = 4096;

export class WriteThread {
  private readonly thread = new BoundedThread<{ written: string[] }>(new URL(import.meta.url), "writing the collection");
  private batch: Job[] = [];
  private transfer: ArrayBuffer[] = [];
  private batchBytes = 0;
  /** The batch's shared buffer for small texts, and how much of it is used. */
  private small: Buffer | null = null;
  private smallUsed = 0;

  /** Queues `text` (and a newline after it, with `newline`) to be written to `absolute` if it differs from the file there. */
  send(path: string, absolute: string, text: string, newline = false): void {
    if (text.length >= OWN_BUFFER) this.sendBytes(path, absolute, newline ? encodeLine(text) : Buffer.from(text, "utf8"));
    else this.sendSmall(path, absolute, text, Buffer.byteLength(text, "utf8"), newline);
  }

  /** Queues `bytes` to be written to `absolute` if they differ from the file there; `bytes` must not be used after. */
  sendBytes(path: string, absolute: string, bytes: Buffer): void {
    // A buffer of its own is moved; one that shares its memory (a pooled Buffer) is copied.
    if (!isOwn(bytes)) {
      if (bytes.length < OWN_BUFFER) return this.sendSmall(path, absolute, bytes, bytes.length);
      bytes = ownBuffer(bytes);
    }
    this.batch.push([path, absolute, bytes.buffer as ArrayBuffer]);
    this.transfer.push(bytes.buffer as ArrayBuffer);
    this.queued(bytes.length);
  }

  /** Queues the JSON files of `value` (`files`), made on the thread from a copy of it. */
  sendValue(value: unknown, files: readonly ValueFile[]): void {
    const bytes = ownBuffer(serialize(value));
    this.batch.push([files, bytes.buffer as ArrayBuffer]);
    this.transfer.push(bytes.buffer as ArrayBuffer);
    this.queued(bytes.length);
  }

  /** A text of fewer than OWN_BUFFER characters (or bytes), `size` bytes long, copied into the shared buffer (and a newline). */
  private sendSmall(path: string, absolute: string, text: string | Buffer, size: number, newline = false): void {
    const total = size + (newline ? 1 : 0);
    if (this.small && this.smallUsed + total > this.small.length) this.post();
    this.small ??= Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, total));
    const at = this.smallUsed;
    this.smallUsed += typeof text === "string" ? this.small.write(text, at, "utf8") : text.copy(this.small, at);
    if (newline) this.small[this.smallUsed++] = 0x0a;
    this.batch.push([path, absolute, at, total]);
    this.queued(total);
  }

  private queued(bytes: number): void {
    this.batchBytes += bytes;
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FILES) this.post();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    for (let queued = this.thread.inFlight(); queued > IN_FLIGHT_LIMIT; queued = this.thread.inFlight()) {
      if (this.thread.failed()) break; // the reason comes with the reply (finish)
      this.thread.waitBelow(queued);
    }
    const small = this.small ? (this.small.buffer as ArrayBuffer) : null;
    if (small) this.transfer.push(small);
    this.thread.send([this.batch, small, this.batchBytes] satisfies Message, this.batchBytes, this.transfer);
    this.batch = [];
    this.transfer = [];
    this.batchBytes = 0;
    this.small = null;
    this.smallUsed = 0;
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

/** Whether `bytes` are all of a buffer of their own (one that can be moved to the thread). */
const isOwn = (bytes: Buffer) => bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length && bytes.buffer instanceof ArrayBuffer;

/** `bytes`, or a copy of them in a buffer of its own when they share theirs. */
const ownBuffer = (bytes: Buffer): Buffer => (isOwn(bytes) ? bytes : Buffer.from(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer));

if (!isMainThread) {
  const written: string[] = [];
  serveBoundedThread<[Job[], ArrayBuffer | null, number], null, { written: string[] }>({
    isFinal: (message): message is null => message === null,
    chars: ([, , bytes]) => bytes,
    work: ([jobs, small]) => {
      for (const job of jobs) {
        if (job.length === 2) {
          const value = deserialize(new Uint8Array(job[1]));
          for (const [path, absolute, shape] of job[0]) if (writeIfChanged(absolute, encodeLine(shapedJson(value, shape)))) written.push(path);
          continue;
        }
        const bytes = job.length === 3 ? new Uint8Array(job[2]) : new Uint8Array(small!, job[2], job[3]);
        if (writeIfChanged(job[1], bytes)) written.push(job[0]);
      }
    },
    answer: () => ({ written }),
  });
}
