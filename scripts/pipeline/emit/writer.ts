// Emit, shared by every stage that writes into the collection: keeps the collection's folders in step
// with what this build emits instead of deleting and rewriting them. A file is written only when its
// bytes differ from what is there; files of a folder that this build did not emit are deleted. Both are
// recorded as collection-relative paths, the change report the build uses for incremental work.
// With `{ threaded: true }` the comparing and writing of `write` happen on a thread of its own
// (write-thread.ts) while this one makes the next text; `finish()` then waits for them.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { encodeLine, writeIfChanged } from "./write-file.ts";
import { shapedJson, type JsonShape } from "./json-shapes.ts";
import { WriteThread } from "./write-thread.ts";

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class CollectionWriter {
  readonly root: string;
  private readonly emitted = new Set<string>();
  private readonly madeDirs = new Set<string>();
  private readonly writtenPaths: string[] = [];
  private readonly removedPaths: string[] = [];
  private thread: WriteThread | null;
  /** Folders to sweep once the write thread is done (a folder made for a queued file is empty until then). */
  private readonly sweeps: string[] = [];

  constructor(collectionDir: string, { threaded = false } = {}) {
    this.root = collectionDir;
    this.thread = threaded ? new WriteThread() : null;
  }

  /**
   * Waits for the write thread's files and does the sweeps that waited for them: only then are
   * `written` and `removed` complete. Without a thread there is nothing to wait for.
   */
  async finish(): Promise<void> {
    const thread = this.thread;
    if (!thread) return;
    this.thread = null;
    this.writtenPaths.push(...(await thread.finish()));
    for (const folder of this.sweeps.splice(0)) this.sweep(folder);
  }

  /** Stops the write thread without waiting for its queue: for a build that failed before `finish`. */
  async abandon(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    await thread?.abandon();
  }

  /** Files written (new or changed) so far, collection-relative, sorted. */
  get written(): string[] {
    return [...this.writtenPaths].sort(byCodePoint);
  }

  /** Files deleted so far, collection-relative, sorted. */
  get removed(): string[] {
    return [...this.removedPaths].sort(byCodePoint);
  }

  private claim(path: string): string {
    if (this.emitted.has(path)) throw new Error(`${path} is emitted twice in one build`);
    this.emitted.add(path);
    const absolute = join(this.root, path);
    const dir = dirname(absolute);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    return absolute;
  }

  /**
   * Emits the file `path` as it already is, without making or comparing its text: for a file an
   * earlier ingest wrote from the same inputs (emit/archive-reuse.ts). False, and nothing emitted,
   * when there is no such file: the caller then writes it.
   */
  keep(path: string): boolean {
    if (this.emitted.has(path)) throw new Error(`${path} is emitted twice in one build`);
    if (!statSync(join(this.root, path), { throwIfNoEntry: false })?.isFile()) return false;
    this.emitted.add(path);
    return true;
  }

  /** Emits `text` (UTF-8) as the file `path` (collection-relative, `/`-separated). */
  write(path: string, text: string): void {
    const absolute = this.claim(path);
    if (this.thread) this.thread.send(path, absolute, text);
    else if (writeIfChanged(absolute, text)) this.writtenPaths.push(path);
  }

  /**
   * Emits `line` and a newline as the file `path`: the same file as `write(path, \`${line}\\n\`)`
   * without that string (see write-file.ts `encodeLine`). For the JSON files, one value a line.
   */
  writeLine(path: string, line: string): void {
    const absolute = this.claim(path);
    if (this.thread) this.thread.send(path, absolute, line, true);
    else if (writeIfChanged(absolute, encodeLine(line))) this.writtenPaths.push(path);
  }

  /**
   * Emits a JSON file (one line, as `writeLine`) of `value` for each `[path, shape]` of `files`
   * (json-shapes.ts): the value as it is, or what a page shows of it. With a write thread the value is
   * copied to it (`v8.serialize`) and stringified there: for a person's entity, whose document
   * references are shared objects, the copy costs this thread a third of what JSON.stringify did.
   * `value` must be plain data (what JSON and structured clone read alike).
   */
  writeValue(value: unknown, files: readonly (readonly [string, JsonShape])[]): void {
    const claimed = files.map(([path, shape]) => [path, this.claim(path), shape] as const);
    if (this.thread) this.thread.sendValue(value, claimed);
    else for (const [path, absolute, shape] of claimed) if (writeIfChanged(absolute, encodeLine(shapedJson(value, shape)))) this.writtenPaths.push(path);
  }

  /**
   * Emits the concatenation of `parts` and a newline as the file `path`, each part encoded into one
   * buffer of the file's size (moved to the write thread): for a file of megabytes made of many small
   * texts (a topic's items, archive.ts `topicParts`) without a string of the whole.
   */
  writeLineParts(path: string, parts: readonly string[]): void {
    let size = 1;
    for (const part of parts) size += Buffer.byteLength(part, "utf8");
    const bytes = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const part of parts) at += bytes.write(part, at, "utf8");
    bytes[at] = 0x0a;
    this.writeBytes(path, bytes);
  }

  /** Emits `bytes` as the file `path`, for a text the caller encoded anyway; `bytes` must not be changed after. */
  writeBytes(path: string, bytes: Buffer): void {
    const absolute = this.claim(path);
    if (this.thread) this.thread.sendBytes(path, absolute, bytes);
    else if (writeIfChanged(absolute, bytes)) this.writtenPaths.push(path);
  }

  /**
   * Emits the concatenation of `chunks` as the file `path`, without ever holding it whole: for files of
   * hundreds of megabytes (the archive's topics at 10,000 documents), whose one string and its bytes
   * would add that much again to the build's peak memory. Written beside the old file, then compared.
   */
  writeChunks(path: string, chunks: Iterable<string | Buffer>): void {
    const absolute = this.claim(path);
    const partial = `${absolute}.${process.pid}.tmp`;
    const fd = openSync(partial, "w");
    try {
      // Small chunks are encoded side by side into writes of up to a megabyte (not joined first: a
      // string that long is allocated in V8's large-object space, see archive.ts `topicParts`).
      const buffer = Buffer.allocUnsafeSlow(1 << 20);
      let used = 0;
      for (const chunk of chunks) {
        // A Buffer chunk is bytes kept from an earlier file (archive-reuse.ts): copied, never decoded.
        const text = typeof chunk === "string";
        const size = text ? Buffer.byteLength(chunk, "utf8") : chunk.length;
        if (used + size > buffer.length) {
          writeAll(fd, buffer.subarray(0, used));
          used = 0;
        }
        if (size > buffer.length) writeAll(fd, text ? Buffer.from(chunk, "utf8") : chunk);
        else used += text ? buffer.write(chunk, used, "utf8") : chunk.copy(buffer, used);
      }
      writeAll(fd, buffer.subarray(0, used));
    } finally {
      closeSync(fd);
    }
    if (sameBytes(partial, absolute)) unlinkSync(partial);
    else {
      renameSync(partial, absolute);
      this.writtenPaths.push(path);
    }
  }

  /**
   * Deletes every file under `folder` (collection-relative) that this build has not emitted, and folders
   * left empty; with a write thread, at `finish()`, once every file is emitted and written.
   */
  sweep(folder: string): void {
    if (this.thread) {
      this.sweeps.push(folder);
      return;
    }
    const base = join(this.root, folder);
    let entries;
    try {
      entries = readdirSync(base, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    const dirs: string[] = [];
    for (const entry of entries) {
      const absolute = join(entry.parentPath, entry.name);
      if (entry.isDirectory()) {
        dirs.push(absolute);
        continue;
      }
      const path = relative(this.root, absolute).split(sep).join("/");
      if (this.emitted.has(path)) continue;
      unlinkSync(absolute);
      this.removedPaths.push(path);
    }
    // Deepest first, so a folder emptied by removing its subfolders goes too.
    for (const dir of dirs.sort((a, b) => b.length - a.length)) {
      if (readdirSync(dir).length === 0) {
        rmdirSync(dir);
        this.madeDirs.delete(dir);
      }
    }
  }
}

/** write(2) may write less than it is given: write until all of `bytes` are written. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Whether two files hold the same bytes (false when the second does not exist); read a megabyte at a time. */
function sameBytes(a: string, b: string): boolean {
  const sizeB = statSync(b, { throwIfNoEntry: false });
  if (!sizeB?.isFile() || sizeB.size !== statSync(a).size) return false;
  const fa = openSync(a, "r");
  const fb = openSync(b, "r");
  try {
    const bufA = Buffer.alloc(1 << 20);
    const bufB = Buffer.alloc(1 << 20);
    for (;;) {
      const n = readSync(fa, bufA, 0, bufA.length, null);
      const m = readSync(fb, bufB, 0, bufB.length, null);
      if (n !== m || !bufA.subarray(0, n).equals(bufB.subarray(0, m))) return false;
      if (n === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
