// Citations of a document or of one part of it (item, paragraph, resolution): a plain-text reference,
// CSL-JSON (the input format of Zotero, Pandoc and citeproc, https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)
// and BibTeX. Pure functions with no imports beyond types and formatting, so that the page (at build
// time) and the copy helper (in the reader's browser) make the same text.
//
// The build never knows when a reader will read: the accessed date is `null` at build time ("accessed
// [date]" in the text, no `accessed`/`urldate` field) and the reader's browser fills in its own date.
import type { DocumentType } from "../schema/record.ts";
import { formatDate, typeLabel } from "./format.ts";

/** The facts a citation of a document needs. */
export interface CitedDocument {
  /** Null when the document does not state it: the citation then leaves it out rather than name a stand-in. */
  council: string | null;
  committee: string | null;
  type: DocumentType;
  /** A report's own title; null for minutes (titled by committee and date). */
  title: string | null;
  /** ISO date, or null. */
  date: string | null;
  year: number | null;
  /** The absolute permanent URL of the document page. */
  url: string;
}

/** The part of a document being cited; null cites the whole document. */
export interface CitedPart {
  /** The permanent anchor (`item-313-p4`). */
  anchor: string;
  /** "item 313, paragraph 4": where in the document, in words (see `anchorLocator`). */
  locator: string;
  /** The item's title, when citing an item or a part of one. */
  itemTitle?: string | null;
}

const PART_NAMES: Record<string, string> = { p: "paragraph", r: "resolution", a: "action" };

/**
 * Reads a permanent anchor: `item-<item>` optionally followed by `-p<n>` (paragraph n, by position),
 * `-r<n>` (resolution n) or `-a<n>` (action n); `preamble-p<n>` / `preamble-r<n>` for the front matter.
 * `itemAnchor`, when known, settles items whose own number ends like a part (`item-5-a1`).
 */
export function parseAnchor(anchor: string, itemAnchor?: string): { item: string | null; part: string | null; n: number | null } | null {
  let head: string;
  let tail: string;
  if (itemAnchor && anchor.startsWith(itemAnchor)) {
    head = itemAnchor;
    tail = anchor.slice(itemAnchor.length);
  } else {
    const m = /^(preamble|item-.+?)((?:-[pra]\d+)?)$/.exec(anchor);
    if (!m) return null;
    head = m[1]!;
    tail = m[2]!;
  }
  const part = /^-([pra])(\d+)$/.exec(tail);
  if (tail && !part) return null;
  const item = head === "preamble" ? null : head.slice("item-".length);
  if (head === "preamble" && !part) return null;
  return { item, part: part ? part[1]! : null, n: part ? Number(part[2]) : null };
}

/**
 * Where an anchor points, in words: "item 313", "paragraph 4 of item 313", "resolution 2 of item 226/12",
 * "paragraph 3 of the front matter". `itemNumber` is the item's number as printed (the anchor only has
 * its URL-safe form). Null when the anchor is not one of ours.
 */
export function anchorLabel(anchor: string, item?: { anchor: string; number: string }): string | null {
  const parsed = parseAnchor(anchor, item?.anchor);
  if (!parsed) return null;
  const itemName = parsed.item === null ? "the front matter" : `item ${item?.number ?? parsed.item}`;
  if (!parsed.part) return itemName;
  return `${PART_NAMES[parsed.part]} ${parsed.n} of ${itemName}`;
}

/** "item 313, paragraph 4" — the locator form of `anchorLabel`, for citations. */
export function anchorLocator(anchor: string, item?: { anchor: string; number: string }): string | null {
  const parsed = parseAnchor(anchor, item?.anchor);
  if (!parsed) return null;
  const itemName = parsed.item === null ? "front matter" : `item ${item?.number ?? parsed.item}`;
  return parsed.part ? `${itemName}, ${PART_NAMES[parsed.part]} ${parsed.n}` : itemName;
}

/** The locator back from a ¶ link's accessible name ("Paragraph 4 of item 313" → "item 313, paragraph 4"). */
export function locatorFromLabel(label: string): string {
  const m = /^(paragraph|resolution|action) (\d+) of (?:the )?(.+)$/i.exec(label);
  if (m) return `${m[3]}, ${m[1]!.toLowerCase()} ${m[2]}`;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

const whenOf = (d: CitedDocument) => (d.date ? formatDate(d.date) : d.year ? String(d.year) : "undated");
const urlOf = (d: CitedDocument, part: CitedPart | null) => (part ? `${d.url}#${part.anchor}` : d.url);

/** YYYY-MM-DD of a reader's local day (not UTC: a reader in the evening cites today, not tomorrow). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Worcestershire County Council, Children and Families Overview and Scrutiny Panel. Minutes, 22 March
 * 2018, item 313 (Apologies and Welcome), paragraph 2. Minutebook. https://…/2018-03-22/#item-313-p2
 * (accessed 5 May 2026)."
 */
export function plainCitation(d: CitedDocument, part: CitedPart | null, accessed: string | null): string {
  const what = d.title && d.type !== "minutes" ? `“${d.title}”. ${typeLabel(d.type)}` : typeLabel(d.type);
  let where = "";
  if (part) {
    const [itemPart, ...rest] = part.locator.split(", ");
    where = `, ${itemPart}${part.itemTitle ? ` (${part.itemTitle})` : ""}${rest.length ? `, ${rest.join(", ")}` : ""}`;
  }
  const by = [d.council, d.committee].filter((x) => x !== null).join(", ");
  return `${by ? `${by}. ` : ""}${what}, ${whenOf(d)}${where}. Minutebook. ${urlOf(d, part)} (accessed ${accessed ? formatDate(accessed) : "[date]"}).`;
}

const dateParts = (iso: string) => iso.split("-").map(Number);

/** One CSL-JSON item (https://github.com/citation-style-language/schema, csl-data.json). */
export function cslItem(d: CitedDocument, part: CitedPart | null, accessed: string | null): Record<string, unknown> {
  const id = `${d.url}${part ? `#${part.anchor}` : ""}`;
  const item: Record<string, unknown> = {
    id,
    type: d.type === "minutes" ? "document" : "report",
    title: d.title && d.type !== "minutes" ? d.title : `${typeLabel(d.type)}${d.committee !== null ? ` of the ${d.committee}` : ""}, ${whenOf(d)}`,
    genre: typeLabel(d.type),
    ...(d.committee !== null ? { author: [{ literal: d.committee }] } : {}),
    ...(d.council !== null ? { publisher: d.council } : {}),
    URL: urlOf(d, part),
  };
  if (d.date) item.issued = { "date-parts": [dateParts(d.date)] };
  else if (d.year) item.issued = { "date-parts": [[d.year]] };
  if (part) {
    item.section = part.itemTitle ? `${part.locator} (${part.itemTitle})` : part.locator;
  }
  if (accessed) item.accessed = { "date-parts": [dateParts(accessed)] };
  return item;
}

/**
 * CSL-JSON is a list of items; this is a list of one, a field a line. A field's value is on its line
 * (`"issued": {"date-parts":[[2015,6,1]]}`) rather than pretty-printed over eight: the same JSON,
 * some 300 bytes less of every document page's cite box.
 */
export const cslJson = (d: CitedDocument, part: CitedPart | null, accessed: string | null): string =>
  `[{\n${Object.entries(cslItem(d, part, accessed))
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(",\n")}\n}]`;

/**
 * Escape BibTeX's special characters so that any name or title is literal text: braces and backslash
 * first (they would unbalance the field), then the characters (La)TeX gives a meaning.
 */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\textasciicircum{}" : c === "~" ? "\\textasciitilde{}" : `\\${c}`,
  );
}

/** A citation key from the facts: `worcestershire-cfosp-2018-03-22-item-313-p2`. Only `[a-z0-9-]`. */
export function bibtexKey(d: CitedDocument, part: CitedPart | null): string {
  const word = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9 ]+/g, " ").trim();
  const council = word(d.council ?? "").split(/\s+/)[0] || "council";
  const committee = word(d.committee ?? "").split(/\s+/).map((w) => w[0]).join("").slice(0, 8) || "committee";
  const when = d.date ?? (d.year ? String(d.year) : "undated");
  const anchor = part ? `-${part.anchor.replace(/[^a-z0-9-]+/gi, "-").toLowerCase()}` : "";
  return `${council}-${committee}-${when}-${d.type}${anchor}`;
}

/** A BibTeX entry: `@techreport` for reports, `@misc` for minutes and decisions. URLs are left unescaped (the `url` package reads them verbatim). */
export function bibtex(d: CitedDocument, part: CitedPart | null, accessed: string | null): string {
  const item = cslItem(d, part, null);
  const fields: [string, string][] = [
    ...(d.committee !== null ? [["author", `{${bibtexEscape(d.committee)}}`] as [string, string]] : []),
    ["title", `{${bibtexEscape(String(item.title))}}`],
  ];
  const council: [string, string][] = d.council !== null ? [[d.type === "report" ? "institution" : "organization", bibtexEscape(d.council)]] : [];
  if (d.type === "report") fields.push(...council, ["type", typeLabel(d.type)]);
  else fields.push(...council, ["howpublished", `${typeLabel(d.type)}`]);
  if (d.date) {
    const [y, m, day] = d.date.split("-");
    fields.push(["year", y!], ["month", String(Number(m))], ["day", String(Number(day))]);
  } else if (d.year) fields.push(["year", String(d.year)]);
  if (part) fields.push(["note", bibtexEscape(String(item.section))]);
  fields.push(["url", urlOf(d, part).replace(/[{}]/g, encodeURIComponent)]);
  if (accessed) fields.push(["urldate", accessed]);
  return `@${d.type === "report" ? "techreport" : "misc"}{${bibtexKey(d, part)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}
