// Writes the `documents` content collection into a folder, replacing what was there so that removed
// sources do not linger. Entry paths mirror the permanent ids. Two files per document:
//   documents/<id>.mdx   the collection entry: a small summary as front matter (what listings need)
//                        and the escaped text as the body;
//   records/<id>.json    the full published record, read by the pages of that one document
//                        (src/lib/records.ts). Astro serialises its content store to one string, so the
//                        records stay out of it: at 10,000 documents they no longer fit (docs/performance.md).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PublishedDocument } from "../../../src/schema/record.ts";
import { RECORDS_FOLDER } from "../../../src/lib/records.ts";
import { documentMdx } from "./mdx.ts";

export const DOCUMENTS_FOLDER = "documents";

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function writeCollection(collectionDir: string, documents: PublishedDocument[]): void {
  const documentsDir = join(collectionDir, DOCUMENTS_FOLDER);
  const recordsDir = join(collectionDir, RECORDS_FOLDER);
  rmSync(documentsDir, { recursive: true, force: true });
  rmSync(recordsDir, { recursive: true, force: true });
  for (const document of documents) {
    writeFile(join(documentsDir, `${document.id}.mdx`), documentMdx(document));
    writeFile(join(recordsDir, `${document.id}.json`), `${JSON.stringify(document)}\n`);
  }
}
