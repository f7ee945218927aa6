// The decoded text of a document's source, as the build wrote it beside the collection
// (scripts/pipeline/emit/source-texts.ts). Read per page, when that page is rendered, so that a build
// holds one source text at a time rather than the whole archive's.
import { join } from "node:path";
import { readIfExists } from "./records.ts";

const collectionDir = () => process.env.MINUTEBOOK_COLLECTION ?? "content/collection";

/** The text, or null when the collection has none for this id (an older ingest). */
export function readSourceText(id: string): string | null {
  return readIfExists(join(collectionDir(), "sources", `${id}.txt`));
}

/**
 * The text's lines, numbered from 1 as the record's line ranges count them. A final line break ends
 * the last line rather than starting an empty one (as editors and `wc -l` count).
 */
export function sourceLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}
