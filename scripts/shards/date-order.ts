// How far a list of search results is from date order, read from the results' URLs alone: a document's
// URL carries its date (`/<council>/<committee>/<yyyy-mm-dd>/…`), or the year of an undated report
// (`…/<yyyy>/report/`), or `undated` (README, "Permanent URLs"). The key is the one the search index
// sorts by (src/lib/search.ts `pagefindSortDate`): the date, else the year, else "0000".

const DATED = /^(\d{4}-\d{2}-\d{2}|\d{4})$/;

/** The date sort key of a document URL (`/a/b/2018-03-22/`, `/a/b/2015/report/`), or null for another page. */
export function sortKeyOfDocumentUrl(url: string): string | null {
  const segments = url.split(/[?#]/)[0]!.split("/").filter(Boolean);
  const when = segments[2];
  if (segments.length < 3 || when === undefined) return null;
  if (when === "undated") return "0000";
  return DATED.exec(when)?.[1] ?? null;
}

/**
 * Adjacent pairs of results out of the given date order (for "desc": an older document before a newer
 * one). Documents of the same date are in order either way; a URL that is not a document's is skipped.
 */
export function dateOrderBreaks(urls: readonly string[], order: "asc" | "desc"): number {
  const keys = urls.map(sortKeyOfDocumentUrl).filter((k): k is string => k !== null);
  let breaks = 0;
  for (let i = 1; i < keys.length; i++) {
    const [before, after] = [keys[i - 1]!, keys[i]!];
    if (order === "desc" ? before < after : before > after) breaks++;
  }
  return breaks;
}
