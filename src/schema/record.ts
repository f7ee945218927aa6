// The record of one parsed source document: the single source of truth shared by the build scripts,
// the content collection, the pages, the open-data JSON and the tests. Change a field here and
// every consumer follows; the JSON form carries at least the fields that
// `shared/eval/README.md` reads (source.file, type, council.name, committee.name, date, startTime,
// endTime, venue, attendance, items[].number/title/text/resolutions, people).
import { z } from "astro/zod";

export const RECORD_SCHEMA_VERSION = 1;

/** A 1-based, inclusive range of lines in the decoded source text. */
export const LineRange = z.tuple([z.number().int().min(1), z.number().int().min(1)]);
export type LineRange = z.infer<typeof LineRange>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a 24-hour time HH:MM");

export const DocumentType = z.enum(["minutes", "report", "decision"]);
export type DocumentType = z.infer<typeof DocumentType>;

/** Where the text came from: enough to find and verify the original bytes. */
export const SourceRef = z.object({
  /** The source file's name, e.g. `000_8a6e13e5fabe1a3a.txt`: how records are paired with gold annotations. */
  file: z.string().min(1),
  /** Path relative to the corpus root, with `/` separators. */
  path: z.string().min(1),
  /** sha256 of the original bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /**
   * The encoding the bytes were decoded from (utf-8, utf-16le, windows-1252…), or the format they were
   * read as: `pdf`, `docx`, `html (<encoding>)` (scripts/pipeline/extract/).
   */
  encoding: z.string(),
  /** The publisher's URL for the original document, when the metadata knows it. */
  url: z.string().nullable(),
  /**
   * For a paged original (PDF): the line of the extracted text where each page starts, page 1 first
   * (the source view marks them and links to `<file>.pdf#page=N`). Absent for text, Word and web pages.
   */
  pages: z.array(z.number().int().min(1)).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const NamedEntity = z.object({
  name: z.string().min(1),
  /** URL-safe slug derived from the name; part of permanent URLs. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});
export type NamedEntity = z.infer<typeof NamedEntity>;

// The stand-in for a council or committee a document does not state (kept free of zod: the citation
// helper that runs in the browser formats with it).
export { committeeOf, councilOf, UNSTATED_COMMITTEE, UNSTATED_COUNCIL } from "./unstated.ts";

export const AttendanceStatus = z.enum(["present", "member", "apologies", "in-attendance"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const Role = z.enum(["chair", "vice-chair"]);

/** How a person came to be listed, when the source says (co-opted, officer, substitute…). */
export const AttendanceCategory = z.enum([
  "councillor",
  "co-opted-voting",
  "co-opted-non-voting",
  "co-opted",
  "portfolio-holder",
  "cabinet-member",
  "officer",
  "substitute",
  "witness",
  "other",
]);

export const Attendance = z.object({
  /** Stable id of the person (see `people`); equal across documents for one person. */
  personId: z.string().min(1),
  /** The name exactly as the source writes it, honorific included. */
  name: z.string().min(1),
  status: AttendanceStatus,
  role: Role.nullable(),
  /** Job or office, e.g. "Chief Financial Officer". */
  title: z.string().nullable(),
  category: AttendanceCategory.nullable(),
  /** Set when the person attended for one item only ("In attendance for this item"). */
  item: z.string().nullable(),
  line: z.number().int().min(1).nullable(),
});
export type Attendance = z.infer<typeof Attendance>;

export const ParagraphKind = z.enum(["text", "list-item", "heading", "table", "quote"]);

export const Paragraph = z.object({
  /** Anchor unique within the document, e.g. `item-313-p4`. Stable for a given source text. */
  anchor: z.string().min(1),
  kind: ParagraphKind,
  /** Plain text (no markup). For a table: cells joined by tabs, rows by newlines. */
  text: z.string(),
  /** Table rows, when kind is `table`; first row is the header when `header` is true. */
  rows: z.array(z.array(z.string())).nullable(),
  header: z.boolean(),
  /** List depth or heading level, when it applies. */
  level: z.number().int().min(0).nullable(),
  /** Ordinal marker as written ("a)", "1.", "2.3"), when the source numbered it. */
  marker: z.string().nullable(),
  lines: LineRange,
  /** Set on a footnote's own text: its mark as a number ("²" → "2"). Marks in running text refer to it. */
  footnote: z.string().optional(),
  /** Set on a table that is the document's list of contents rather than content of its own. */
  contents: z.boolean().optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const ResolutionKind = z.enum(["resolved", "agreed", "recommendation", "finding", "requested"]);
export type ResolutionKind = z.infer<typeof ResolutionKind>;

/** A person as a vote statement writes them ("Adebayo", "Cllr Marchetti"), with the id of the attendee that name is. */
export const VoterRef = z.object({
  /** The name exactly as the vote statement writes it, honorific included when written. */
  name: z.string().min(1),
  /** The person id of the meeting's attendee the name matches (the same id as their attendance entry); null when
   *  no attendee, or more than one, matches (a warning then says so). Never an invented person. */
  personId: z.string().min(1).nullable(),
});
export type VoterRef = z.infer<typeof VoterRef>;

/** What was put to the vote: the motion as moved, an amendment to it, or the motion as it stood after amendments. */
export const MotionKind = z.enum(["motion", "amendment", "substantive-motion"]);
export type MotionKind = z.infer<typeof MotionKind>;

/**
 * One question put to the meeting, as the minutes record it: "Proposed by Cllr X, seconded by Cllr Y",
 * "Recorded vote – For: 7, Against: 3, Abstentions: 1", "For: Councillors A, B and C", "the amendment was
 * LOST", "Carried unanimously (6 votes)". Every field is what the text says and null (or empty) where it does
 * not: no count, outcome or voter is inferred. See docs/parsing.md, "Recorded votes".
 */
export const Vote = z.object({
  motion: MotionKind,
  /** "CARRIED" / "LOST" (also "agreed", "fell", "defeated") as stated; null when the text gives no outcome. */
  outcome: z.enum(["carried", "lost"]).nullable(),
  /** True only where the text says the vote was unanimous. */
  unanimous: z.boolean(),
  /** The numbers as written; each null when not given. */
  counts: z.object({
    for: z.number().int().min(0).nullable(),
    against: z.number().int().min(0).nullable(),
    abstentions: z.number().int().min(0).nullable(),
  }),
  /** Named votes ("For: Councillors …"), in the order written; empty where the text names nobody. */
  named: z.object({ for: z.array(VoterRef), against: z.array(VoterRef), abstentions: z.array(VoterRef) }),
  mover: VoterRef.nullable(),
  seconder: VoterRef.nullable(),
  /** The source lines of the vote's statements, first to last (for citations). */
  lines: LineRange,
});
export type Vote = z.infer<typeof Vote>;

export const Resolution = z.object({
  /** Anchor unique within the document, e.g. `item-226-12-r2`. */
  anchor: z.string().min(1),
  kind: ResolutionKind,
  /** The part's own number when the source numbered it ("1", "a"). */
  marker: z.string().nullable(),
  text: z.string().min(1),
  lines: LineRange,
  /**
   * The votes that led to this decision, in source order: the motion as moved, any amendments to it
   * (carried or lost), the substantive motion. A decision in several parts carries them on its first part.
   * Absent when the text records no vote on it.
   */
  votes: z.array(Vote).optional(),
});
export type Resolution = z.infer<typeof Resolution>;

export const Action = z.object({
  anchor: z.string().min(1),
  /** Who committed to it, as written ("the Assistant Director"). */
  who: z.string().nullable(),
  what: z.string().min(1),
  lines: LineRange,
});
export type Action = z.infer<typeof Action>;

export const Declaration = z.object({
  person: z.string().min(1),
  personId: z.string().nullable(),
  /** The item the interest relates to, when stated; else the item it was declared under. */
  item: z.string().nullable(),
  nature: z.string(),
  line: z.number().int().min(1),
});
export type Declaration = z.infer<typeof Declaration>;

export const Item = z.object({
  /** As written, less decoration: "313", "221/12", "5", "A" (a report's appendix); null for an unnumbered
   *  section (a heading in a document with no item numbering at all), whose anchor is then by position. */
  number: z.string().min(1).nullable(),
  title: z.string(),
  /** The heading as printed (e.g. "Min Ref 23/045 – PLANNING", "Overview of Scrutiny Activity (Sept 2014 to March 2015)"),
   *  so no printed word is lost when `number` and `title` are normalised or the title comes from a contents table. Optional. */
  heading: z.string().optional(),
  /** `item-<number>` made URL-safe; the permanent anchor on the document page. */
  anchor: z.string().regex(/^item-[a-z0-9-]+$/),
  /** The item's own text as plain text, paragraphs separated by blank lines, in source order. */
  text: z.string(),
  paragraphs: z.array(Paragraph),
  resolutions: z.array(Resolution),
  actions: z.array(Action),
  /** The Schedule 12A paragraph cited when the item is exempt from publication. */
  exempt: z.object({ paragraph: z.string().nullable(), text: z.string() }).nullable(),
  lines: LineRange,
  /** Votes recorded in the item that no decision follows or precedes (a motion that was lost, with nothing
   *  resolved): not decisions of the body, kept so no recorded vote is lost. Absent when there are none. */
  votes: z.array(Vote).optional(),
});
export type Item = z.infer<typeof Item>;

export const Person = z.object({
  id: z.string().min(1),
  /** Preferred display name. */
  name: z.string().min(1),
  namesAsWritten: z.array(z.string().min(1)).min(1),
});
export type Person = z.infer<typeof Person>;

export const WarningEntry = z.object({
  /** A short stable code, e.g. `no-date`, `heading-misplaced`. */
  code: z.string().min(1),
  message: z.string().min(1),
  line: z.number().int().min(1).nullable(),
});
export type WarningEntry = z.infer<typeof WarningEntry>;

/** Text that is not part of any item: the document's front matter and page furniture. Kept, never dropped. */
export const Passage = z.object({
  text: z.string(),
  lines: LineRange,
});

export const DocumentRecord = z.object({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  type: DocumentType,
  /** The document's own title when it has one (reports); minutes are titled by committee and date. */
  title: z.string().nullable(),
  /** The council whose record this is, from the text or `minutebook.json`; null when neither states it
   *  (a `no-council` warning says how to give it). */
  council: NamedEntity.nullable(),
  /** The committee or body that met or reported, from the text or `minutebook.json`; null when neither
   *  states it (a `no-committee` warning). */
  committee: NamedEntity.nullable(),
  date: isoDate.nullable(),
  /** Year the document belongs to when no full date is stated (an undated report). */
  year: z.number().int().nullable(),
  startTime: clockTime.nullable(),
  endTime: clockTime.nullable(),
  venue: z.string().nullable(),
  nextMeeting: z.object({ date: isoDate.nullable(), time: clockTime.nullable(), text: z.string() }).nullable(),
  /** Report author, when the report is signed. */
  author: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
  source: SourceRef,
  attendance: z.array(Attendance),
  items: z.array(Item),
  declarations: z.array(Declaration),
  people: z.array(Person),
  /** Text before the first item (headings, attendance lists, available papers), as paragraphs. */
  preamble: z.array(Paragraph),
  /** Decisions stated outside any item, e.g. a report's "The Select Committee is requested to: 1. note…" in its
   *  front matter. `item` is null for these. Optional: absent when there are none. */
  resolutions: z.array(Resolution.extend({ item: z.string().nullable() })).optional(),
  /** Repeated footers, page numbers, stray OCR lines: kept out of running text but not thrown away. */
  furniture: z.array(Passage),
  warnings: z.array(WarningEntry),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/**
 * A record as published: the parsed record plus its permanent id and URL path (assigned across the
 * whole corpus, see `scripts/pipeline/urls.ts`). This is the open-data JSON and the collection entry.
 */
export const PublishedDocument = DocumentRecord.extend({
  /** Permanent id: the URL path without slashes at either end, e.g. `walsall-council/…/2012-09-13`. */
  id: z.string().min(1),
  /** Site-relative URL path of the document's page, with a trailing slash. */
  url: z.string().regex(/^\/.*\/$/),
});
export type PublishedDocument = z.infer<typeof PublishedDocument>;

/**
 * What the `documents` content collection keeps of each document: enough to list, sort, group and link
 * it. Astro serialises its whole content store to one string, so nothing that grows with a document's
 * text may be in it (docs/performance.md); the full record is read from `<collection>/records/<id>.json`
 * by the pages that render one document (`src/lib/records.ts`).
 */
export const DocumentSummary = PublishedDocument.pick({
  id: true,
  url: true,
  type: true,
  title: true,
  council: true,
  committee: true,
  date: true,
  year: true,
  startTime: true,
  endTime: true,
  venue: true,
  source: true,
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** The summary of a record, as the collection entry's front matter. */
export const summarise = (document: PublishedDocument): DocumentSummary => DocumentSummary.parse(document);
