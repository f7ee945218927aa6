// Emit, one file written only when its bytes change: shared by CollectionWriter (writer.ts) and its
// write thread (write-thread.ts).
import { readFileSync, statSync, writeFileSync } from "node:fs";

/** Writes `text` (UTF-8, or its bytes) to `absolute` unless the file there holds exactly those bytes; whether it wrote. */
export function writeIfChanged(absolute: string, text: string | Uint8Array): boolean {
  // Encoded once: measured, compared and written from the same bytes. Only a file of the same size
  // can be unchanged; only then are the old bytes read to compare.
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const old = statSync(absolute, { throwIfNoEntry: false });
  if (old?.isFile() && old.size === bytes.length && readFileSync(absolute).equals(bytes)) return false;
  writeFileSync(absolute, bytes);
  return true;
}
