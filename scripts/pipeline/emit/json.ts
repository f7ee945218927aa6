// Emit stage: the JSON forms of a record. Deterministic: keys in schema order (zod output follows the
// schema's key order), trailing newline. `npm run parse` writes records indented, for people to read
// and diff; the site publishes its open data compact (the same values), as the indent alone was about
// a fifth of every JSON file's bytes.
import type { PublishedDocument } from "../../../src/schema/record.ts";

export function serialiseRecord(document: PublishedDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A published open-data file (record, resolution, person, committee, topic): compact JSON and a newline. */
export function publishedJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
