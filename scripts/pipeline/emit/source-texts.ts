// Writes each document's decoded source text beside the collection, `<collection>/sources/<id>.txt`,
// for the source view (`<doc url>source/`). The text is not part of the record: the record is loaded
// into Astro's data store for every page at once, while a source view needs only its own text, read
// with node:fs when that one page is rendered (src/lib/source-text.ts). Decoded, not original, bytes:
// line numbers in the record count lines of the decoded text (LF endings, form feeds as blank lines).
// Kept in step with the sources: unchanged texts are not rewritten, texts of removed sources deleted.
import type { CollectionWriter } from "./writer.ts";

export const SOURCES_FOLDER = "sources";

/** `texts`: id and decoded text of each document, read one at a time (the archive's texts are never all in memory). */
export function writeSourceTexts(writer: CollectionWriter, texts: Iterable<[string, string]>): void {
  for (const [id, text] of texts) writer.write(`${SOURCES_FOLDER}/${id}.txt`, text);
  writer.sweep(SOURCES_FOLDER);
}
