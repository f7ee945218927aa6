// Resolve stage, people: one permanent id per person across documents (issue 4).
//
// The parse stage gives every person a provisional id (`local:<name as written>`). Here every name
// as written in a council's documents is read (names.ts), and within one council and one surname:
//   - two names are compatible when their initials agree slot by slot and nothing else conflicts
//     (compatible.ts): "Mr S M Mackay" (2018) and "Cllr Steve Mackay" (2023);
//   - a name compatible with two names that conflict with each other is ambiguous ("J Smith" next to
//     "John Smith" and "Jane Smith"; "Mr Rayner" next to "S Rayner" and "T Rayner") and stays a
//     person of its own;
//   - the other names are one person exactly when they are connected by compatibility (without
//     ambiguous names such groups are cliques, so every pair in a group is compatible).
// Different councils never share a person unless content/people.yaml merges them, except that a
// joint body's member is the member of a council forming it whom the name fits
// (reassignJointBodyMembers). The result depends only on the set of documents, never on their order.
//
// Ids: `<council slug>/<surname slug>-<first initial>` (`worcestershire-county-council/mackay-s`),
// or `<council slug>/<surname slug>` when only a surname is known. When two people would get the
// same id, the one that appears first in the archive (date, then source file) keeps it and the
// others get `-2`, `-3`… in that order, so adding later documents does not take an id away.
import { UNSTATED_COUNCIL, type Attendance, type Declaration, type DocumentRecord, type Person, type Vote, type VoterRef } from "../../../src/schema/record.ts";
import { isPersonName, parsePersonName, type PersonName } from "../names.ts";
import { slugify } from "../slug.ts";
import { jobBeside } from "../parse/people.ts";
import { namesCompatible } from "./compatible.ts";
import { PERSON_ID, type PeopleOverride, type PeopleOverrides } from "./overrides.ts";

/** "as his father, Cllr Derek Farrant, is …" in a declaration's nature: the relation and the relative's name as written. */
const KINSHIP = /\b(?:his|her|their)\s+(father|mother|son|daughter)\s*,?\s+((?:(?:Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;

/** A person's initials standing for them ("CS"), as an actions table writes them. */
const INITIALS_ONLY = /^\p{Lu}{2,4}$/u;

/** The name the parser gives a record whose text names no council (parse/index.ts); a null council means the same. */

/** One person across the archive, with what the overrides file says about them. */
export interface PersonSummary {
  id: string;
  /** Preferred display name: a rename override, else the fullest name as written. */
  name: string;
  /** Every name as written, sorted. */
  namesAsWritten: string[];
  /** Council slugs the person appears in (more than one only through a merge override). */
  councils: string[];
  /** Source file names of the documents that mention the person, sorted. */
  documents: string[];
  party: string | null;
  ward: string | null;
  notes: string | null;
}

/** A name that could be one of several people; it was kept apart. An editor may merge it. */
export interface AmbiguousName {
  council: string;
  name: string;
  /** Ids of the people it could be. */
  candidates: string[];
}

export interface PeopleResolution {
  records: DocumentRecord[];
  /** Everyone, sorted by id. */
  people: PersonSummary[];
  ambiguous: AmbiguousName[];
  /** Override entries that did not apply (matched nothing, matched several people, id taken). */
  problems: string[];
}

/** Compares names as written ignoring case, stops, commas and spacing. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Mention {
  doc: number;
  council: string;
  /** Exactly as written. */
  name: string;
  key: string;
  parsed: PersonName;
  person: boolean;
}

interface Cluster {
  council: string;
  mentions: Mention[];
  /** Natural id before merges. */
  base: string;
  id: string;
  order: string;
  /** Set by a split override: its id and display name. */
  pinnedId: string | null;
  displayName: string | null;
}

/** Sort key of a document's place in the archive: dated documents first, by date, then by file. */
function docOrder(record: DocumentRecord): string {
  const when = record.date ?? (record.year !== null ? `${record.year}-99-99` : "9999-99-99");
  return `${when}\u0000${record.source.file}\u0000${record.source.path}\u0000${record.source.sha256}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Identity of a written form for clustering: what the compatibility rule looks at. */
function formKey(parsed: PersonName): string {
  const forenames = parsed.forenames.map((f) => `${f.initial.toUpperCase()}:${(f.name ?? "").toLowerCase()}`);
  const key: unknown[] = [parsed.honorific === null ? "" : parsed.honorific, forenames];
  if (parsed.generation) key.push(parsed.generation);
  return JSON.stringify(key);
}

const CHAIR = /^(?:the\s+)?chair(?:man|woman|person)?(?:\s+of\s+the\s+\w+)?$/i;
const VICE_CHAIR = /^(?:the\s+)?vice[-\s]?chair(?:man|woman|person)?(?:\s+of\s+the\s+\w+)?$/i;

/** "the Chairman", "the Cabinet Member with Responsibility for Education": who held it at that meeting. */
function roleHolder(name: string, attendance: Attendance[]): string | null {
  const holders = (pick: (a: Attendance) => boolean): string | null => {
    const names = [...new Set(attendance.filter((a) => pick(a) && isPersonName(parsePersonName(a.name))).map((a) => a.name))];
    return names.length === 1 ? (names[0] ?? null) : null;
  };
  if (VICE_CHAIR.test(name.trim())) return holders((a) => a.role === "vice-chair");
  if (CHAIR.test(name.trim())) return holders((a) => a.role === "chair");
  const office = normaliseName(name.replace(/^\s*the\s+/i, ""));
  if (office === "") return null;
  return holders((a) => a.title !== null && normaliseName(a.title.replace(/^\s*the\s+/i, "")) === office);
}

function isRoleReference(name: string): boolean {
  return /^\s*the\s/i.test(name) || CHAIR.test(name.trim()) || VICE_CHAIR.test(name.trim());
}

/** How complete a written form is, for choosing the display name: more given names, more initials. */
function fullness(m: Mention): [number, number, number, number] {
  const p = m.parsed;
  return [m.person ? 1 : 0, p.given.length, p.forenames.length, p.asWritten === p.asWritten.toUpperCase() ? 0 : 1];
}

function preferredName(mentions: Mention[]): string {
  const best = [...mentions].sort((a, b) => {
    const fa = fullness(a);
    const fb = fullness(b);
    for (let i = 0; i < fa.length; i++) if ((fa[i] ?? 0) !== (fb[i] ?? 0)) return (fb[i] ?? 0) - (fa[i] ?? 0);
    return compare(a.person ? a.parsed.display : a.name.trim(), b.person ? b.parsed.display : b.name.trim());
  })[0];
  if (best === undefined) return "";
  return best.person ? best.parsed.display : best.name.trim();
}

function baseId(council: string, mentions: Mention[]): string {
  const named = mentions.filter((m) => m.person);
  if (named.length === 0) return `${council}/${slugify(mentions[0]?.name ?? "unknown")}`;
  const surname = slugify(named[0]?.parsed.surname ?? "unknown");
  const initial = named.map((m) => m.parsed.initials[0]).find((i) => i !== undefined);
  return initial === undefined ? `${council}/${surname}` : `${council}/${surname}-${slugify(initial)}`;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** What the documents say about one written form: where it attends, where it is written, the offices it holds. */
export interface FormEvidence {
  /** Documents whose attendance lists this form. */
  attends: Set<number>;
  /** Documents that write this form anywhere. */
  docs: Set<number>;
  /** Normalised job or office titles given with this form in attendance lists. */
  titles: Set<string>;
  /** Documents whose attendance lists this form as a member (present, or a report's membership). */
  sits?: Set<number>;
  /** Father or son of a namesake, as a declaration says ("… as his father, Cllr Derek Farrant, is …"). */
  generation?: "senior" | "junior" | null;
}

const COUNCILLOR_HONORIFIC = /\b(?:cllr|councillor|alderman)\b/i;
/** Titles a councillor is listed with: an office of the council, a party, a ward, their own council. */
const MEMBER_TITLE =
  /\b(?:cabinet|portfolio|leader|chair(?:man|woman|person)?|vice chair|mayor|councillor|member|substitute|council|bc|dc|cc|mbc|cbc|party|group|ward|division|conservative|labour|liberal|democrat|independent|green|reform|plaid|snp|alliance)\b/i;

const sharesAny = <T,>(a: Set<T>, b: Set<T>): boolean => [...a].some((x) => b.has(x));

/**
 * Groups one council's forms of one surname into people. Two forms listed in the same meeting's
 * attendance are two people ("Alderman J Wilson" and "Councillor J Wilson"; "G. Evans" and
 * "G.O. Evans"). A form compatible with people who conflict ("A Smith" next to "Alan Smith" and
 * "Adam Smith") is settled by evidence when the evidence names one of them: the others attended a
 * meeting with it; or only one of them is written in a document that writes it; or only one holds
 * the office it is listed with ("S Patel, Town Clerk" and "Sanjay Patel (Town Clerk)"). Otherwise it
 * stays a person of its own.
 */
function groupForms(forms: PersonName[], evidence: FormEvidence[] = []): { groups: number[][]; ambiguous: Set<number> } {
  const n = forms.length;
  const ev = (i: number): FormEvidence => evidence[i] ?? { attends: new Set(), docs: new Set(), titles: new Set() };
  const together = (x: number, y: number) => sharesAny(ev(x).attends, ev(y).attends);
  // Given names written out on both sides ("Andy"/"Andrew") identify a person even within one list.
  const spelledOut = (a: PersonName, b: PersonName) => {
    const k = Math.min(a.forenames.length, b.forenames.length);
    return k > 0 && a.forenames.slice(0, k).every((f, i) => f.name !== null && b.forenames[i]?.name != null);
  };
  // A councillor is not one of the council's officers or an outside body's representative: a form
  // written "Cllr …" and a form only ever listed with a job or organisation ("Peter Smith, Highways
  // Asset Manager"; "Dr A Patel, NHS … Board") are two people.
  const councillor = (f: PersonName) => COUNCILLOR_HONORIFIC.test(f.honorific ?? "");
  const officer = (i: number) => !councillor(forms[i]!) && ev(i).titles.size > 0 && [...ev(i).titles].every((t) => !MEMBER_TITLE.test(t));
  const roles = (x: number, y: number) => !((councillor(forms[x]!) && officer(y)) || (councillor(forms[y]!) && officer(x)));
  // An office written before the name distinguishes within one document: where "Alderman J Wilson"
  // and "Councillor J Wilson" are both written, the clerk is telling two members apart.
  const office = (f: PersonName) => (/\balderman\b/i.test(f.honorific ?? "") ? "alderman" : /\b(?:cllr|councillor)\b/i.test(f.honorific ?? "") ? "councillor" : null);
  const offices = (x: number, y: number) => {
    const a = office(forms[x]!);
    const b = office(forms[y]!);
    return a === null || b === null || a === b || !sharesAny(ev(x).docs, ev(y).docs);
  };
  // "Snr" written, or the father a declaration names: not the son ("D Farrant Snr" is Derek, whose son Daniel declared).
  const generation = (x: number) => forms[x]!.generation ?? ev(x).generation ?? null;
  const generations = (x: number, y: number) => generation(x) === null || generation(y) === null || generation(x) === generation(y);
  const ok: boolean[][] = forms.map((a, x) => forms.map((b, y) => namesCompatible(a, b) && (x === y || ((spelledOut(a, b) || !together(x, y)) && roles(x, y) && offices(x, y) && generations(x, y)))));
  const ambiguous = new Set<number>();
  for (let x = 0; x < n; x++) {
    const neighbours = [...Array(n).keys()].filter((y) => y !== x && ok[x]?.[y]);
    if (neighbours.some((y) => neighbours.some((z) => !ok[y]?.[z]))) ambiguous.add(x);
  }
  const uf = new UnionFind(n);
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      if (!ambiguous.has(x) && !ambiguous.has(y) && ok[x]?.[y]) uf.union(x, y);
    }
  }
  const settled = new Set<number>();
  for (const x of [...ambiguous].sort((a, b) => a - b)) {
    const members = (root: number) => [...Array(n).keys()].filter((y) => !ambiguous.has(y) && uf.find(y) === root);
    let candidates = [...new Set([...Array(n).keys()].filter((y) => y !== x && ok[x]?.[y] && !ambiguous.has(y)).map((y) => uf.find(y)))].sort((a, b) => a - b);
    candidates = candidates.filter((root) => !members(root).some((y) => !ok[x]?.[y]));
    if (candidates.length > 1) {
      const local = candidates.filter((root) => members(root).some((y) => sharesAny(ev(x).docs, ev(y).docs)));
      if (local.length >= 1) candidates = local;
    }
    // A document's own members: a form written in a document goes to the candidate that document
    // lists as attending or as a member ("Cllr R. Mawby" in the report whose membership lists
    // Robert Mawby, not Ryan Mawby named in passing).
    if (candidates.length > 1) {
      const listed = candidates.filter((root) => members(root).some((y) => sharesAny(ev(x).docs, ev(y).attends)));
      if (listed.length === 1) candidates = listed;
    }
    // A member listed at a meeting is a councillor: a form sitting at a meeting goes to the candidate
    // that meeting's document writes as "Councillor …" ("G. Marsh" present, "Councillor Gareth
    // Marsh" speaking, his late father "Geoffrey Marsh" named in a tribute).
    const sits = ev(x).sits ?? new Set<number>();
    if (candidates.length > 1 && sits.size) {
      const styled = candidates.filter((root) => members(root).some((y) => councillor(forms[y]!) && sharesAny(sits, ev(y).docs)));
      if (styled.length === 1) candidates = styled;
    }
    if (candidates.length > 1 && ev(x).titles.size) {
      const office = candidates.filter((root) => members(root).some((y) => sharesAny(ev(x).titles, ev(y).titles)));
      if (office.length >= 1) candidates = office;
    }
    // Last, the shape written: a form showing one forename goes to the person written with one
    // ("Gareth Evans" and "G. Evans", not "G.O. Evans", who shows a second initial).
    if (candidates.length > 1) {
      const slots = forms[x]!.forenames.length;
      const shaped = candidates.filter((root) => members(root).some((y) => forms[y]!.forenames.length === slots));
      if (shaped.length === 1) candidates = shaped;
    }
    if (candidates.length === 1) {
      uf.union(x, candidates[0]!);
      settled.add(x);
    }
  }
  for (const x of settled) ambiguous.delete(x);
  const groups = new Map<number, number[]>();
  for (let x = 0; x < n; x++) {
    const root = uf.find(x);
    groups.set(root, [...(groups.get(root) ?? []), x]);
  }
  return { groups: [...groups.values()], ambiguous };
}

/** A body formed by councils rather than a council itself: a joint committee, a combined authority, a panel. */
const JOINT_BODY = /\b(?:joint|combined)\b|\b(?:authority|board|panel|partnership)$/i;
/** A title that names the member's council: "Kinloch DC", "Westhaven Borough Council". */
const STATED_COUNCIL = /\b(?:council|DC|BC|CC|MBC|CBC|TC|PC)\b/;
/** A title that is a council's name: "Pennington BC", "Kirkfold Council", "Wyndale District Council". */
const OTHER_COUNCIL =
  /^([A-Z][A-Za-z'’-]*(?:\s+(?:[A-Z][A-Za-z'’-]*|and|upon|on|under|in))*?)\s+(?:(?:(?:Metropolitan|County|City|Royal)\s+)?(?:Borough|District|County|City|Town|Parish|Community)\s+)?(?:Council|BC|DC|CC|MBC|CBC|TC|PC)$/;
const ABBREVIATED_KIND: Record<string, string> = {
  BC: "Borough Council", DC: "District Council", CC: "County Council", MBC: "Metropolitan Borough Council",
  CBC: "County Borough Council", TC: "Town Council", PC: "Parish Council",
};
/** A council's slug from its name as a title gives it, abbreviations written out: "Kinloch DC" → kinloch-district-council. */
function councilSlug(name: string): string {
  return slugify(name.replace(/\s+(BC|DC|CC|MBC|CBC|TC|PC)$/, (_m, k: string) => ` ${ABBREVIATED_KIND[k] ?? k}`));
}
const COUNCIL_KIND = /\s+(?:(?:metropolitan|county|city|royal)\s+)?(?:borough|district|county|city|town|parish|community)?\s*council$/i;

/** The councils of the archive's records, slug → name (the last record's name for a slug), in record order. */
export function councilNames(records: readonly DocumentRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records) if (r.council) names.set(r.council.slug, r.council.name);
  return names;
}

const joinedPlaces = (names: ReadonlyMap<string, string>) =>
  [...names].filter(([, name]) => /council$/i.test(name)).map(([slug, name]) => ({ slug, place: name.replace(COUNCIL_KIND, "").trim() })).filter((c) => c.place.length >= 3);

/** Joint bodies among the archive's councils (`councilNames`): slug → the councils forming it, whose people its members may be. */
export function jointBodies(names: ReadonlyMap<string, string>): Map<string, string[]> {
  const places = joinedPlaces(names);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const members = new Map<string, string[]>();
  for (const [slug, name] of names) {
    if (!JOINT_BODY.test(name) || /council$/i.test(name)) continue;
    const formedBy = places.filter((c) => c.slug !== slug && new RegExp(`\\b${escape(c.place)}\\b`, "i").test(name)).map((c) => c.slug);
    if (formedBy.length) members.set(slug, formedBy);
  }
  return members;
}

function reassignJointBodyMembers(records: DocumentRecord[], mentions: Mention[], names: ReadonlyMap<string, string>): void {
  const places = joinedPlaces(names);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const members = jointBodies(names);
  const bySurname = new Map<string, Mention[]>();
  for (const o of mentions) {
    if (!o.person) continue;
    const key = `${o.council}\u0000${slugify(o.parsed.surname)}`;
    bySurname.set(key, [...(bySurname.get(key) ?? []), o]);
  }
  const reassigned: [Mention, string][] = [];
  // A council's own record may list members of other councils ("D. Haworth (Pennington BC)" on a
  // panel): they are members of the council named, not namesakes of the record's council.
  for (const m of mentions) {
    if (members.has(m.council) || !m.person || m.parsed.forenames.length === 0) continue;
    const own = (names.get(m.council) ?? "").replace(COUNCIL_KIND, "").trim();
    const named = (records[m.doc]?.attendance ?? [])
      .filter((a) => a.name === m.name && a.title)
      .map((a) => OTHER_COUNCIL.exec(a.title!.split(",")[0]!.trim()))
      .find((x) => x !== null);
    if (!named || !own || named[1]!.toLowerCase() === own.toLowerCase()) continue;
    const known = places.find((c) => c.place.toLowerCase() === named[1]!.toLowerCase());
    reassigned.push([m, known ? known.slug : councilSlug(named[0])]);
  }
  for (const m of mentions) {
    let formedBy = members.get(m.council);
    if (!formedBy || !m.person || m.parsed.forenames.length === 0) continue;
    // The attendance may say which council the member comes from ("Cllr S Kelly (Kinloch DC)"):
    // then only that council's people are candidates, and none when it is not one in the archive.
    const stated = (records[m.doc]?.attendance ?? []).flatMap((a) => (a.name === m.name && a.title && STATED_COUNCIL.test(a.title) ? [a.title] : []));
    if (stated.length) {
      const placeOf = (slug: string) => places.find((c) => c.slug === slug)?.place ?? "";
      formedBy = formedBy.filter((slug) => stated.some((t) => new RegExp(`\\b${escape(placeOf(slug))}\\b`, "i").test(t)));
      if (!formedBy.length) {
        // A council the archive holds no record of ("Cllr M Farrow (Kinloch DC)"): that council's
        // person all the same, as where a joint committee prints her under its sub-heading.
        const other = stated.map((t) => OTHER_COUNCIL.exec(t.split(",")[0]!.trim())).find((x) => x !== null);
        if (other && !places.some((c) => c.place.toLowerCase() === other[1]!.toLowerCase())) reassigned.push([m, councilSlug(other[0])]);
        continue;
      }
    }
    const surname = slugify(m.parsed.surname);
    const fits = formedBy.flatMap((c) => bySurname.get(`${c}\u0000${surname}`) ?? []).filter((o) => namesCompatible(m.parsed, o.parsed));
    const councils = new Set(fits.map((o) => o.council));
    // Exactly one council, and one person there: every pair of the names that fit is compatible.
    if (councils.size !== 1 || !fits.every((a) => fits.every((b) => namesCompatible(a.parsed, b.parsed)))) continue;
    reassigned.push([m, [...councils][0]!]);
  }
  // Another form in the same document ("Cllr Kelly", "Councillor Denise Haworth") follows the names it
  // fits there, when they all went to one council.
  const movedTo = new Map(reassigned);
  const docs = new Set(reassigned.map(([r]) => r.doc));
  for (const m of mentions) {
    if (!docs.has(m.doc) || movedTo.has(m) || !m.person) continue;
    const surname = slugify(m.parsed.surname);
    const same = (bySurname.get(`${m.council}\u0000${surname}`) ?? []).filter((o) => o.doc === m.doc && o !== m && o.parsed.forenames.length > 0 && namesCompatible(m.parsed, o.parsed));
    if (!same.some((o) => movedTo.has(o))) continue;
    const to = new Set(same.map((o) => movedTo.get(o) ?? ""));
    const only = [...to][0];
    if (to.size === 1 && only) reassigned.push([m, only]);
  }
  for (const [m, council] of reassigned) m.council = council;
}

/**
 * The council each record's people belong to: the record's own council, or, where the text names
 * none, the one council of the archive whose place the record's venue or committee names ("Chamber,
 * Civic Centre, Llanfaen" → Llanfaen County Borough Council). A record naming no council and no
 * place, or the places of two councils, keeps its own (unknown) council.
 */
export function peoplesCouncils(records: DocumentRecord[], names: ReadonlyMap<string, string> = councilNames(records)): string[] {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const places = [...names]
    .filter(([, name]) => /council$/i.test(name))
    .map(([slug, name]) => ({ slug, rx: new RegExp(`\\b${escape(name.replace(COUNCIL_KIND, "").trim())}\\b`, "i"), place: name.replace(COUNCIL_KIND, "").trim() }))
    .filter((c) => c.place.length >= 3);
  return records.map((r) => {
    if (r.council) return r.council.slug;
    const where = [r.venue ?? "", r.committee?.name ?? "", r.title ?? ""].join("\n");
    const found = [...new Set(places.filter((c) => c.rx.test(where)).map((c) => c.slug))];
    return found.length === 1 ? found[0]! : UNSTATED_COUNCIL.slug;
  });
}

/**
 * Gives every person in the records a permanent cross-document id, merges each document's `people`
 * entries per person, points attendance and declarations at those ids and applies the overrides.
 * Pure: records in, new records out (inputs are not modified).
 *
 * `names` are the archive's councils (`councilNames` of every record): given when `records` are part
 * of the archive (resolve/people-reuse.ts), as they decide which council a record's people belong to.
 */
export function resolvePeopleIndex(records: DocumentRecord[], overrides: PeopleOverrides, names: ReadonlyMap<string, string> = councilNames(records)): PeopleResolution {
  const problems: string[] = [];
  const where = (entry: PeopleOverride): string =>
    `${overrides.file}${entry.line === null ? "" : `:${entry.line}`}: entry ${entry.entry} (${entry.kind})`;

  // 1. Every name as written in every document, once per document; role references resolved.
  const mentions: Mention[] = [];
  /** Per document: name as written → the mention it refers to (itself, or a role holder's name). */
  const nameIndex: Map<string, Mention>[] = records.map(() => new Map());
  /** Per document: initials that refer to a person and are kept among their names as written. */
  const aliases: Set<string>[] = records.map(() => new Set());
  const order = records.map(docOrder);
  const peoplesCouncil = peoplesCouncils(records, names);
  records.forEach((record, doc) => {
    const index = nameIndex[doc] ?? new Map<string, Mention>();
    const add = (name: string): Mention | null => {
      if (name.trim() === "") return null;
      const found = index.get(name);
      if (found) return found;
      const parsed = parsePersonName(name);
      const mention: Mention = { doc, council: peoplesCouncil[doc]!, name, key: normaliseName(name), parsed, person: isPersonName(parsed) };
      mentions.push(mention);
      index.set(name, mention);
      return mention;
    };
    const refer = (name: string, keepUnresolved: boolean): void => {
      if (index.has(name)) return;
      const parsed = parsePersonName(name);
      if (!isPersonName(parsed)) {
        const holder = roleHolder(name, record.attendance);
        if (holder !== null && holder !== name) {
          const target = add(holder);
          if (target) index.set(name, target);
          return;
        }
        if (!keepUnresolved && isRoleReference(name)) return;
      }
      add(name);
    };
    // Attendance names first: role references elsewhere resolve to them.
    for (const a of record.attendance) if (isPersonName(parsePersonName(a.name))) add(a.name);
    for (const a of record.attendance) refer(a.name, true);
    // Initials the parser found defined for a person ("Claire Sandhu (CS)", then "CS presented …")
    // stand beside that person's name in one people entry: they refer to that person.
    for (const p of record.people) {
      for (const name of p.namesAsWritten) {
        if (!INITIALS_ONLY.test(name) || index.has(name)) continue;
        const full = p.namesAsWritten.filter((n) => n !== name && isPersonName(parsePersonName(n)) && parsePersonName(n).initials.join("") + (parsePersonName(n).surname[0] ?? "") === name);
        const target = full.length ? add(full[0]!) : null;
        if (target) {
          index.set(name, target);
          aliases[doc]?.add(name);
        }
      }
    }
    for (const p of record.people) for (const name of p.namesAsWritten) refer(name, false);
    for (const d of record.declarations) refer(d.person, false);
  });

  // 1b. A joint body's members are members of the councils that form it: a name in the records of
  //     "Kinloch and Westhaven Combined Fire Authority" that fits exactly one person of one of those
  //     councils (by surname and compatible forenames) is that person.
  reassignJointBodyMembers(records, mentions, names);

  // 1c. Kinship a declaration states between namesakes: "Cllr Daniel Farrant … as his father, Cllr
  //     Derek Farrant, is a trustee": the one named is the elder (or, for a son or daughter, the younger).
  const kin = new Map<Mention, "senior" | "junior">();
  records.forEach((record, doc) => {
    const index = nameIndex[doc] ?? new Map<string, Mention>();
    for (const d of record.declarations) {
      const declarer = index.get(d.person);
      const k = KINSHIP.exec(d.nature ?? "");
      if (!declarer?.person || !k) continue;
      const named = index.get(k[2]!.trim()) ?? index.get(k[2]!.replace(/^(?:Cllr|Councillor)\.?\s+/, "").trim());
      if (!named?.person || named === declarer || slugify(named.parsed.surname) !== slugify(declarer.parsed.surname)) continue;
      const elder = /father|mother/i.test(k[1]!);
      kin.set(named, elder ? "senior" : "junior");
      kin.set(declarer, elder ? "junior" : "senior");
    }
  });

  const texts = new Map<number, string>();
  /** A record's words as one text (its front matter and items), for reading what it says beside a name. */
  const docText = (doc: number): string => {
    let t = texts.get(doc);
    if (t === undefined) {
      const r = records[doc];
      t = r ? [...r.preamble.map((p) => p.text), ...r.items.map((i) => i.text)].join("\n") : "";
      texts.set(doc, t);
    }
    return t;
  };
  const normTitle = (t: string) => normaliseName(t.replace(/\([^()]*\)/g, " ").replace(/^\s*the\s+/i, ""));
  const formEvidence = (ms: Mention[]): FormEvidence => {
    const e: FormEvidence = { attends: new Set(), docs: new Set(), titles: new Set(), sits: new Set() };
    for (const m of ms) {
      e.docs.add(m.doc);
      if (kin.has(m)) e.generation = kin.get(m) ?? null;
      for (const a of records[m.doc]?.attendance ?? []) {
        if (a.name !== m.name) continue;
        e.attends.add(m.doc);
        if (a.status === "present" || a.status === "member") e.sits?.add(m.doc);
        if (a.title) e.titles.add(normTitle(a.title));
      }
    }
    return e;
  };

  // 2. Split overrides take their mentions out of the automatic grouping.
  const clusters: Cluster[] = [];
  const splitOf = new Map<Mention, number>();
  for (const entry of overrides.entries) {
    if (entry.kind !== "split") continue;
    const key = normaliseName(entry.name);
    const docs = new Set(entry.documents);
    const matched = mentions.filter((m) => m.key === key && docs.has(records[m.doc]?.source.file ?? "") && !splitOf.has(m));
    if (matched.length === 0) {
      problems.push(`${where(entry)}: "${entry.name}" is not written in ${entry.documents.join(", ")}`);
      continue;
    }
    const councils = [...new Set(matched.map((m) => m.council))].sort(compare);
    if (councils.length > 1) {
      problems.push(`${where(entry)}: the documents belong to different councils (${councils.join(", ")}); split per council`);
      continue;
    }
    for (const m of matched) splitOf.set(m, clusters.length);
    clusters.push({
      council: councils[0] ?? "",
      mentions: matched,
      base: "",
      id: "",
      order: "",
      pinnedId: entry.id,
      displayName: entry.displayName,
    });
  }

  // 3. Automatic grouping within each council and surname.
  const ambiguousForms: { council: string; mentions: Mention[]; cluster: number }[] = [];
  const buckets = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (splitOf.has(m)) continue;
    // A document that does not state its council (ids under UNSTATED_COUNCIL's slug): nothing says two of
    // them are one council, so its names are grouped within the document only (namesakes elsewhere get
    // `-2`, `-3` ids); people.yaml can still merge them.
    const scope = m.council === UNSTATED_COUNCIL.slug && records[m.doc]?.council === null ? `${m.council}\u0000${m.doc}` : m.council;
    const bucket = m.person ? `${scope}\u0000name\u0000${slugify(m.parsed.surname)}` : `${scope}\u0000other\u0000${m.key}`;
    const list = buckets.get(bucket);
    if (list) list.push(m);
    else buckets.set(bucket, [m]);
  }
  for (const bucket of [...buckets.keys()].sort(compare)) {
    const members = buckets.get(bucket) ?? [];
    const council = members[0]?.council ?? "";
    const byForm = new Map<string, Mention[]>();
    for (const m of members) {
      const key = m.person ? formKey(m.parsed) : m.key;
      const list = byForm.get(key);
      if (list) list.push(m);
      else byForm.set(key, [m]);
    }
    const formKeys = [...byForm.keys()].sort(compare);
    const forms = formKeys.map((k) => byForm.get(k)?.[0]?.parsed ?? parsePersonName(""));
    const evidence = formKeys.map((k) => formEvidence(byForm.get(k) ?? []));
    // Where a councillor and a form written without the title share a surname, the job the text
    // gives beside the other form ("Legal comments: Mark Holloway, Head of Legal …"; a sign-off
    // row "Monitoring Officer  M Holloway") tells an officer from the councillor.
    const styled = forms.map((f) => COUNCILLOR_HONORIFIC.test(f.honorific ?? ""));
    if (forms.length > 1 && styled.some(Boolean) && styled.some((x) => !x)) {
      formKeys.forEach((k, i) => {
        if (styled[i] || evidence[i]!.titles.size) return;
        for (const m of byForm.get(k) ?? []) {
          const job = jobBeside(docText(m.doc), m.name);
          if (job) evidence[i]!.titles.add(normTitle(job));
        }
      });
    }
    const { groups, ambiguous } = members[0]?.person ? groupForms(forms, evidence) : { groups: [formKeys.map((_, i) => i)], ambiguous: new Set<number>() };
    for (const group of groups) {
      const grouped = group.flatMap((i) => byForm.get(formKeys[i] ?? "") ?? []);
      if (group.length === 1 && ambiguous.has(group[0] ?? -1)) ambiguousForms.push({ council, mentions: grouped, cluster: clusters.length });
      clusters.push({ council, mentions: grouped, base: "", id: "", order: "", pinnedId: null, displayName: null });
    }
  }

  // 4. Natural ids: deterministic, first in the archive keeps the plain id.
  for (const c of clusters) {
    c.base = baseId(c.council, c.mentions);
    const keys = c.mentions.map((m) => `${order[m.doc] ?? ""}\u0000${formKey(m.parsed)}\u0000${m.key}`).sort(compare);
    c.order = keys[0] ?? "";
  }
  const taken = new Set<string>();
  for (const c of clusters) {
    if (c.pinnedId !== null) {
      c.id = c.pinnedId;
      taken.add(c.id);
    }
  }
  const ranked = clusters.filter((c) => c.pinnedId === null).sort((a, b) => compare(a.base, b.base) || compare(a.order, b.order));
  for (const c of ranked) {
    if (!taken.has(c.base)) {
      c.id = c.base;
      taken.add(c.id);
    }
  }
  for (const c of ranked) {
    if (c.id !== "") continue;
    let n = 2;
    while (taken.has(`${c.base}-${n}`)) n++;
    c.id = `${c.base}-${n}`;
    taken.add(c.id);
  }
  const clusterOf = new Map<Mention, number>();
  clusters.forEach((c, i) => {
    for (const m of c.mentions) clusterOf.set(m, i);
  });

  /** Clusters a reference names: by natural id, or by name as written (optionally within one council). */
  const lookup = (ref: string, council: string | null): number[] => {
    if (PERSON_ID.test(ref)) return clusters.flatMap((c, i) => (c.id === ref ? [i] : []));
    const key = normaliseName(ref);
    const found = new Set<number>();
    for (const m of mentions) {
      if (m.key !== key || (council !== null && m.council !== council)) continue;
      const i = clusterOf.get(m);
      if (i !== undefined) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  };

  // 5. Merge overrides.
  const uf = new UnionFind(clusters.length);
  const chosenIds: { cluster: number; id: string; entry: PeopleOverride }[] = [];
  for (const entry of overrides.entries) {
    if (entry.kind !== "merge") continue;
    const members: number[] = [];
    for (const ref of entry.refs) {
      const found = lookup(ref, entry.council);
      if (found.length === 0) problems.push(`${where(entry)}: "${ref}" matches no person${entry.council ? ` in ${entry.council}` : ""}`);
      members.push(...found);
    }
    for (const i of members) uf.union(members[0] ?? i, i);
    if (entry.id !== null && members[0] !== undefined) chosenIds.push({ cluster: members[0], id: entry.id, entry });
  }
  // Roots are final only once every merge is applied; the first entry to choose an id wins.
  const chosenId = new Map<number, { id: string; entry: PeopleOverride }>();
  for (const chosen of chosenIds) {
    const root = uf.find(chosen.cluster);
    const previous = chosenId.get(root);
    if (previous) problems.push(`${where(chosen.entry)}: this person already takes id ${previous.id} from entry ${previous.entry.entry}`);
    else chosenId.set(root, chosen);
  }

  // 6. People: one per merged group, id chosen by override or by first appearance.
  const groups = new Map<number, number[]>();
  clusters.forEach((_, i) => {
    const root = uf.find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  interface Resolved {
    id: string;
    clusters: number[];
    mentions: Mention[];
    name: string;
    party: string | null;
    ward: string | null;
    notes: string | null;
  }
  const people: Resolved[] = [];
  const personOfCluster = new Map<number, Resolved>();
  for (const [root, members] of groups) {
    const inOrder = [...members].sort((a, b) => compare(clusters[a]?.order ?? "", clusters[b]?.order ?? "") || a - b);
    const pinned = members.map((i) => clusters[i]).find((c) => c?.pinnedId !== null && c?.pinnedId !== undefined);
    let id = pinned?.id ?? clusters[inOrder[0] ?? 0]?.id ?? "";
    const chosen = chosenId.get(root);
    if (chosen) {
      const owner = clusters.findIndex((c) => c.id === chosen.id);
      if (owner !== -1 && uf.find(owner) !== uf.find(root)) {
        problems.push(`${where(chosen.entry)}: id ${chosen.id} belongs to another person; keeping ${id}`);
      } else {
        id = chosen.id;
      }
    }
    const all = members.flatMap((i) => clusters[i]?.mentions ?? []);
    const splitName = members.map((i) => clusters[i]?.displayName).find((n) => n !== null && n !== undefined);
    const person: Resolved = { id, clusters: members, mentions: all, name: splitName ?? preferredName(all), party: null, ward: null, notes: null };
    people.push(person);
    for (const i of members) personOfCluster.set(i, person);
  }

  // 7. Rename and annotate.
  for (const entry of overrides.entries) {
    if (entry.kind !== "person") continue;
    const found = [...new Set(lookup(entry.ref, entry.council).map((i) => personOfCluster.get(i)))].filter(
      (p): p is Resolved => p !== undefined,
    );
    const byFinalId = PERSON_ID.test(entry.ref) ? people.filter((p) => p.id === entry.ref) : [];
    const targets = [...new Set([...found, ...byFinalId])];
    if (targets.length !== 1) {
      problems.push(
        targets.length === 0
          ? `${where(entry)}: "${entry.ref}" matches no person${entry.council ? ` in ${entry.council}` : ""}`
          : `${where(entry)}: "${entry.ref}" matches ${targets.length} people (${targets.map((t) => t.id).sort(compare).join(", ")}); use an id`,
      );
      continue;
    }
    const target = targets[0] as Resolved;
    if (entry.name !== null) target.name = entry.name;
    if (entry.party !== null) target.party = entry.party;
    if (entry.ward !== null) target.ward = entry.ward;
    if (entry.notes !== null) target.notes = entry.notes;
  }

  const personOf = (m: Mention): Resolved | undefined => {
    const i = clusterOf.get(m);
    return i === undefined ? undefined : personOfCluster.get(i);
  };

  // 8. Rewrite each record.
  const out = records.map((record, doc): DocumentRecord => {
    const index = nameIndex[doc] ?? new Map<string, Mention>();
    const provisional = new Map<string, string[]>(record.people.map((p) => [p.id, p.namesAsWritten]));
    const idFor = (name: string, personId: string | null): Resolved | undefined => {
      const direct = index.get(name);
      if (direct) return personOf(direct);
      for (const alias of personId === null ? [] : (provisional.get(personId) ?? [])) {
        const m = index.get(alias);
        if (m) return personOf(m);
      }
      return undefined;
    };
    const entries = new Map<string, { person: Resolved; names: string[] }>();
    const note = (name: string, person: Resolved | undefined): void => {
      if (person === undefined) return;
      const entry = entries.get(person.id) ?? { person, names: [] };
      entries.set(person.id, entry);
      // A role reference ("the Chairman") points at the person but is not one of their names.
      if ((index.get(name)?.name === name || aliases[doc]?.has(name)) && !entry.names.includes(name)) entry.names.push(name);
    };
    for (const p of record.people) for (const name of p.namesAsWritten) note(name, idFor(name, p.id));
    const attendance = record.attendance.map((a): string => {
      const person = idFor(a.name, a.personId);
      note(a.name, person);
      return person?.id ?? a.personId;
    });
    const declarations = record.declarations.map((d): string | null => {
      const person = idFor(d.person, d.personId);
      note(d.person, person);
      return person?.id ?? null;
    });
    const peopleOut: Person[] = [];
    for (const { person, names } of entries.values()) {
      const namesAsWritten = names.length > 0 ? names : [person.name];
      peopleOut.push({ id: person.id, name: person.name, namesAsWritten });
    }
    return withPeople(record, { attendance, declarations, people: peopleOut });
  });

  const ambiguous: AmbiguousName[] = [];
  for (const a of ambiguousForms) {
    const self = personOfCluster.get(a.cluster);
    if (self === undefined || self.clusters.length > 1) continue; // an override merged it
    const candidates = new Set<string>();
    for (const m of a.mentions) {
      for (const other of mentions) {
        if (other.council !== m.council || !other.person || slugify(other.parsed.surname) !== slugify(m.parsed.surname)) continue;
        const p = personOf(other);
        if (p !== undefined && p !== self && namesCompatible(m.parsed, other.parsed)) candidates.add(p.id);
      }
    }
    for (const name of [...new Set(a.mentions.map((m) => m.name))].sort(compare)) {
      ambiguous.push({ council: a.council, name, candidates: [...candidates].sort(compare) });
    }
  }

  const summaries = people
    .map((p): PersonSummary => ({
      id: p.id,
      name: p.name,
      namesAsWritten: [...new Set(p.mentions.map((m) => m.name))].sort(compare),
      councils: [...new Set(p.mentions.map((m) => m.council))].sort(compare),
      documents: [...new Set(p.mentions.map((m) => records[m.doc]?.source.file ?? ""))].sort(compare),
      party: p.party,
      ward: p.ward,
      notes: p.notes,
    }))
    .sort((a, b) => compare(a.id, b.id));

  return { records: out, people: summaries, ambiguous, problems };
}

/** The records with permanent person ids; see resolvePeopleIndex for the whole resolution. */
export function resolvePeople(records: DocumentRecord[], overrides: PeopleOverrides): DocumentRecord[] {
  return resolvePeopleIndex(records, overrides).records;
}

/** What the people stage sets in one record: attendance's and declarations' person ids, and its people. */
export interface RecordPeople {
  attendance: string[];
  declarations: (string | null)[];
  people: Person[];
}

/**
 * A record with the people stage's ids and people put in: each attendee and declaration takes its
 * id, and a named voter (an attendee of the meeting, parse/votes.ts) takes that attendee's id.
 */
export function withPeople(record: DocumentRecord, resolved: RecordPeople): DocumentRecord {
  const attendance = record.attendance.map((a, i): Attendance => ({ ...a, personId: resolved.attendance[i]! }));
  const declarations = record.declarations.map((d, i): Declaration => ({ ...d, personId: resolved.declarations[i] ?? null }));
  const attendeeIds = new Map(record.attendance.map((a, i) => [a.personId, attendance[i]!.personId]));
  const voter = (v: VoterRef): VoterRef => ({ name: v.name, personId: v.personId === null ? null : (attendeeIds.get(v.personId) ?? null) });
  const withVoters = (votes: Vote[]): Vote[] =>
    votes.map((v) => ({
      ...v,
      named: { for: v.named.for.map(voter), against: v.named.against.map(voter), abstentions: v.named.abstentions.map(voter) },
      mover: v.mover && voter(v.mover),
      seconder: v.seconder && voter(v.seconder),
    }));
  const items = record.items.some((i) => i.votes || i.resolutions.some((r) => r.votes))
    ? record.items.map((i) => ({
        ...i,
        resolutions: i.resolutions.map((r) => (r.votes ? { ...r, votes: withVoters(r.votes) } : r)),
        ...(i.votes ? { votes: withVoters(i.votes) } : {}),
      }))
    : record.items;
  return { ...record, attendance, declarations, items, people: resolved.people };
}
