// The cross-document entities of the archive (issue 4): people, committees, councils, topics,
// resolutions, actions, and the links of each document to the rest of the archive. Computed once per
// build by `scripts/pipeline/resolve/archive.ts` from every published document, written as JSON data
// collections (`<collection>/archive/*.json`, see `scripts/pipeline/emit/archive.ts`), read by the
// pages and published as open data beside each entity page. This file is the single source of truth
// for that JSON.
import { z } from "astro/zod";
import { DocumentType, MotionKind, NamedEntity, ResolutionKind, Vote } from "./record.ts";

export const ARCHIVE_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const path = z.string().regex(/^\/.*\/$/, "a site-relative URL path with a trailing slash");
/** A site-relative URL, possibly with a `#fragment`. */
const href = z.string().regex(/^\//);

/** Enough of a document to link to it and label the link without loading the document. */
export const DocumentRef = z.object({
  id: z.string().min(1),
  url: path,
  type: DocumentType,
  title: z.string().nullable(),
  /** As in the record: null when the document does not state it (`councilOf`, `committeeOf`). */
  council: NamedEntity.nullable(),
  committee: NamedEntity.nullable(),
  date: isoDate.nullable(),
  year: z.number().int().nullable(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** An item of a document, as a link target. */
export const ItemRef = z.object({
  number: z.string(),
  title: z.string(),
  anchor: z.string(),
  href,
});
export type ItemRef = z.infer<typeof ItemRef>;

/** A link to a person page, with the name a reader sees. */
export const PersonRef = z.object({ id: z.string(), name: z.string(), url: path });
export type PersonRef = z.infer<typeof PersonRef>;

// ---------------------------------------------------------------------------------------------
// Resolutions and actions

export const ResolutionEntity = z.object({
  /** `<document id>/resolutions/<slug>`: permanent. */
  id: z.string().min(1),
  /** `<item number slug>-<n>` (`226-12-2`) for an item's n-th resolution, `preamble-<n>` for one stated outside any item. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  url: path,
  /** The resolution's anchor on the document page (`item-226-12-r2`) and the link to it. */
  anchor: z.string(),
  href,
  kind: ResolutionKind,
  marker: z.string().nullable(),
  text: z.string(),
  document: DocumentRef,
  /** The item it belongs to; null for a document-level resolution (a report's "is requested to"). */
  item: ItemRef.nullable(),
  /** Topic slugs of its item (or of its own text when it has no item). */
  topics: z.array(z.string()),
  /** Source lines of the original text. */
  lines: z.tuple([z.number().int(), z.number().int()]),
  /** The recorded votes that led to it, as in the record (named voters by person id); absent when none. */
  votes: z.array(Vote).optional(),
});
export type ResolutionEntity = z.infer<typeof ResolutionEntity>;

export const ActionEntity = z.object({
  /** `<document id>#<anchor>`. */
  id: z.string().min(1),
  anchor: z.string(),
  href,
  /** Who was given it, as written ("the Assistant Director"). */
  who: z.string().nullable(),
  /** The person it resolves to at that meeting, when the record shows who held that name or office. */
  person: PersonRef.nullable(),
  what: z.string(),
  document: DocumentRef,
  item: ItemRef,
});
export type ActionEntity = z.infer<typeof ActionEntity>;

// ---------------------------------------------------------------------------------------------
// People

export const PersonAttendance = z.object({
  committee: NamedEntity.extend({ url: path }),
  council: NamedEntity,
  /** Meetings at which they were listed as present (members and those in attendance alike). */
  present: z.number().int(),
  apologies: z.number().int(),
  /** Listed as a member without a present/apologies status (a report's membership list). */
  listed: z.number().int(),
  /** present ÷ (present + apologies) × 100, rounded; null when neither was recorded. */
  percent: z.number().int().min(0).max(100).nullable(),
  /** Every document that lists them, oldest first, with how. */
  records: z.array(
    z.object({
      document: DocumentRef,
      status: z.enum(["present", "member", "apologies", "in-attendance"]),
      role: z.enum(["chair", "vice-chair"]).nullable(),
      title: z.string().nullable(),
    }),
  ),
});
export type PersonAttendance = z.infer<typeof PersonAttendance>;

export const PersonRole = z.object({
  /** "Chair", "Vice-chair", or an office or job title as written ("Chief Financial Officer"). */
  role: z.string(),
  committee: NamedEntity.extend({ url: path }),
  /** First and last dated document that shows it (ISO dates; a year alone when that is all there is). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  documents: z.array(DocumentRef),
});
export type PersonRole = z.infer<typeof PersonRole>;

export const Mention = z.object({
  document: DocumentRef,
  item: ItemRef.nullable(),
  /** The paragraph where the name (or topic word) occurs, and the link to it. */
  anchor: z.string(),
  href,
  /** The words as they occur. */
  text: z.string(),
  /** A short piece of the paragraph around them. */
  excerpt: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** One recorded vote that names a person, as their page lists it. */
export const PersonVote = z.object({
  document: DocumentRef,
  item: ItemRef.nullable(),
  /** The decision the vote led to (its own page and its label); null for a vote kept on its item. */
  decision: z.object({ url: path, kind: ResolutionKind, marker: z.string().nullable() }).nullable(),
  /** The vote's statement in the document (the decision in place, else the item). */
  href,
  motion: MotionKind,
  outcome: z.enum(["carried", "lost"]).nullable(),
  /** What the record says they did. */
  how: z.enum(["for", "against", "abstained", "moved", "seconded"]),
  /** The name as the vote statement writes it. */
  name: z.string(),
});
export type PersonVote = z.infer<typeof PersonVote>;

export const PersonEntity = z.object({
  id: z.string().min(1),
  url: path,
  /** Preferred display name (the overrides file's `name`, else the fullest name as written). */
  name: z.string(),
  namesAsWritten: z.array(z.string()),
  councils: z.array(NamedEntity),
  party: z.string().nullable(),
  ward: z.string().nullable(),
  notes: z.string().nullable(),
  roles: z.array(PersonRole),
  attendance: z.array(PersonAttendance),
  mentions: z.array(Mention),
  declarations: z.array(
    z.object({ document: DocumentRef, item: z.string().nullable(), nature: z.string(), href }),
  ),
  actions: z.array(z.string()),
  /** How they voted, moved or seconded where a recorded vote names them, in document order; absent when never. */
  votes: z.array(PersonVote).optional(),
  /** Every document that names them, oldest first. */
  documents: z.array(DocumentRef),
});
export type PersonEntity = z.infer<typeof PersonEntity>;

/**
 * What the `people` content collection keeps of each person: enough for the list of people and the
 * page routes. The whole entity (every mention, every attendance record) grows with the archive and is
 * read from its own file, `<collection>/archive/people/<id>.json`, by the person's pages.
 */
export const PersonSummary = PersonEntity.pick({ id: true, url: true, name: true, councils: true });
export type PersonSummary = z.infer<typeof PersonSummary>;

/**
 * What a person's page shows, and no more: written by the archive stage beside the whole entity
 * (`<collection>/archive/person-pages/<id>.json`, scripts/pipeline/emit/person-pages.ts) from it with
 * `personPage` (src/lib/person-page.ts), and read by the page alone. The entity repeats a document's
 * reference and an item's in every mention, and keeps every excerpt and role document; the page shows
 * each document once with its items under it, the first paragraph of an item by its excerpt and the
 * others by number. At 1,000 documents the page files are about a third of the entities' bytes, which
 * the person pages each parsed whole (docs/performance.md, "Round two, session 6").
 */
export const PersonPage = PersonEntity.pick({ id: true, url: true, name: true, namesAsWritten: true, councils: true, party: true, ward: true, notes: true }).extend({
  /** How many documents name them (the entity's `documents`). */
  documentCount: z.number().int(),
  /** As the entity's, with how many documents show each role instead of the documents. */
  roles: z.array(PersonRole.omit({ documents: true }).extend({ documentCount: z.number().int() })),
  /** As the entity's, without the documents (each is listed once, under `documents`). */
  attendance: z.array(PersonAttendance.omit({ records: true })),
  declarations: PersonEntity.shape.declarations,
  actions: PersonEntity.shape.actions,
  votes: PersonEntity.shape.votes,
  /** Every document that lists or names them, once: the entity's documents, then any only listed or named. */
  documents: z.array(
    z.object({
      document: DocumentRef,
      /** How its record lists them (the attendance records of this document). */
      listed: z.array(PersonAttendance.shape.records.element.omit({ document: true })),
      /** The items (null: the front matter) where they are named, each with its paragraphs; an excerpt the page does not show is empty. */
      named: z.array(z.object({ item: ItemRef.nullable(), paragraphs: z.array(z.object({ anchor: z.string(), href, excerpt: z.string() })) })),
    }),
  ),
});
export type PersonPage = z.infer<typeof PersonPage>;

// ---------------------------------------------------------------------------------------------
// Committees and councils

export const CommitteeMember = z.object({
  person: PersonRef,
  /** First and last meeting at which they were listed (present, apologies or member). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  meetings: z.number().int(),
  /** Meetings (dates) at which they chaired / vice-chaired. */
  chair: z.array(z.string()),
  viceChair: z.array(z.string()),
});

export const TopicCount = z.object({ slug: z.string(), name: z.string(), items: z.number().int() });

export const CommitteeEntity = z.object({
  /** `<council slug>/<committee slug>`. */
  id: z.string().min(1),
  name: z.string(),
  slug: z.string(),
  url: path,
  council: NamedEntity.extend({ url: path }),
  /** Every document, oldest first (undated last). */
  documents: z.array(DocumentRef),
  /** Councillors and co-optees listed as members, present or apologies, by first appearance. */
  members: z.array(CommitteeMember),
  /** Who chaired when: one entry per dated meeting with a chair recorded, oldest first. */
  chairs: z.array(z.object({ date: z.string(), document: DocumentRef, chair: PersonRef.nullable(), viceChair: PersonRef.nullable() })),
  /** Resolution ids, oldest first. */
  resolutions: z.array(z.string()),
  /** Action ids, oldest first. */
  actions: z.array(z.string()),
  topics: z.array(TopicCount),
  /** Earlier names of this committee (committees.yaml), with their pages when the archive has them. */
  formerly: z.array(z.object({ name: z.string(), url: path.nullable(), until: z.string().nullable() })),
  /** The committee this one became, when it was renamed (committees.yaml). */
  renamedTo: z.object({ name: z.string(), url: path.nullable(), from: z.string().nullable() }).nullable(),
});
export type CommitteeEntity = z.infer<typeof CommitteeEntity>;

export const CouncilEntity = z.object({
  id: z.string().min(1),
  name: z.string(),
  url: path,
  committees: z.array(z.object({ name: z.string(), slug: z.string(), url: path, documents: z.number().int(), latest: z.string().nullable() })),
  /** Newest first, at most 10. */
  recent: z.array(DocumentRef),
  people: z.number().int(),
  resolutions: z.number().int(),
});
export type CouncilEntity = z.infer<typeof CouncilEntity>;

// ---------------------------------------------------------------------------------------------
// Topics

export const TopicEntity = z.object({
  /** The taxonomy slug; the URL is `/topics/<slug>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  url: path,
  name: z.string(),
  description: z.string(),
  synonyms: z.array(z.string()),
  /** Items tagged with the topic, oldest first (a timeline across councils and years). */
  items: z.array(
    z.object({
      document: DocumentRef,
      item: ItemRef,
      /** Whether the item's title itself names the topic. */
      inTitle: z.boolean(),
      paragraphs: z.array(z.object({ anchor: z.string(), href, excerpt: z.string() })),
    }),
  ),
  councils: z.array(z.string()),
  years: z.array(z.number().int()),
});
export type TopicEntity = z.infer<typeof TopicEntity>;
/**
 * What Astro's content store keeps of a topic: at 10,000 documents the topics' item lists are over
 * 200 MB of JSON, which in the store took Astro's build past 5 GiB. Each topic's whole entity is its
 * own file, read by its page (src/lib/records.ts `loadTopic`).
 */
export const TopicSummary = TopicEntity.omit({ items: true }).extend({
  itemCount: z.number().int().nonnegative(),
});
export type TopicSummary = z.infer<typeof TopicSummary>;

// ---------------------------------------------------------------------------------------------
// Per document: its links to the rest of the archive

/** A part of a paragraph's text that links somewhere: [start, end) offsets into `Paragraph.text`. */
export const TextLink = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  href,
  /** person or topic page; `footnote`: a footnote mark (²) pointing to the footnote's text on the same page. */
  kind: z.enum(["person", "topic", "footnote"]),
});
export type TextLink = z.infer<typeof TextLink>;

export const DocumentLinks = z.object({
  /** The document id. */
  id: z.string().min(1),
  /** Previous and next meeting (minutes) of the same committee, by date. */
  previousMeeting: DocumentRef.nullable(),
  nextMeeting: DocumentRef.nullable(),
  /** Reports for this meeting (same committee and date), or the meeting a report was presented to. */
  counterparts: z.array(DocumentRef),
  /** Earlier minutes this document approves ("the minutes of the meeting held on 21 August 2012"). */
  approves: z.array(z.object({ date: isoDate, anchor: z.string(), document: DocumentRef.nullable() })),
  /** Later minutes that approve this meeting's minutes. */
  approvedBy: z.array(z.object({ anchor: z.string(), document: DocumentRef })),
  /** Links inside paragraph text, by paragraph anchor. */
  paragraphs: z.record(z.string(), z.array(TextLink)),
  /** Ids of the resolutions stated outside any item (a report's "is requested to"), shown on the document page. */
  resolutions: z.array(z.string()),
  /** Topic slugs per item anchor. */
  itemTopics: z.record(z.string(), z.array(z.string())),
});
export type DocumentLinks = z.infer<typeof DocumentLinks>;

/** The whole archive index, as the pipeline builds it. */
export interface ArchiveIndex {
  people: PersonEntity[];
  committees: CommitteeEntity[];
  councils: CouncilEntity[];
  topics: TopicEntity[];
  resolutions: ResolutionEntity[];
  actions: ActionEntity[];
  documentLinks: DocumentLinks[];
}

export const personUrl = (id: string) => `/people/${id}/`;
export const topicUrl = (slug: string) => `/topics/${slug}/`;

/**
 * The last URL segment of a resolution's page, from its anchor on the document page:
 * `item-226-12-r2` → `226-12-2`, `preamble-r1` → `preamble-1` (a resolution outside any item).
 * Part of permanent URLs: do not change.
 */
export function resolutionSlug(anchor: string): string {
  const slug = anchor
    .toLowerCase()
    .replace(/^item-/, "")
    .replace(/-r(\d+)$/, "-$1")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "resolution";
}
