// Emit stage: the open-data JSON form of a record. Deterministic: keys in schema order (zod output
// follows the schema's key order), two-space indent, trailing newline.
import type { PublishedDocument } from "../../../src/schema/record.ts";

export function serialiseRecord(document: PublishedDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
