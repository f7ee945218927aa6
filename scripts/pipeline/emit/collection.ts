// Writes the `documents` content collection into a folder, kept in step with the sources: a file is
// rewritten only when its bytes change, and entries of removed sources are deleted (writer.ts). Entry
// paths mirror the permanent ids. Two files per document:
//   documents/<id>.mdx   the collection entry: a small summary as front matter (what listings need),
//                        no body (the pages render the text from the record);
//   records/<id>.json    the full published record, read by the pages of that one document
//                        (src/lib/records.ts). Astro serialises its content store to one string, so the
//                        records stay out of it: at 10,000 documents they no longer fit (docs/performance.md).
import type { PublishedDocument } from "../../../src/schema/record.ts";
import { RECORDS_FOLDER } from "../../../src/lib/records.ts";
import { documentMdx } from "./mdx.ts";
import type { CollectionWriter } from "./writer.ts";

export const DOCUMENTS_FOLDER = "documents";

export function writeCollection(writer: CollectionWriter, documents: readonly PublishedDocument[]): void {
  for (const document of documents) {
    writer.write(`${DOCUMENTS_FOLDER}/${document.id}.mdx`, documentMdx(document));
    writer.write(`${RECORDS_FOLDER}/${document.id}.json`, `${JSON.stringify(document)}\n`);
  }
  writer.sweep(DOCUMENTS_FOLDER);
  writer.sweep(RECORDS_FOLDER);
}
