// Resolve stage, archive: the cross-document index of the whole archive, computed once per build from
// every published document (issue 4): people (names as written, roles over time, attendance per
// committee, mentions with their paragraph, declarations, actions), committees (documents in order,
// members and chairs over time, resolutions, actions, topics), councils, topics (items and the
// paragraphs that mention them), resolutions and actions with permanent URLs, and each document's
// links (previous/next meeting, report ↔ meeting, minutes approved, links inside paragraph text).
// Pure: documents in, entities out; the pages only read the result (the schema is src/schema/archive.ts).
// Cost is linear in the archive: each paragraph is scanned once for topics and once for the names of
// the people of its own document.
import {
  personUrl,
  resolutionSlug,
  topicUrl,
  type ActionEntity,
  type ArchiveIndex,
  type CommitteeEntity,
  type CouncilEntity,
  type DocumentLinks,
  type DocumentRef,
  type ItemRef,
  type Mention,
  type PersonAttendance,
  type PersonEntity,
  type PersonRef,
  type PersonRole,
  type PersonVote,
  type ResolutionEntity,
  type TextLink,
  type TopicEntity,
} from "../../../src/schema/archive.ts";
import { committeeOf, councilOf, type Item, type PublishedDocument, type Resolution, type Vote, type VoterRef } from "../../../src/schema/record.ts";
import { findDates } from "../parse/dates.ts";
import type { PersonSummary } from "./people.ts";
import { findTopics, topicMatchers, type TopicDefinition } from "./topics.ts";
import { literalKeys, mayMatch, textRuns } from "./literal-keys.ts";
import { BoundedAlternation, type BoundedMatch } from "./bounded-match.ts";
import type { CommitteeRename } from "./committees.ts";
import { slugify } from "../slug.ts";

const FOOTNOTE_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const footnoteNumber = (mark: string) => [...mark].map((c) => String(SUPERSCRIPT.indexOf(c))).join("");

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key: dated documents by date (a year alone sorts after that year's dates), undated last, then id. */
const whenKey = (d: Pick<PublishedDocument, "date" | "year">) => d.date ?? (d.year !== null ? `${d.year}-99` : "~");
const oldestFirst = (a: PublishedDocument, b: PublishedDocument) => compare(whenKey(a), whenKey(b)) || compare(a.id, b.id);
const when = (d: Pick<PublishedDocument, "date" | "year">): string | null => d.date ?? (d.year !== null ? String(d.year) : null);

export function documentRef(d: PublishedDocument): DocumentRef {
  return { id: d.id, url: d.url, type: d.type, title: d.title, council: d.council, committee: d.committee, date: d.date, year: d.year };
}

const committeeId = (d: Pick<PublishedDocument, "council" | "committee">) => `${councilOf(d).slug}/${committeeOf(d).slug}`;
const committeeUrl = (d: Pick<PublishedDocument, "council" | "committee">) => `/${councilOf(d).slug}/${committeeOf(d).slug}/`;

/** A short piece of text around [start, end), on word boundaries. */
export function excerpt(text: string, start = 0, end = 0, width = 90): string {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "…" : ""}${flat(text.slice(from, to)).trim()}${to < text.length ? "…" : ""}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const loosen = (s: string) => escape(s.trim()).replace(/\\\./g, "\\.?").replace(/\s+/g, "\\s+");

/** Finds any of a document's people by a name as written (whole words); names shared by two people are left out. */
function nameMatcher(d: PublishedDocument): { words: BoundedAlternation; keys: string[][] | null; byName: Map<string, string> } | null {
  const owners = new Map<string, Set<string>>();
  for (const p of d.people) {
    for (const name of p.namesAsWritten) {
      const key = name.trim().toLowerCase().replace(/\s+/g, " ");
      // A bare surname ("Jones") is too weak to link.
      if (!/\s/.test(key) || key.length < 4) continue;
      owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
    }
  }
  const byName = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([k, ids]) => [k, [...ids][0]!]));
  if (byName.size === 0) return null;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || compare(a, b));
  return { words: new BoundedAlternation(names.map(loosen)), keys: literalKeys(names), byName };
}

const normalise = (s: string) => s.toLowerCase().replace(/[.’']/g, "").replace(/\s+/g, " ").trim();

const CHAIR_PHRASES = ["the chairman", "the chair", "the chairperson", "the chairwoman"];
const VICE_CHAIR_PHRASES = ["the vice chairman", "the vice-chairman", "the vice chair", "the vice-chair", "the vice chairperson"];

/**
 * "The Chairman", "the Cabinet Member with Responsibility for Education": a role named in the text is
 * the person who held it at that meeting, where the record shows it — the chair and vice-chair from
 * the attendance roles, an office from the attendance titles. A role two people held is left alone.
 */
function roleMatcher(d: PublishedDocument): { words: BoundedAlternation; keys: string[][] | null; byPhrase: Map<string, string> } | null {
  const holders = new Map<string, Set<string>>();
  const hold = (phrase: string, personId: string) => holders.set(normalise(phrase), (holders.get(normalise(phrase)) ?? new Set()).add(personId));
  for (const a of d.attendance) {
    if (a.status === "apologies") continue;
    if (a.role === "chair") for (const phrase of CHAIR_PHRASES) hold(phrase, a.personId);
    if (a.role === "vice-chair") for (const phrase of VICE_CHAIR_PHRASES) hold(phrase, a.personId);
    if (a.title && a.title.trim().split(/\s+/).length >= 2) hold(`the ${a.title.trim()}`, a.personId);
  }
  const byPhrase = new Map([...holders].filter(([, ids]) => ids.size === 1).map(([k, ids]) => [k, [...ids][0]!]));
  if (byPhrase.size === 0) return null;
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length || compare(a, b));
  return { words: new BoundedAlternation(phrases.map(loosen), "-"), keys: literalKeys(phrases), byPhrase };
}

/** Bodies a clerk refers to generically when they mean the body that is meeting ("the Chairman of the Panel"). */
const THIS_BODY = /^(?:the\s+)?(?:committee|sub-committee|panel|board|council|cabinet|meeting|group|forum|authority|executive)\b/i;

/**
 * Does a role named in the text ("the Chair", "the Chairman") mean the person who held this
 * meeting's office? Not when it is another body's ("the Chair of the Local Safeguarding Children
 * Board", "the company's Chair"), a post still to be filled ("The Chair would be appointed in
 * consultation with …", "a new Chair"), or a general statement about chairs.
 */
export function refersToThisMeeting(text: string, m: BoundedMatch, committee: string): boolean {
  const after = text.slice(m.start + m.text.length, m.start + m.text.length + 120);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const of = /^\s+of\s+((?:the\s+|a\s+|an\s+)?[^,.;:()]{1,80})/i.exec(after);
  if (of) {
    const body = of[1]!.trim();
    const own = committee.toLowerCase().replace(/^the\s+/, "");
    if (!THIS_BODY.test(body) && !body.toLowerCase().replace(/^the\s+/, "").startsWith(own.slice(0, Math.max(8, Math.min(own.length, 24))))) return false;
  }
  // Another organisation's chair: "its Chair", "the company's Chair", "the Trust's Chair".
  if (/(?:\b(?:its|their)|['’]s)\s*$/i.test(before)) return false;
  // A post to be filled, not a person in the room.
  if (/^\s+(?:would|will|should|shall|could|to)\s+be\s+(?:appointed|elected|recruited|selected|nominated|chosen)\b|^\s+designate\b/i.test(after)) return false;
  if (/\b(?:new|future|incoming|independent|interim|permanent)\s*$/i.test(before)) return false;
  return true;
}

/** "the minutes of the meeting(s) held on 25 January 2018 and 7 February 2018" → the dates. */
export function approvedMinutesDates(text: string): string[] {
  const dates: string[] = [];
  for (const m of text.matchAll(/minutes\s+of\s+the\s+(?:previous\s+|last\s+)?meetings?\s+(?:of\s+the\s+[^.;]{0,120}?\s+)?held\s+on\s+([^;]{0,160})/gi)) {
    for (const hit of findDates(m[1]!)) if (!dates.includes(hit.iso)) dates.push(hit.iso);
  }
  return dates;
}

interface TopicTag {
  slug: string;
  inTitle: boolean;
  paragraphs: { anchor: string; excerpt: string }[];
}

export interface ArchiveOptions {
  /** The people stage's summary (preferred names, overrides' party/ward/notes); else built from the records. */
  people?: readonly PersonSummary[];
  /**
   * Everyone, from `archiveSummaries` of the whole archive, when `input` is only part of it (a partial
   * rebuild, emit/archive-reuse.ts): every person then has an entity, complete for those whose
   * councils are all in `input`.
   */
  summaries?: ReadonlyMap<string, ArchivePerson>;
  topics?: readonly TopicDefinition[];
  /** Committees renamed (committees.yaml): both committee pages link to each other. */
  committeeRenames?: readonly CommitteeRename[];
}

/** A person as the archive knows them: the people stage's summary, completed from the records. */
export interface ArchivePerson {
  name: string;
  namesAsWritten: Set<string>;
  councils: Set<string>;
  party: string | null;
  ward: string | null;
  notes: string | null;
}

/**
 * Everyone the archive lists: the people stage's summary first, then anyone a record names that it
 * lacks, each with every name and council the records give them. Across every document: an ingest
 * that rebuilds part of the archive (emit/archive-reuse.ts) decides from it which councils a person
 * ties together.
 */
export function archiveSummaries(input: readonly PublishedDocument[], people: readonly PersonSummary[] = []): Map<string, ArchivePerson> {
  const documents = [...input].sort(oldestFirst);
  const summaries = new Map<string, ArchivePerson>();
  for (const p of people) {
    summaries.set(p.id, { name: p.name, namesAsWritten: new Set(p.namesAsWritten), councils: new Set(p.councils), party: p.party, ward: p.ward, notes: p.notes });
  }
  const ensurePerson = (id: string, name: string, council: string) => {
    let s = summaries.get(id);
    if (!s) {
      s = { name, namesAsWritten: new Set(), councils: new Set(), party: null, ward: null, notes: null };
      summaries.set(id, s);
    }
    s.namesAsWritten.add(name);
    s.councils.add(council);
    return s;
  };
  for (const d of documents) {
    for (const p of d.people) for (const n of p.namesAsWritten) ensurePerson(p.id, p.name, councilOf(d).slug).namesAsWritten.add(n);
    for (const a of d.attendance) ensurePerson(a.personId, a.name, councilOf(d).slug);
    for (const x of d.declarations) if (x.personId) ensurePerson(x.personId, x.person, councilOf(d).slug);
  }
  return summaries;
}

/** The archive's document order (oldest first, undated last, then by id), for anything that names a document. */
export const byDocumentOrder = (a: { document: Pick<PublishedDocument, "id" | "date" | "year"> }, b: { document: Pick<PublishedDocument, "id" | "date" | "year"> }) =>
  compare(whenKey(a.document), whenKey(b.document)) || compare(a.document.id, b.document.id);

export function buildArchive(input: readonly PublishedDocument[], options: ArchiveOptions = {}): ArchiveIndex {
  const documents = [...input].sort(oldestFirst);
  const topicDefs = options.topics ?? [];
  const matchers = topicMatchers(topicDefs);
  const refs = new Map(documents.map((d) => [d.id, documentRef(d)]));
  const ref = (d: PublishedDocument) => refs.get(d.id)!;
  const itemRef = (d: PublishedDocument, item: Item): ItemRef => ({ number: item.number ?? "", title: item.title, anchor: item.anchor, href: `${d.url}#${item.anchor}` });

  const summaries = options.summaries ?? archiveSummaries(documents, options.people);
  const councilNames = new Map(documents.map((d) => [councilOf(d).slug, councilOf(d).name]));
  const personRef = (id: string): PersonRef => ({ id, name: summaries.get(id)?.name ?? id, url: personUrl(id) });

  const people = new Map<string, PersonEntity>();
  const person = (id: string): PersonEntity => {
    let p = people.get(id);
    if (!p) {
      const s = summaries.get(id)!;
      p = {
        id,
        url: personUrl(id),
        name: s.name,
        namesAsWritten: [...s.namesAsWritten].sort(compare),
        // Keys in the schema's order (NamedEntity: name, slug): the entity is written as built (emit/archive.ts).
        councils: [...s.councils].sort(compare).map((slug) => ({ name: councilNames.get(slug) ?? slug, slug })),
        party: s.party,
        ward: s.ward,
        notes: s.notes,
        roles: [],
        attendance: [],
        mentions: [],
        declarations: [],
        actions: [],
        documents: [],
      };
      people.set(id, p);
    }
    return p;
  };
  for (const id of [...summaries.keys()].sort(compare)) person(id);

  /** Per person, the paragraphs (`href`) already in their mentions: one mention per paragraph. */
  const mentionedAt = new Map<string, Set<string>>();

  const committees = new Map<string, CommitteeEntity>();
  const committeeTopics = new Map<string, Map<string, number>>();
  /** Per committee, its members by person id (the same objects as `committee.members`, found without a scan). */
  const committeeMembers = new Map<string, Map<string, CommitteeEntity["members"][number]>>();
  const resolutions: ResolutionEntity[] = [];
  const actions: ActionEntity[] = [];
  const links: DocumentLinks[] = [];
  const topicItems = new Map<string, TopicEntity["items"]>(topicDefs.map((t) => [t.slug, []]));
  const minutesByDate = new Map<string, PublishedDocument>();
  for (const d of documents) if (d.type === "minutes" && d.date) minutesByDate.set(`${committeeId(d)}@${d.date}`, d);

  for (const d of documents) {
    const cid = committeeId(d);
    let committee = committees.get(cid);
    if (!committee) {
      committee = {
        id: cid,
        name: committeeOf(d).name,
        slug: committeeOf(d).slug,
        url: committeeUrl(d),
        council: { ...councilOf(d), url: `/${councilOf(d).slug}/` },
        documents: [],
        members: [],
        chairs: [],
        resolutions: [],
        actions: [],
        topics: [],
        formerly: [],
        renamedTo: null,
      };
      committees.set(cid, committee);
      committeeTopics.set(cid, new Map());
      committeeMembers.set(cid, new Map());
    }
    committee.documents.push(ref(d));

    // Attendance, roles, membership.
    const seenInDoc = new Set<string>();
    let chair: PersonRef | null = null;
    let viceChair: PersonRef | null = null;
    for (const a of d.attendance) {
      const p = person(a.personId);
      if (!seenInDoc.has(a.personId)) {
        seenInDoc.add(a.personId);
        let row = p.attendance.find((r) => r.committee.slug === committeeOf(d).slug && r.council.slug === councilOf(d).slug);
        if (!row) {
          row = { committee: { ...committeeOf(d), url: committeeUrl(d) }, council: councilOf(d), present: 0, apologies: 0, listed: 0, percent: null, records: [] };
          p.attendance.push(row);
        }
        if (a.status === "present" || a.status === "in-attendance") row.present++;
        else if (a.status === "apologies") row.apologies++;
        else row.listed++;
        row.records.push({ document: ref(d), status: a.status, role: a.role, title: a.title });
        if (a.status !== "in-attendance") {
          const members = committeeMembers.get(cid)!;
          let member = members.get(a.personId);
          if (!member) {
            member = { person: personRef(a.personId), from: when(d), to: when(d), meetings: 0, chair: [], viceChair: [] };
            committee.members.push(member);
            members.set(a.personId, member);
          }
          member.meetings++;
          member.to = when(d) ?? member.to;
          if (a.role === "chair" && when(d)) member.chair.push(when(d)!);
          if (a.role === "vice-chair" && when(d)) member.viceChair.push(when(d)!);
        }
      }
      if (a.role === "chair") chair ??= personRef(a.personId);
      if (a.role === "vice-chair") viceChair ??= personRef(a.personId);
      for (const label of [a.role === "chair" ? "Chair" : a.role === "vice-chair" ? "Vice-chair" : null, a.title]) {
        if (!label) continue;
        let role = p.roles.find((r) => r.role === label && r.committee.slug === committeeOf(d).slug && r.committee.url === committeeUrl(d));
        if (!role) {
          role = { role: label, committee: { ...committeeOf(d), url: committeeUrl(d) }, from: when(d), to: when(d), documents: [] } satisfies PersonRole;
          p.roles.push(role);
        }
        // Documents are taken one at a time: this one is already listed only if it was the last added.
        if (role.documents.at(-1)?.id !== d.id) role.documents.push(ref(d));
        role.to = when(d) ?? role.to;
      }
    }
    if ((chair || viceChair) && when(d)) committee.chairs.push({ date: when(d)!, document: ref(d), chair, viceChair });

    for (const x of d.declarations) {
      if (!x.personId) continue;
      const item = d.items.find((i) => i.number === x.item);
      person(x.personId).declarations.push({ document: ref(d), item: x.item, nature: x.nature, href: item ? `${d.url}#${item.anchor}` : d.url });
    }
    // As for roles: a person's documents end with this one once it is listed (not a scan of all of them).
    for (const p of d.people) {
      const entity = person(p.id);
      if (entity.documents.at(-1)?.id !== d.id) entity.documents.push(ref(d));
    }
    for (const id of seenInDoc) {
      const entity = person(id);
      if (entity.documents.at(-1)?.id !== d.id) entity.documents.push(ref(d));
    }

    // Items: topics, names in text, resolutions, actions.
    const names = nameMatcher(d);
    const roles = roleMatcher(d);
    const paragraphLinks: Record<string, TextLink[]> = {};
    const itemTopics: Record<string, string[]> = {};
    const tagsOf = (text: string, runs?: ReadonlySet<string>) => findTopics(text, matchers, runs);
    const slugsInDoc = new Set<string>();
    const addResolution = (r: Resolution, item: Item | null, topics: string[]) => {
      const slug = resolutionSlug(r.anchor);
      const id = `${d.id}/resolutions/${slug}`;
      if (slugsInDoc.has(slug)) return; // two anchors with one slug: keep the first
      slugsInDoc.add(slug);
      resolutions.push({
        id,
        slug,
        url: `${d.url}resolutions/${slug}/`,
        anchor: r.anchor,
        href: `${d.url}#${r.anchor}`,
        kind: r.kind,
        marker: r.marker,
        text: r.text,
        document: ref(d),
        item: item ? itemRef(d, item) : null,
        topics,
        lines: r.lines,
        ...(r.votes ? { votes: r.votes } : {}),
      });
      committee!.resolutions.push(id);
      if (r.votes) addVotes(r.votes, item, { url: `${d.url}resolutions/${slug}/`, kind: r.kind, marker: r.marker }, `${d.url}#${r.anchor}`);
    };
    /** Each person a recorded vote names gets it on their page: how they voted, or that they moved or seconded it. */
    const addVotes = (votes: Vote[], item: Item | null, decision: PersonVote["decision"], href: string) => {
      for (const v of votes) {
        const named: [PersonVote["how"], VoterRef | null][] = [
          ["moved", v.mover],
          ["seconded", v.seconder],
          ...v.named.for.map((x): [PersonVote["how"], VoterRef] => ["for", x]),
          ...v.named.against.map((x): [PersonVote["how"], VoterRef] => ["against", x]),
          ...v.named.abstentions.map((x): [PersonVote["how"], VoterRef] => ["abstained", x]),
        ];
        for (const [how, x] of named) {
          if (!x?.personId || !summaries.has(x.personId)) continue;
          const entity = person(x.personId);
          (entity.votes ??= []).push({ document: ref(d), item: item ? itemRef(d, item) : null, decision, href, motion: v.motion, outcome: v.outcome, how, name: x.name });
        }
      }
    };

    const footnotes = new Map<string, string>();
    for (const p of [...d.preamble, ...d.items.flatMap((i) => i.paragraphs)]) if (p.footnote && !footnotes.has(p.footnote)) footnotes.set(p.footnote, p.anchor);
    for (const item of d.items) {
      const tags = new Map<string, TopicTag>();
      // Each topic is linked once per item, at its first mention: the item is still tagged by every
      // paragraph that names it, but the text stays readable (issue 14).
      const linkedTopics = new Set<string>();
      const tag = (slug: string) => {
        let t = tags.get(slug);
        if (!t) tags.set(slug, (t = { slug, inTitle: false, paragraphs: [] }));
        return t;
      };
      for (const hit of tagsOf(item.title)) tag(hit.slug).inTitle = true;
      for (const p of item.paragraphs) {
        const spans: (TextLink & { target: string })[] = [];
        // Most paragraphs name no topic and nobody: a regex runs only where one of its terms' keys occurs.
        const runs = textRuns(p.text);
        for (const hit of tagsOf(p.text, runs)) {
          const t = tag(hit.slug);
          if (!t.paragraphs.some((x) => x.anchor === p.anchor)) t.paragraphs.push({ anchor: p.anchor, excerpt: excerpt(p.text, hit.start, hit.end) });
          spans.push({ start: hit.start, end: hit.end, href: topicUrl(hit.slug), kind: "topic", target: hit.slug });
        }
        // A person named, or referred to by the role they held at this meeting: a link and a mention.
        const mentionPerson = (id: string, m: BoundedMatch) => {
          const start = m.start;
          const end = start + m.text.length;
          spans.push({ start, end, href: personUrl(id), kind: "person", target: id });
          const mention: Mention = { document: ref(d), item: itemRef(d, item), anchor: p.anchor, href: `${d.url}#${p.anchor}`, text: m.text, excerpt: excerpt(p.text, start, end) };
          const entity = person(id);
          const seen = mentionedAt.get(id) ?? mentionedAt.set(id, new Set()).get(id)!;
          if (!seen.has(mention.href)) {
            seen.add(mention.href);
            entity.mentions.push(mention);
          }
        };
        if (names && mayMatch(runs, names.keys)) {
          for (const m of names.words.matches(p.text)) {
            const id = names.byName.get(m.text.toLowerCase().replace(/\s+/g, " ")) ?? [...names.byName].find(([k]) => normalise(k) === normalise(m.text))?.[1];
            if (id) mentionPerson(id, m);
          }
        }
        if (roles && mayMatch(runs, roles.keys)) {
          for (const m of roles.words.matches(p.text)) {
            const id = roles.byPhrase.get(normalise(m.text));
            if (id && refersToThisMeeting(p.text, m, committeeOf(d).name)) mentionPerson(id, m);
          }
        }
        // Footnote marks (²) point to the footnote with that number in this document.
        for (const m of p.text.matchAll(FOOTNOTE_MARK)) {
          if (m.index === 0 && p.footnote) continue; // the footnote's own mark
          const target = footnotes.get(footnoteNumber(m[0]));
          if (target) spans.push({ start: m.index, end: m.index + m[0].length, href: `${d.url}#${target}`, kind: "footnote", target: `footnote@${m.index}` });
        }
        // One link per target per paragraph (per item for topics), names before topics, never overlapping.
        const chosen: TextLink[] = [];
        const targets = new Set<string>();
        const rank = { footnote: 0, person: 1, topic: 2 } as const;
        for (const s of spans.sort((a, b) => (a.kind === b.kind ? a.start - b.start : rank[a.kind] - rank[b.kind]))) {
          if (targets.has(s.target) || chosen.some((c) => s.start < c.end && c.start < s.end)) continue;
          if (s.kind === "topic" && linkedTopics.has(s.target)) continue;
          if (s.kind === "topic") linkedTopics.add(s.target);
          targets.add(s.target);
          chosen.push({ start: s.start, end: s.end, href: s.href, kind: s.kind });
        }
        if (chosen.length) paragraphLinks[p.anchor] = chosen.sort((a, b) => a.start - b.start);
      }
      for (const r of item.resolutions) for (const hit of tagsOf(r.text)) tag(hit.slug);
      const slugs = [...tags.keys()].sort(compare);
      if (slugs.length) itemTopics[item.anchor] = slugs;
      for (const t of tags.values()) {
        topicItems.get(t.slug)?.push({ document: ref(d), item: itemRef(d, item), inTitle: t.inTitle, paragraphs: t.paragraphs.map((x) => ({ anchor: x.anchor, href: `${d.url}#${x.anchor}`, excerpt: x.excerpt })) });
        const counts = committeeTopics.get(cid)!;
        counts.set(t.slug, (counts.get(t.slug) ?? 0) + 1);
      }
      for (const r of item.resolutions) addResolution(r, item, slugs);
      if (item.votes) addVotes(item.votes, item, null, `${d.url}#${item.anchor}`);
      for (const a of item.actions) {
        const id = `${d.id}#${a.anchor}`;
        const who = a.who ? actionHolder(a.who, d) : null;
        actions.push({ id, anchor: a.anchor, href: `${d.url}#${a.anchor}`, who: a.who, person: who ? personRef(who) : null, what: a.what, document: ref(d), item: itemRef(d, item) });
        committee.actions.push(id);
        if (who) person(who).actions.push(id);
      }
    }
    const documentResolutions: string[] = [];
    for (const r of d.resolutions ?? []) {
      const item = r.item === null ? null : (d.items.find((i) => i.number === r.item) ?? null);
      addResolution(r, item, [...new Set(tagsOf(r.text).map((h) => h.slug))].sort(compare));
      documentResolutions.push(`${d.id}/resolutions/${resolutionSlug(r.anchor)}`);
    }

    // Minutes approved by this document.
    const approves: DocumentLinks["approves"] = [];
    for (const item of d.items) {
      const texts = [...item.resolutions.map((r) => ({ anchor: r.anchor, text: r.text })), ...item.paragraphs.map((p) => ({ anchor: p.anchor, text: p.text }))];
      for (const t of texts) {
        for (const date of approvedMinutesDates(t.text)) {
          if (date === d.date || approves.some((a) => a.date === date)) continue;
          const earlier = minutesByDate.get(`${cid}@${date}`);
          approves.push({ date, anchor: t.anchor, document: earlier ? ref(earlier) : null });
        }
      }
    }
    links.push({ id: d.id, previousMeeting: null, nextMeeting: null, counterparts: [], approves, approvedBy: [], resolutions: documentResolutions, paragraphs: paragraphLinks, itemTopics });
  }

  // Meeting order, counterparts and approvals: once every document is known.
  const linksById = new Map(links.map((l) => [l.id, l]));
  for (const committee of committees.values()) {
    const meetings = committee.documents.filter((r) => r.type === "minutes" && r.date);
    meetings.forEach((m, i) => {
      const l = linksById.get(m.id)!;
      l.previousMeeting = meetings[i - 1] ?? null;
      l.nextMeeting = meetings[i + 1] ?? null;
    });
    const byDate = new Map<string, DocumentRef[]>();
    for (const r of committee.documents) if (r.date) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
    for (const group of byDate.values()) {
      for (const r of group) linksById.get(r.id)!.counterparts = group.filter((o) => o.id !== r.id && (o.type === "minutes") !== (r.type === "minutes"));
    }
    // Members by first appearance; chairs oldest first already.
    committee.topics = [...committeeTopics.get(committee.id)!].map(([slug, items]) => ({ slug, name: topicDefs.find((t) => t.slug === slug)?.name ?? slug, items })).sort((a, b) => b.items - a.items || compare(a.slug, b.slug));
  }
  for (const l of links) {
    for (const a of l.approves) if (a.document) linksById.get(a.document.id)!.approvedBy.push({ anchor: a.anchor, document: refs.get(l.id)! });
  }

  // Attendance percentages.
  for (const p of people.values()) {
    for (const row of p.attendance) row.percent = row.present + row.apologies > 0 ? Math.round((row.present / (row.present + row.apologies)) * 100) : null;
  }

  linkRenamedCommittees(committees, options.committeeRenames ?? []);

  const councils: CouncilEntity[] = [];
  for (const slug of [...councilNames.keys()].sort(compare)) {
    const own = documents.filter((d) => councilOf(d).slug === slug);
    const ownCommittees = [...committees.values()].filter((c) => c.council.slug === slug).sort((a, b) => compare(a.name, b.name) || compare(a.slug, b.slug));
    councils.push({
      id: slug,
      name: councilNames.get(slug)!,
      url: `/${slug}/`,
      committees: ownCommittees.map((c) => ({ name: c.name, slug: c.slug, url: c.url, documents: c.documents.length, latest: c.documents.map(when).filter((w): w is string => w !== null).at(-1) ?? null })),
      recent: [...own].reverse().filter((d) => when(d) !== null).concat(own.filter((d) => when(d) === null)).slice(0, 10).map(ref),
      people: [...people.values()].filter((p) => p.councils.some((c) => c.slug === slug)).length,
      resolutions: resolutions.filter((r) => councilOf(r.document).slug === slug).length,
    });
  }

  // A topic that no item mentions gets no page: a taxonomy written for every council (or someone
  // else's) would otherwise fill the site with empty topic pages.
  const topics: TopicEntity[] = topicDefs.filter((t) => (topicItems.get(t.slug)?.length ?? 0) > 0).map((t) => topicEntity(t, topicItems.get(t.slug)!));

  return {
    people: [...people.values()].sort((a, b) => compare(a.id, b.id)),
    committees: [...committees.values()].sort((a, b) => compare(a.id, b.id)),
    councils,
    topics,
    resolutions,
    actions,
    documentLinks: links,
  };

  /** Who an action was given to: a person named in it, or who held the office it names at that meeting. */
  function actionHolder(who: string, d: PublishedDocument): string | null {
    const key = normalise(who.replace(/^\s*the\s+/i, ""));
    if (!key) return null;
    const named = d.people.filter((p) => p.namesAsWritten.some((n) => normalise(n) === key || normalise(who).includes(normalise(n))));
    if (named.length === 1) return named[0]!.id;
    const holders = [...new Set(d.attendance.filter((a) => a.title && normalise(a.title.replace(/^\s*the\s+/i, "")) === key).map((a) => a.personId))];
    return holders.length === 1 ? holders[0]! : null;
  }
}

/**
 * Links each renamed committee to the one it became: the new committee lists its earlier name (with a
 * link when the archive has documents under it) and the old one says what it became. Councils and
 * committees are matched by name or slug.
 */
function linkRenamedCommittees(committees: Map<string, CommitteeEntity>, renames: readonly CommitteeRename[]): void {
  for (const rename of renames) {
    const council = slugify(rename.council);
    const before = committees.get(`${council}/${slugify(rename.from)}`) ?? null;
    const after = committees.get(`${council}/${slugify(rename.to)}`) ?? null;
    const date = rename.date ?? null;
    if (after && !after.formerly.some((f) => f.name === (before?.name ?? rename.from))) {
      after.formerly.push({ name: before?.name ?? rename.from, url: before?.url ?? null, until: date });
    }
    if (before) before.renamedTo = { name: after?.name ?? rename.to, url: after?.url ?? null, from: date };
  }
}

/** A topic's entity from its definition and its items (in the archive's document order). */
export function topicEntity(definition: TopicDefinition, items: TopicEntity["items"]): TopicEntity {
  return {
    id: definition.slug,
    url: topicUrl(definition.slug),
    name: definition.name,
    description: definition.description,
    synonyms: definition.synonyms,
    items,
    councils: [...new Set(items.map((i) => councilOf(i.document).slug))].sort(compare),
    years: [...new Set(items.map((i) => (i.document.date ? Number(i.document.date.slice(0, 4)) : i.document.year)).filter((y): y is number => y !== null))].sort((a, b) => a - b),
  };
}
