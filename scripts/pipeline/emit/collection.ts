// Writes the `documents` content collection (one MDX entry per record) into a folder, replacing what
// was there so that removed sources do not linger. Entry paths mirror the permanent ids.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PublishedDocument } from "../../../src/schema/record.ts";
import { documentMdx } from "./mdx.ts";

export const DOCUMENTS_FOLDER = "documents";

export function writeCollection(collectionDir: string, documents: PublishedDocument[]): void {
  const documentsDir = join(collectionDir, DOCUMENTS_FOLDER);
  rmSync(documentsDir, { recursive: true, force: true });
  for (const document of documents) {
    const path = join(documentsDir, `${document.id}.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, documentMdx(document));
  }
}
