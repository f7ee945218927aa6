// The whole archive as one open-data download: JSON Lines (https://jsonlines.org), one published
// record per line, ordered by id. Each line is the record file the ingest stage wrote into the
// collection (`records/<id>.json`: `JSON.stringify` of the record and a newline, so a line is always
// exactly one record), copied one at a time: at 10,000 documents the download is larger than the
// longest string V8 allows, and the records of the whole archive need not be in memory to write it.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
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
