// A small Atom 1.0 writer (RFC 4287) shared by every feed of the site: per committee, the whole site,
// and the people and topic pages. Text is escaped for XML and stripped of characters XML 1.0 cannot
// carry (control characters, lone surrogates: https://www.w3.org/TR/xml/#charsets), so text from a
// source document can never make a feed ill-formed. Dates come from the records, never the clock:
// two builds of the same sources give the same feed.

export interface AtomEntry {
  /** Permanent and unique: the absolute URL of what the entry is about. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** RFC 3339 date-time (see `atomDate`). */
  updated: string;
  published?: string;
  /** Plain text. */
  summary?: string;
  /** HTML, already safe (escape untrusted text with `escapeHtml`); written escaped as `type="html"`. */
  contentHtml?: string;
  categories?: string[];
}

export interface AtomFeed {
  /** Permanent: the feed's own absolute URL is a good id. */
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  author: string;
  /** Newest first. */
  entries: AtomEntry[];
  /** When there are no entries: a fixed date, so that an empty feed is still deterministic. */
  emptyUpdated?: string;
}

// XML 1.0 Char production, less the C0 controls other than tab, LF and CR.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text for HTML content (of `contentHtml`). */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An ISO date (YYYY-MM-DD), a year, or null, as an Atom date-time at midnight UTC; null → the epoch. */
export function atomDate(date: string | null, time?: string | null): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T${time && /^\d{2}:\d{2}$/.test(time) ? time : "00:00"}:00Z`;
  if (date && /^\d{4}$/.test(date)) return `${date}-01-01T00:00:00Z`;
  return "1970-01-01T00:00:00Z";
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.emptyUpdated ?? "1970-01-01T00:00:00Z");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle)}`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  ${element("updated", updated)}`,
    `  <author>${element("name", feed.author)}</author>`,
    `  ${element("generator", "Minutebook")}`,
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry>`,
      `    ${element("id", e.id)}`,
      `    ${element("title", e.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    ${element("updated", e.updated)}`,
      ...(e.published ? [`    ${element("published", e.published)}`] : []),
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      ...(e.summary ? [`    ${element("summary", e.summary)}`] : []),
      ...(e.contentHtml ? [`    ${element("content", e.contentHtml, ' type="html"')}`] : []),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}

