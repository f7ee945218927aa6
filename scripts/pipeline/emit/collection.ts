// Writes the `documents` content collection into a folder, kept in step with the sources: a file is
// rewritten only when its bytes change, and entries of removed sources are deleted (writer.ts). Entry
// paths mirror the permanent ids. Two files per document:
//   documents/<id>.mdx   the collection entry: a small summary as front matter (what listings need),
//                        no body (the pages render the text from the record);
//   records/<id>.json    the full published record, read by the pages of that one document
//                        (src/lib/records.ts). Astro serialises its content store to one string, so the
//                        records stay out of it: at 10,000 documents they no longer fit (docs/performance.md).
import { createHash } from "node:crypto";
import type { PublishedDocument } from "../../../src/schema/record.ts";
import { RECORDS_FOLDER } from "../../../src/lib/records.ts";
import { documentMdx } from "./mdx.ts";
import { encodeLine } from "./write-file.ts";
import type { CollectionWriter } from "./writer.ts";

export const DOCUMENTS_FOLDER = "documents";

/** What an ingest's state (emit/archive-reuse.ts) keeps of a record: the sha256 of its file's bytes (its text, UTF-8). */
export const recordHash = (json: string | Uint8Array) => createHash("sha256").update(json).digest("hex");

/**
 * Returns each record's hash (document id → `recordHash` of its JSON). A document whose record hashes
 * as it did in the last ingest (`previous`) keeps both its files as they are, unless one is missing:
 * the entry is made from the record alone.
 */
export function writeCollection(writer: CollectionWriter, documents: readonly PublishedDocument[], previous: Readonly<Record<string, string>> = {}): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const document of documents) {
    // Encoded once: hashed, and written (moved to the write thread) from the same bytes.
    const json = encodeLine(JSON.stringify(document));
    const hash = recordHash(json);
    hashes.set(document.id, hash);
    const entry = `${DOCUMENTS_FOLDER}/${document.id}.mdx`;
    const record = `${RECORDS_FOLDER}/${document.id}.json`;
    const same = previous[document.id] === hash;
    if (!(same && writer.keep(entry))) writer.write(entry, documentMdx(document));
    if (!(same && writer.keep(record))) writer.writeBytes(record, json);
  }
  writer.sweep(DOCUMENTS_FOLDER);
  writer.sweep(RECORDS_FOLDER);
  return hashes;
}
