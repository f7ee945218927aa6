// Feed entries for documents: one entry per document, its resolutions in the content, dated by the
// document's own date. Shared by the site-wide and committee feeds.
import { committeeOf, councilOf, type PublishedDocument } from "../schema/record.ts";
import { atomDate, escapeHtml, type AtomEntry } from "./atom.ts";
import { bodyPhrase, documentTitle, formatWhen, resolutionLabel, typeLabel } from "./format.ts";

/**
 * How many entries a feed carries: feed readers want the recent ones, and the archive has the rest.
 * 20 since round two (was 50): a feed per person and per committee made feeds 41 MB of a 1,000-document
 * site (docs/performance.md, "Round two, session 5: weight").
 */
export const FEED_LENGTH = 20;

/** Where a committee's feed is published: beside the committee page. */
export const committeeFeedUrl = (councilSlug: string, committeeSlug: string) => `/${councilSlug}/${committeeSlug}/feed.xml`;
export const SITE_FEED_URL = "/feeds/all.xml";

/** Feeds follow dated documents; an undated one has no place in time order (it is on its committee page). */
export const inFeeds = (d: Pick<PublishedDocument, "date" | "year">) => d.date !== null || d.year !== null;

export function documentEntry(record: PublishedDocument, site: URL): AtomEntry {
  const url = new URL(record.url, site).href;
  const resolutions = record.items.flatMap((item) =>
    item.resolutions.map((r) => ({ item, r, href: `${url}#${r.anchor}` })),
  );
  const html = [
    `<p>${escapeHtml(`${typeLabel(record.type)} of ${bodyPhrase(record)}, ${formatWhen(record)}.`)}</p>`,
    ...(resolutions.length
      ? [
          `<ul>`,
          ...resolutions.map(({ item, r, href }) =>
            `<li><a href="${escapeHtml(href)}">${escapeHtml(`${resolutionLabel(r.kind)} (${item.number ? `item ${item.number}${item.title ? `, ${item.title}` : ""}` : item.title})`)}</a>: ${escapeHtml(r.text)}</li>`,
          ),
          `</ul>`,
        ]
      : []),
  ].join("");
  const date = atomDate(record.date ?? (record.year ? String(record.year) : null));
  return {
    id: url,
    title: documentTitle(record),
    link: url,
    updated: date,
    published: date,
    categories: [councilOf(record).name, committeeOf(record).name, typeLabel(record.type)],
    summary: `${typeLabel(record.type)} of ${record.committee ? `the ${record.committee.name}` : "a committee not stated in the document"}, ${formatWhen(record)}: ${resolutions.length} decision${resolutions.length === 1 ? "" : "s"}.`,
    contentHtml: html,
  };
}

/** The date of a document reference as an Atom date (its date, else its year). */
export const refDate = (d: { date: string | null; year: number | null }) => atomDate(d.date ?? (d.year ? String(d.year) : null));

/** An entry for one item (or paragraph) of a document, by its site-relative `href`: topic and person feeds. */
export function itemEntry(
  ref: Pick<PublishedDocument, "type" | "title" | "council" | "committee" | "date" | "year">,
  href: string,
  heading: string,
  summary: string,
  site: URL,
): AtomEntry {
  const url = new URL(href, site).href;
  return {
    id: url,
    title: `${heading} — ${documentTitle(ref)}`,
    link: url,
    updated: refDate(ref),
    categories: [councilOf(ref).name, committeeOf(ref).name],
    summary,
  };
}

/** Newest first, ties by id, at most FEED_LENGTH: the order of every feed. */
export const newestEntries = (entries: AtomEntry[]): AtomEntry[] =>
  entries.sort((a, b) => (a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, FEED_LENGTH);
