// The whole archive as one open-data download: JSON Lines (https://jsonlines.org), one published
// record per line, ordered by id. Written line by line: at 10,000 documents the file is larger than
// the longest string V8 allows, so it is never built as one string. JSON.stringify escapes every line
// break inside a record, so a line is always exactly one record.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { PublishedDocument } from "../../../src/schema/record.ts";

export const BULK_DATA_PATH = "data/documents.jsonl";

const byId = (a: PublishedDocument, b: PublishedDocument) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function writeJsonLines(path: string, documents: readonly PublishedDocument[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    for (const document of [...documents].sort(byId)) writeSync(fd, `${JSON.stringify(document)}\n`);
  } finally {
    closeSync(fd);
  }
}
