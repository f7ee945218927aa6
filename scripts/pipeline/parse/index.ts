// Parse stage entry point: decoded text in, one DocumentRecord out. Pure: no files, no logging.
// PLACEHOLDER until the real parser lands: keeps every line in the preamble so nothing is lost.
import { RECORD_SCHEMA_VERSION } from "../../../src/schema/record.ts";
import type { DocumentRecord, ParseInput } from "../types.ts";
import { slugify } from "../slug.ts";

export function parseDocument(input: ParseInput): DocumentRecord {
  const lines = input.text.split("\n");
  const council = input.meta.council ?? "Unknown council";
  const committee = input.meta.committee ?? "Unknown committee";
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type: input.meta.type ?? "minutes",
    title: null,
    council: { name: council, slug: slugify(council) },
    committee: { name: committee, slug: slugify(committee) },
    date: null,
    year: null,
    startTime: null,
    endTime: null,
    venue: null,
    nextMeeting: null,
    author: null,
    source: input.source,
    attendance: [],
    items: [],
    declarations: [],
    people: [],
    preamble: [
      { anchor: "preamble-p1", kind: "text", text: input.text, rows: null, header: false, level: null, marker: null, lines: [1, Math.max(1, lines.length)] },
    ],
    furniture: [],
    warnings: [{ code: "no-date", message: "no meeting date found", line: null }],
  };
}
