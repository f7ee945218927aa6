// Small valid records for tests that need one without parsing a document.
import { RECORD_SCHEMA_VERSION, type DocumentRecord, type Paragraph, type PublishedDocument } from "../../src/schema/record.ts";

export function paragraph(anchor: string, text: string, kind: Paragraph["kind"] = "text"): Paragraph {
  return { anchor, kind, text, rows: null, header: false, level: null, marker: null, lines: [1, 1] };
}

/** A valid record with nothing in it but what `overrides` gives: no attendance, no items. */
export function documentRecord(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type: "minutes",
    title: null,
    council: { name: "Testshire County Council", slug: "testshire-county-council" },
    committee: { name: "Scrutiny Panel", slug: "scrutiny-panel" },
    date: "2024-01-31",
    year: null,
    startTime: null,
    endTime: null,
    venue: null,
    nextMeeting: null,
    author: null,
    source: { file: "a.txt", path: "a.txt", sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null },
    attendance: [],
    items: [],
    declarations: [],
    people: [],
    preamble: [],
    furniture: [],
    warnings: [],
    ...overrides,
  };
}

export function publishedDocument(overrides: Partial<PublishedDocument> = {}): PublishedDocument {
  return {
    ...documentRecord(),
    id: "testshire-county-council/scrutiny-panel/2024-01-31",
    url: "/testshire-county-council/scrutiny-panel/2024-01-31/",
    ...overrides,
  };
}
