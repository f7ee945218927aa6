// What the search index needs to know about a document beyond its text: filter and sort values.
import type { PublishedDocument } from "../schema/record.ts";

type Dated = Pick<PublishedDocument, "date" | "year">;

/** The year to filter by: the date's year, else the record's year, else null. */
export function pagefindYear(record: Dated): string | null {
  if (record.date) return record.date.slice(0, 4);
  return record.year ? String(record.year) : null;
}

/**
 * The date sort key. Pagefind leaves pages without a sort key out of sorted results altogether, so
 * an undated document sorts by its year ("2018" before any "2018-01-01"), or as "0000".
 */
export function pagefindSortDate(record: Dated): string {
  return record.date ?? (record.year ? String(record.year) : "0000");
}
