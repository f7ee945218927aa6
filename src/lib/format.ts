// Formatting of record facts for readers: dates, times and document types in British English.
// Dates are ISO strings (YYYY-MM-DD) in the record; they are split as text, never passed through
// `Date`, so that no timezone can move a meeting to the day before (new Date("2018-03-22") is UTC
// midnight, which is still 21 March west of Greenwich).
import type { DocumentType, NamedEntity, PublishedDocument, ResolutionKind } from "../schema/record.ts";
import { committeeOf } from "../schema/unstated.ts";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "2018-03-22" → "22 March 2018". Anything that is not an ISO date is returned unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (!name) return iso;
  return `${Number(day)} ${name} ${year}`;
}

/** "10:00" → "10.00am", "18:30" → "6.30pm", "12:00" → "12.00pm", the way council minutes write times. */
export function formatTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  const suffix = hours < 12 ? "am" : "pm";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}.${match[2]}${suffix}`;
}

/** "10.00am to 12.30pm", or the start alone; null when the record has no start time. */
export function formatTimeRange(start: string | null, end: string | null): string | null {
  if (!start) return end ? `ended ${formatTime(end)}` : null;
  return end ? `${formatTime(start)} to ${formatTime(end)}` : formatTime(start);
}

const TYPE_LABELS: Record<DocumentType, string> = {
  minutes: "Minutes",
  report: "Report",
  decision: "Decision",
};

export const typeLabel = (type: DocumentType): string => TYPE_LABELS[type];

const RESOLUTION_LABELS: Record<ResolutionKind, string> = {
  resolved: "Resolved",
  agreed: "Agreed",
  recommendation: "Recommendation",
  finding: "Finding",
  requested: "Requested",
};

export const resolutionLabel = (kind: ResolutionKind): string => RESOLUTION_LABELS[kind];

type Dated = Pick<PublishedDocument, "date" | "year">;

/** The document's date for reading: "22 March 2018", "2018" for a year alone, or "undated". */
export function formatWhen(record: Dated): string {
  if (record.date) return formatDate(record.date);
  if (record.year) return String(record.year);
  return "undated";
}

/** A machine-readable date for `<time datetime>`, or null when the record has neither date nor year. */
export function machineWhen(record: Dated): string | null {
  return record.date ?? (record.year ? String(record.year) : null);
}

type Titled = Pick<PublishedDocument, "type" | "title" | "committee" | "date" | "year">;

/**
 * The title a reader sees: "Minutes — Children and Families Overview and Scrutiny Panel, 22 March 2018".
 * A report keeps its own title when it has one; the committee and date then follow in the facts.
 */
export function documentTitle(record: Titled): string {
  if (record.type !== "minutes" && record.title) return record.title;
  return `${typeLabel(record.type)} — ${committeeOf(record).name}, ${formatWhen(record)}`;
}

/**
 * Who met or reported, for a sentence: "the Cabinet, Walsall Council" (`article` before a committee's
 * name). A council or committee the document does not state is said to be unstated, never named.
 */
export function bodyPhrase(record: { council: NamedEntity | null; committee: NamedEntity | null }, article = "the "): string {
  const { council, committee } = record;
  if (committee && council) return `${article}${committee.name}, ${council.name}`;
  if (committee) return `${article}${committee.name} (council not stated in the document)`;
  if (council) return `a committee of ${council.name} (which one is not stated in the document)`;
  return "a committee and council not stated in the document";
}

/** A short label for lists where the committee is already known: "Minutes, 22 March 2018". */
export function shortTitle(record: Titled): string {
  const base = `${typeLabel(record.type)}, ${formatWhen(record)}`;
  return record.type !== "minutes" && record.title ? `${record.title} (${base})` : base;
}

/** "1 document", "3 documents". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

interface ItemNamed {
  number: string | null;
  title: string | null;
}

/** How a page names an item: "item 5", or an unnumbered section by its heading ("section “Open forum”"). */
export const itemName = (item: ItemNamed): string => (item.number ? `item ${item.number}` : `section “${item.title ?? ""}”`);

/** "item 5: Budget" (with `separator`); an unnumbered section's name already is its title. */
export const itemNameWithTitle = (item: ItemNamed, separator = ": "): string =>
  item.number && item.title ? `${itemName(item)}${separator}${item.title}` : itemName(item);
