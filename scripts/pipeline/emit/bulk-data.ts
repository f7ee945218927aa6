// The whole archive as one open-data download: JSON Lines (https://jsonlines.org), one published
// record per line, ordered by id. Each line is the record file the ingest stage wrote into the
// collection (`records/<id>.json`: `JSON.stringify` of the record and a newline, so a line is always
// exactly one record), copied one at a time: at 10,000 documents the download is larger than the
// longest string V8 allows, and the records of the whole archive need not be in memory to write it.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { RECORDS_FOLDER } from "../../../src/lib/records.ts";

export const BULK_DATA_PATH = "data/documents.jsonl";

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Writes `path` from the collection's records of `ids` (document ids), in id order. */
export function writeJsonLines(path: string, collection: string, ids: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    for (const id of [...ids].sort(byCodeUnit)) {
      const line = readFileSync(join(collection, RECORDS_FOLDER, `${id}.json`));
      for (let done = 0; done < line.length; ) done += writeSync(fd, line, done, line.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

/** What a bulk file written before holds: its documents' ids, and which of their records were written since. */
export interface BulkSince {
  /** The ids the file at `path` was written from (the last build's documents). */
  ids: Iterable<string>;
  /** Ids whose record file was written since (added or changed), whose line must come from the collection. */
  changed: ReadonlySet<string>;
}

/** Bytes read from the old file at a time while copying its unchanged lines. */
const COPY_CHUNK = 8 * 1024 * 1024;

/** End offset (exclusive, after its "\n") of each line of the file open as `fd`, `size` bytes long. */
function lineEnds(fd: number, size: number): number[] {
  const ends: number[] = [];
  const chunk = Buffer.allocUnsafe(Math.min(COPY_CHUNK, Math.max(size, 1)));
  for (let start = 0; start < size; ) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, size - start), start);
    if (read === 0) break;
    for (let at = chunk.indexOf(0x0a); at !== -1 && at < read; at = chunk.indexOf(0x0a, at + 1)) ends.push(start + at + 1);
    start += read;
  }
  return ends;
}

/**
 * `writeJsonLines` after a rebuild that changed few records: the lines of documents whose record was not
 * written since are copied from the file as it is, in large byte ranges, and only the others read from
 * the collection. At 10,000 documents the file is about 580 MB, one record file each: reading them all
 * again was most of a rebuild's "site files" (docs/performance.md, "round two, session 7").
 * The file is checked against what it must hold first — one line per id of `since.ids`, each unchanged
 * line as long as its record file — and written whole (`writeJsonLines`) when it does not match.
 * Returns how it was written.
 */
export function updateJsonLines(path: string, collection: string, ids: Iterable<string>, since: BulkSince): "patched" | "rewritten" {
  const size = statSync(path, { throwIfNoEntry: false })?.size;
  const old = size === undefined ? null : openSync(path, "r");
  const scratch = `${path}.${process.pid}.partial`;
  try {
    const after = [...ids].sort(byCodeUnit);
    const kept = old === null ? null : keptLines(old, size!, collection, after, since);
    if (old === null || kept === null) {
      writeJsonLines(path, collection, after);
      return "rewritten";
    }
    const out = openSync(scratch, "w");
    try {
      const chunk = Buffer.allocUnsafe(COPY_CHUNK);
      const write = (bytes: Buffer, length = bytes.length) => {
        for (let done = 0; done < length; ) done += writeSync(out, bytes, done, length - done);
      };
      const copy = ([from, to]: [number, number]) => {
        for (let at = from; at < to; ) {
          const read = readSync(old, chunk, 0, Math.min(chunk.length, to - at), at);
          if (read === 0) throw new Error(`${path}: ended before byte ${to}`);
          write(chunk, read);
          at += read;
        }
      };
      // A run of consecutive kept lines is one range of the old file.
      let run: [number, number] | null = null;
      for (const id of after) {
        const range = kept.get(id);
        if (range && run && run[1] === range[0]) {
          run[1] = range[1];
          continue;
        }
        if (run) copy(run);
        run = range ? [...range] : null;
        if (!range) write(readFileSync(join(collection, RECORDS_FOLDER, `${id}.json`)));
      }
      if (run) copy(run);
    } finally {
      closeSync(out);
    }
    renameSync(scratch, path);
    return "patched";
  } finally {
    if (old !== null) closeSync(old);
    rmSync(scratch, { force: true });
  }
}

/**
 * The byte range of each line of the old file that can be copied (its document is still published and
 * its record was not written since), or null when the file is not what `since` says it holds: one line
 * per id, in id order, each kept line exactly as long as its record file.
 */
function keptLines(old: number, size: number, collection: string, after: readonly string[], since: BulkSince): Map<string, [number, number]> | null {
  const before = [...since.ids].sort(byCodeUnit);
  const ends = lineEnds(old, size);
  if (ends.length !== before.length || (ends.at(-1) ?? 0) !== size) return null;
  const publishedNow = new Set(after);
  const kept = new Map<string, [number, number]>();
  for (const [i, id] of before.entries()) {
    if (since.changed.has(id) || !publishedNow.has(id)) continue;
    const range: [number, number] = [i === 0 ? 0 : ends[i - 1]!, ends[i]!];
    if (statSync(join(collection, RECORDS_FOLDER, `${id}.json`)).size !== range[1] - range[0]) return null;
    kept.set(id, range);
  }
  return kept;
}
