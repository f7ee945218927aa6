// The citation facts of a published document (see citation.ts), with its absolute permanent URL.
import type { PublishedDocument } from "../schema/record.ts";
import type { CitedDocument } from "./citation.ts";

export function citedDocument(record: PublishedDocument, site: URL | undefined): CitedDocument {
  return {
    council: record.council?.name ?? null,
    committee: record.committee?.name ?? null,
    type: record.type,
    title: record.title,
    date: record.date,
    year: record.year,
    url: site ? new URL(record.url, site).href : record.url,
  };
}
