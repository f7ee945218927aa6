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

/**
 * `line` and a newline, as UTF-8 bytes in a buffer of their own (exactly that long): the bytes of a
 * file `${line}\n` without making that string, whose flattening (a copy of a text of up to hundreds
 * of megabytes, usually two bytes a character) cost more than encoding it.
 */
export function encodeLine(line: string): Buffer {
  const size = Buffer.byteLength(line, "utf8") + 1;
  const bytes = Buffer.allocUnsafeSlow(size);
  bytes.write(line, 0, "utf8");
  bytes[size - 1] = 0x0a;
  return bytes;
}
