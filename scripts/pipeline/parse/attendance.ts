// Attendance: who was present (members, with chair and vice-chair), who sent apologies, and who
// else attended (cabinet members, officers, witnesses), in the shapes clerks write them: names on
// one line joined by commas and "and", one per line, label on the same line as the first name,
// "(Chairman)"/"(C)"/"(VC)" markers, "Name, Title" and "Name (Title)" officers, co-opted members.
import type { Block } from "./segment.ts";
import { stripMarkup } from "./lines.ts";
import { tableOf } from "./tables.ts";
import { HONORIFIC, HONORIFIC_RX, LEADING_POST_NOMINALS_RX, PLURAL_HONORIFIC, initialsOf, leadingName, looksLikeName, splitTopLevel, stripParens, surnameFirst } from "./names.ts";
import { allMatches } from "./matches.ts";

export type Status = "present" | "member" | "apologies" | "in-attendance";
export type Category =
  | "councillor" | "co-opted-voting" | "co-opted-non-voting" | "co-opted" | "portfolio-holder"
  | "cabinet-member" | "officer" | "substitute" | "witness" | "other";

export interface PersonMention {
  name: string;
  status: Status;
  role: "chair" | "vice-chair" | null;
  title: string | null;
  category: Category | null;
  item: string | null;
  line: number;
}

interface Label {
  rx: RegExp;
  status: Status;
  category: Category | null;
  /** The label is the office of the person it names ("Clerk: Lydia Faulkner"): their title when they have none. */
  office?: boolean;
}

/**
 * The labels clerks put before an attendance list, with the status and capacity they give the names
 * under them (tests read this table). Order matters: the more specific label first. A bilingual
 * label ("PRESENNOL / PRESENT:") is matched on its English half.
 */
export const LABELS: Label[] = [
  { rx: /^(?:non[- ]elected|co-?opted)\s+non[- ]voting\s+members?(?:\s+present)?\b\s*:?/i, status: "present", category: "co-opted-non-voting" },
  { rx: /^(?:non[- ]elected|co-?opted)\s+voting\s+members?(?:\s+present)?\b\s*:?/i, status: "present", category: "co-opted-voting" },
  { rx: /^(?:co-?opted|independent)(?:\s+(?:independent|co-?opted|voting|non-voting|lay))*\s+members?(?:\s*\([^)]*\))?(?:\s+present)?\s*(?::|$)/i, status: "present", category: "co-opted" },
  { rx: /^non[- ](?:committee|panel|board)\s+members?(?:\s+(?:present|in\s+attendance|attending))?\s*:?/i, status: "in-attendance", category: null },
  { rx: /^(?:non[- ]voting\s+members?|voting\s+members?)\s*:?$/i, status: "present", category: null },
  { rx: /^(?:panel|sub-committee|committee|board|members?|sederunt)\s*:/i, status: "present", category: null },
  { rx: /^sederunt\b\s*:?/i, status: "present", category: null },
  // "Councillors: Ellis (Chair), Pryor, Danvers": the label is the plural style of the names after it (read with them).
  { rx: /^(?=(?:councillors|cllrs)\s*:\s*\S)/i, status: "present", category: null },
  // "Clerk: Lydia Faulkner", "Town Clerk: …": the office is the label. A council's letterhead
  // ("Clerk: Mrs J Brown, 4 Orchard Way · Tel …") gives the clerk's contact, not who attended.
  { rx: /^(?:(?:town|parish|community|deputy|assistant|acting|locum)\s+)?clerk(?:\s+to\s+the\s+(?:council|committee))?\s*:(?=\s*[^\s\d@·|][^\d@·|]{1,60}$)/i, status: "in-attendance", category: "officer", office: true },
  { rx: /^(?:portfolio\s+holders?|lead\s+members?)\s*(?:(?:present|in\s+attendance|attending)\b\s*:?|:)/i, status: "in-attendance", category: "portfolio-holder" },
  { rx: /^(?:cabinet|executive)\s+members?\s*(?:(?:present|in\s+attendance|attending)\b\s*:?|:)/i, status: "in-attendance", category: "cabinet-member" },
  { rx: /^(?:officers?|officials?|staff)(?:\s+and\s+others?)?\s*(?:(?:present|in\s+attendance|attending)\b\s*:?|:|$)/i, status: "in-attendance", category: "officer" },
  { rx: /^attendance(?:\s+(?:details|register|record))?\s*:?$/i, status: "present", category: null },
  { rx: /^together\s+with\s*:?/i, status: "in-attendance", category: null },
  // A report's header: who reports, who wrote it, whom to contact.
  { rx: /^(?:contact\s+officers?|officer\s+contact|report\s+(?:authors?|contacts?)|authors?|lead\s+(?:director|officer)s?|responsible\s+officers?|consulted|consultees?)\s*(?::|$)/i, status: "in-attendance", category: "officer" },
  { rx: /^report\s+of\s*:(?=[\s,]*(?:Cllr|Councillor))/i, status: "in-attendance", category: "cabinet-member" },
  // "Also in attendance were Mrs L Petrie (Clerk) and …": the label as the opening of a sentence;
  // "Also present for Item 7:": for part of the meeting.
  { rx: /^(?:also\s+(?:present|attended|attending|in\s+attendance)|in\s+attendance(?!\s+for\b)|attendees|others?\s+present|witnesses)\b(?:\s+(?:were|was)\b|\s+for\s+(?:items?|minutes?)\s+[\w/.]+(?:\s*(?:,|and|&)\s*[\w/.]+)*)?\s*:?/i, status: "in-attendance", category: null },
  { rx: /^substitutes?(?:\s+present)?\s*:/i, status: "present", category: "substitute" },
  { rx: /^apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received\s+)?from)?\s*(?::|$)/i, status: "apologies", category: null },
  { rx: /^(?:(?:panel|committee|board|cabinet|council|elected|voting|sub-committee)\s+)?(?:members|councillors)\s+present\b\s*:?|^present\s*(?::|$|(?=\s+(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b))/i, status: "present", category: null },
  { rx: /^membership\b[^:]{0,200}:\S*/i, status: "member", category: null },
  { rx: /^(?:current\s+)?membership(?:\s+of\s+the\s+[\w ,&'’-]{1,80})?\s*$/i, status: "member", category: null },
  // Anyone else "present"/"in attendance" under a label of their own ("Parties and representatives present:").
  { rx: /^(?:[A-Za-z'’]+(?:\s+(?:and|&))?\s+){1,4}(?:present|in\s+attendance|attending)\s*:/i, status: "in-attendance", category: null },
];

const TERMINATOR = /^(?:(?:key\s+decision|wards?\s+affected|exempt\s+information|date|title|subject|purpose(?:\s+of\s+report)?|summary|recommendations?|background\s+papers|report\s+to)\s*:|item\s*$|min(?:ute)?s?\s+(?:no|ref)\b|available papers|the members had before them|documents|agenda|in attendance for|public (?:question|participation)|welcome|opening|contents|powers|publications|\d+[./]|item\s+\d)/i;

/** A bilingual line read in English: "PRESENNOL / PRESENT:" → "PRESENT:", "Y Cynghorydd / Councillor X (Cadeirydd / Chair)" → "Councillor X (Chair)", "…, Cyng. / Cllr Y" → "…, Cllr Y". */
export function englishHalf(line: string): string {
  // Each entry of a list has its own halves: "…, Cyng. / Cllr Huw Jenkins, …".
  // A list of English names joined by " / " ("Apologies: Cllr J Doe / Cllr K Roe") is not two languages.
  return line
    .replace(/(^|\()\s*(?:[^()\/:,]{1,40}?)\s\/\s(?=\S)/g, "$1")
    .replace(/([,;:]\s)\s*(?!(?:Cllr|Councillor|Mrs|Ms|Miss|Dr|Prof)\b)(?:[^()\/:,;]{1,40}?)\s\/\s(?=\S)/g, "$1");
}

export function matchLabel(line: string): { label: Label; rest: string; office: string | null } | null {
  const t = englishHalf(line.trim());
  for (const label of LABELS) {
    const m = label.rx.exec(t);
    if (m) return { label, rest: t.slice(m[0].length).replace(/^[\s:,–-]+/, ""), office: label.office ? m[0].replace(/\s*:\s*$/, "") : null };
  }
  return null;
}

function roleOf(s: string): "chair" | "vice-chair" | null {
  const t = s.trim().toLowerCase().replace(/[.\s]+/g, " ").trim();
  // The civic head presides over the council's own meetings: the (Town) Mayor, the Provost.
  if (/^(?:vc|(?:vice|deputy|depute)[- ]?(?:chair|chairman|chairwoman|chairperson|convener|(?:the\s+)?(?:town\s+|lord\s+)?mayor|provost))$/.test(t)) return "vice-chair";
  if (/^(?:c|chair|chairman|chairwoman|chairperson|convener|(?:[-–]\s*)?in the chair|presiding|(?:the\s+)?(?:town\s+|lord\s+)?mayor|(?:lord\s+)?provost)$/.test(t)) return "chair";
  return null;
}

const cleanTitle = (s: string): string | null => {
  // "Cllr J Doe / Cllr K Roe": the slash between two names is nobody's title.
  const t = s.replace(/^[\s,;:/–—-]+|[\s,;:/–—-]+$/g, "").replace(/\s+/g, " ");
  // "Member" in a list's role column says only that the person is one: no office.
  return t && !/^(?:member|councillor)$/i.test(t) ? t : null;
};

/** One person from one list entry: "Mrs F M Oborski (Chairman)", "Phil Rook, Chief Financial Officer". */
function parsePerson(seg: string, pluralPrefix: boolean): { name: string; role: PersonMention["role"]; title: string | null } | null {
  let s = seg.trim().replace(/^(?:and|&)\s+/i, "").replace(/[\s,;&]+(?:and)?\s*$/i, "").replace(/\.$/, "");
  if (!s) return null;
  let name: string;
  let rest: string;
  const ln = leadingName(s);
  if (ln) {
    name = ln.name;
    rest = ln.rest;
  } else if (pluralPrefix) {
    const m = /^([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?)/.exec(s);
    if (!m) return null;
    name = m[1]!;
    rest = s.slice(name.length);
  } else {
    // "Director of Education, Morag Kerr", "Chief Social Work Officer – Derek Haldane", "Chief Executive:
    // Jane Doe": the title first, the name last.
    const tail = /^(.+?)(?:,|\s[-–—]|:)\s*([^,]+?)\.?$/.exec(s);
    if (tail && looksLikeName(tail[2]!) && !looksLikeName(tail[1]!)) return { name: tail[2]!.trim(), role: roleOf(tail[1]!), title: roleOf(tail[1]!) ? null : cleanTitle(tail[1]!) };
    // "Chief Executive (Mr K Magee)", "The Clerk (Mrs Julie Brown)": the office, the name in brackets;
    // "The Mayor (Councillor Tom Fenwick) in the Chair": and the chair after it.
    const inner = /^(.+?)\s*\(([^()]+)\)(\s*[-–,]?\s*in\s+the\s+chair)?$/i.exec(s);
    if (inner && looksLikeName(inner[2]!) && !looksLikeName(inner[1]!)) {
      const office = inner[1]!.replace(/^the\s+/i, "");
      const role = inner[3] ? "chair" : roleOf(office);
      return { name: inner[2]!.trim(), role, title: roleOf(office) ? null : cleanTitle(office) };
    }
    return null;
  }
  let role: PersonMention["role"] = null;
  let title: string | null = null;
  rest = rest.replace(LEADING_POST_NOMINALS_RX, "").trim();
  // A role may stand anywhere after the name: "(Chair)", ", Chair,", "(Kinloch DC) (Chair)",
  // "Leader of the Council (in the Chair)", "(Town Mayor) – in the Chair". Take it out; the rest is the title.
  rest = rest.replace(/\(([^()]*)\)|(?:^|,)\s*([^,()]+?)\s*(?=,|$)|\s[-–]\s*(in the chair)\s*$/gi, (m, inParen?: string, piece?: string, chairTail?: string) => {
    const r = roleOf(inParen ?? piece ?? chairTail ?? "");
    if (!r) return m;
    if (!role || r === "chair") role = r;
    return m.startsWith(",") ? "," : " ";
  }).replace(/\s+(?:in the chair)\s*$/i, () => {
    role = "chair";
    return "";
  }).replace(/^[\s,]+|[\s,]+$/g, "").replace(/,\s*,/g, ",");
  // "Claire Sandhu (CS) – Head of Planning": the initials the document will call her by are not her title.
  const own = /^\(([A-Z]{2,4})\)\s*/.exec(rest);
  if (own && own[1] === initialsOf(name)) rest = rest.slice(own[0].length).replace(/^[\s,–—-]+/, "");
  const paren = /^\(((?:[^()]|\([^()]*\))*)\)/.exec(rest);
  if (paren) {
    const r = roleOf(paren[1]!);
    // "(Town Mayor, Chairman)", "(Vice-Chair, Cabinet Member)": a chair's word among the bracket's parts is the role, the rest the title.
    const pieces = r ? [] : paren[1]!.split(/\s*,\s*/);
    // Only a chair's own word there: a Mayor or Provost beside it ("Town Mayor, ex officio") is an office, not this meeting's chair.
    const roles = pieces.map((x) => (/mayor|provost/i.test(x) ? null : roleOf(x)));
    if (r) role = r;
    else if (pieces.length > 1 && roles.some(Boolean)) {
      role = roles.includes("chair") ? "chair" : "vice-chair";
      title = cleanTitle(pieces.filter((_, k) => !roles[k]).join(", "));
    } else title = cleanTitle(paren[1]!);
    rest = rest.slice(paren[0].length).trim();
  }
  if (/^(?:and|&)\s/i.test(rest)) rest = "";
  if (rest) {
    const r = roleOf(rest.replace(/^[\s,–-]+/, ""));
    if (r && !role) role = r;
    else if (!title) title = cleanTitle(rest);
    else title = cleanTitle(`${title}, ${rest.replace(/^[\s,–-]+/, "")}`);
  }
  return { name, role, title };
}

const HON_COUNT_RX = new RegExp(`(?:^|[\\s,(])${HONORIFIC}\\.?\\s+[A-Z]`, "g");
const HON_START_RX = new RegExp(`^${HONORIFIC}\\.?\\s`);
// Not between a council's tier and its "Cllr" ("District Cllr Hugh Lander" is one name).
const PLURAL_OPEN_RX = new RegExp(`^${PLURAL_HONORIFIC}\\s*:?\\s+`, "i");
const PLURAL_START_RX = new RegExp(`^\\s*${PLURAL_HONORIFIC}\\s`, "i");
const PLURAL_PREFIX_RX = new RegExp(`^${PLURAL_HONORIFIC}\\s+`, "i");
const HONORIFICS_ONLY_RX = new RegExp(`^\\s*(?:${HONORIFIC}\\.?\\s*)+$`);
const LEADING_HONORIFICS_RX = new RegExp(`^(?:${HONORIFIC}\\.?\\s+)+`);
const MEMBERSHIP_SPLIT_RX = new RegExp(`(?<!\\b(?:${HONORIFIC}\\.?))(?=(?:^|\\s)(?:${PLURAL_HONORIFIC}|${HONORIFIC})\\.?\\s+[A-Z])`);
const HON_SPLIT = new RegExp(`(?<!\\b(?:County|District|Borough|Parish|Town|City))(?=(?:^|\\s)${HONORIFIC}\\.?\\s+[A-Z])`, "g");

/** Every person named in one logical entry of an attendance list. */
/** Names printed in capitals ("COUNCILLOR MRS J. A. PEMBERTON") in the case a name is written in. */
export function nameCase(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]{3}/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s(\-'’.]|\bmc|\bmac(?=[a-z]{3}))([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()).replace(/\b(And|Of|The|For|In|To)\b/g, (w) => w.toLowerCase());
}

/** One list line as a reader takes it: English half of a bilingual line, capitals in name case, columns as commas. */
export function normaliseEntry(line: string): string {
  // A bulleted list under a label ("APOLOGIES:" / "- Cllr F Thackray"): the bullet is not part of the name.
  let t = englishHalf(line.trim().replace(/^#{1,6}\s+/, "").replace(/^>\s+/, "").replace(/^[-*•–·]\s+/, ""));
  t = nameCase(t);
  // Columns (name, then title or role) separated by runs of spaces or tabs.
  t = t.replace(/\s*\t+\s*|\s{3,}/g, ", ").replace(/,\s*[-–—]\s+/g, ", ");
  return t;
}

const PUBLIC_COUNT_RX = /(?:^|\s*[,;]|\s+and)\s*(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|no|numerous)\s+members?\s+of\s+(?:the\s+)?(?:public|press)(?:\s+and\s+(?:the\s+)?(?:public|press))?\b\.?/gi;

const SUBSTITUTE_RX = /\s*\(?\b(?:substitut(?:e|ing)|deputising|in\s+place)\s+(?:for|of)\s+[^)]*\)?/i;
/** "Cllr F Thackray (substitute: Cllr E Sowerby)", "(substituted by …)", "(sub: …)": the other member named stood in for this one. */
const SUBSTITUTED_BY_RX = /\s*\(\s*(?:substituted\s+by\s|sub(?:stitute)?\s*:)[^)]*\)/i;

export function parseEntry(entry: string, namesWithTitles = false): { name: string; role: PersonMention["role"]; title: string | null }[] {
  // "…, County Cllr F Ibbotson, 3 members of the public": a count of the public or press is nobody's title.
  let s = entry.trim().replace(PUBLIC_COUNT_RX, "").trim();
  // "Cllr K Adebayo (substitute for Cllr L Fairbairn)", "Cllr P Harrow substituting for Cllr D Finch": the absent member is not present.
  if (SUBSTITUTE_RX.test(s)) s = s.replace(SUBSTITUTE_RX, " (substitute)").replace(/\s+/g, " ").trim();
  // The substitute named after an absent member is not this member's title, nor is this member a substitute.
  else if (SUBSTITUTED_BY_RX.test(s)) s = s.replace(SUBSTITUTED_BY_RX, "").trim();
  let plural = false;
  const pm = PLURAL_OPEN_RX.exec(s);
  if (pm) {
    s = s.slice(pm[0].length);
    plural = true;
  }
  const out: { name: string; role: PersonMention["role"]; title: string | null }[] = [];
  // "Harper M (Chair), Ibrahim S, Jennings T": every entry a surname with its initials after it.
  const listed = splitTopLevel(s);
  if (listed.length && listed.every((part) => surnameFirst(stripParens(part)))) {
    return listed.map((part) => {
      const name = stripParens(part);
      const aside = /\(([^()]+)\)/.exec(part)?.[1] ?? null;
      const role = aside ? roleOf(aside) : null;
      return { name, role, title: aside && !role && !/^[a-z]/.test(aside) ? cleanTitle(aside) : null };
    });
  }
  // "Title, Name; Title, Name" and other semicolon-separated lists: one entry per piece.
  if (/;/.test(s) && !plural) {
    const pieces = s.split(/;\s*(?:and\s+)?/).filter((x) => x.trim());
    if (pieces.length > 1) return pieces.flatMap((x) => parseEntry(x, namesWithTitles));
  }
  const top = stripParens(s);
  const honCount = (top.match(HON_COUNT_RX) ?? []).length;
  if (!plural && HONORIFIC_RX.test(s) && honCount >= 2) {
    // "Councillor Mrs P. O'Donnell": honorifics in a row belong to one name.
    const segs = splitOutsideParens(s, HON_SPLIT).reduce<string[]>((acc, seg) => {
      const prev = acc[acc.length - 1];
      if (prev !== undefined && HONORIFICS_ONLY_RX.test(prev)) acc[acc.length - 1] = prev + seg;
      else acc.push(seg);
      return acc;
    }, []);
    for (const seg of segs) {
      // "Councillors Margaret Ellery, Lucy Fairbairn": a plural honorific opens a list of its own.
      if (PLURAL_START_RX.test(seg)) {
        out.push(...parseEntry(seg.trim().replace(/^(.*?)[,;\s]*(?:and)?\s*$/, "$1")));
        continue;
      }
      const p = parsePerson(seg, false);
      if (p) out.push(p);
    }
    return out;
  }
  const parts = splitTopLevel(s);
  const pluralRx = PLURAL_PREFIX_RX;
  const nameOf = (p: string) => stripParens(p).replace(pluralRx, "").trim();
  const second = parts[1] ? nameOf(parts[1]) : "";
  const firstIsName = !!parts[0] && (plural || !!leadingName(parts[0]));
  const listMode = parts.length >= 2 && firstIsName && (looksLikeName(second) || (plural && /^[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?$/.test(second)));
  // A list whose first entry is an office ("The Clerk (Mrs Julie Brown), District Councillor Jim Brown,
  // Mr Adam Smith and six members of the public"): every part that is a person, the rest dropped.
  if (!listMode && parts.length >= 2) {
    // Only parts that show they are people (an honorific, or an office with the name in brackets):
    // "…, Children in Need and Family Front Door" is a title's words, not a person.
    const marked = parts.filter((part) => HON_START_RX.test(part.trim()) || looksLikeName(/\(([^()]*)\)\s*$/.exec(part)?.[1] ?? ""));
    const each = marked.map((part) => parsePerson(part, plural)).filter((x): x is NonNullable<typeof x> => !!x);
    if (each.length >= 2) return each;
    // "Lorna Quayle, Executive Director of Children's Services, and Tariq Hollins, Head of Passenger
    // Transport": names each followed by their title (where the caller knows the list is of people,
    // such as witnesses; elsewhere "…, Children in Need and Family Front Door" is a title's words).
    const people: { name: string; role: PersonMention["role"]; title: string | null }[] = [];
    parts.forEach((part, k) => {
      const next = parts[k + 1];
      const p = looksLikeName(stripParens(part)) && next !== undefined && !looksLikeName(stripParens(next)) ? parsePerson(part, plural) : null;
      if (p) people.push(p);
      else if (people.length && k > 0) {
        const last = people[people.length - 1]!;
        const r = roleOf(part);
        if (r && !last.role) last.role = r;
        else last.title = cleanTitle(last.title ? `${last.title}, ${part}` : part);
      }
    });
    if (namesWithTitles && people.length >= 2 && looksLikeName(stripParens(parts[0]!))) return people;
  }
  if (listMode) {
    for (const part of parts) {
      const subPlural = plural || pluralRx.test(part);
      const p = parsePerson(part.replace(pluralRx, ""), subPlural);
      if (p) out.push(p);
    }
    return out;
  }
  const p = parsePerson(s, plural);
  if (p) out.push(p);
  return out;
}

/** Split before each match of `rx` that is not inside brackets. */
function splitOutsideParens(s: string, rx: RegExp): string[] {
  const depthAt: number[] = [];
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    depthAt.push(d);
    if (s[i] === "(") d++;
    else if (s[i] === ")") d = Math.max(0, d - 1);
  }
  const cuts = [0];
  for (const m of allMatches(rx.global ? rx : new RegExp(rx.source, rx.flags + "g"), s)) {
    const at = m.index!;
    if (at > 0 && (depthAt[at] ?? 0) === 0 && (depthAt[Math.min(at + 1, s.length - 1)] ?? 0) === 0) cuts.push(at);
  }
  return cuts.map((c, k) => s.slice(c, cuts[k + 1] ?? s.length)).filter((x) => x.trim());
}

function startsPerson(line: string): boolean {
  const t = line.trim();
  if (HON_START_RX.test(t)) return true;
  const ln = leadingName(t);
  return !!ln && /^\s*(?:$|[,(;]|\s?[-–]\s)/.test(ln.rest);
}

/** An item's number alone or before its title ("TC/24/12", "C123/24 Apologies", "MIN NO. 45"): the lists have ended. */
const ITEM_NUMBER_LINE = /^(?:[A-Z]{1,5}\s?)?\d{1,4}(?:[./]\d{1,4})+[.:)]?(?:\s|$)|^\d{1,4}[.:)]?\s+[A-Z][A-Za-z]/;
/** Verbs that make a line a sentence rather than a list entry. */
const SENTENCE_RX = /\b(?:declared|said|asked|reported|moved|seconded|welcomed|thanked|presented|noted|agreed|explained|confirmed|received|intimated|were|was|had|has|would|will)\b/i;

/**
 * A council's name alone on a line inside a list ("Kinloch District Council" over its members on a
 * joint committee): the names under it are that council's, recorded as their title when they have none.
 */
const COUNCIL_SUBHEADING = /^(?:[A-Z][\w'’-]+\s+(?:and\s+|upon\s+|on\s+)?)+(?:(?:Metropolitan|County|Royal)\s+)?(?:Borough|District|County|City|Town|Parish|Community)\s+Council$/;

const ALSO_PRESENT: Label = { rx: /$^/, status: "in-attendance", category: null };
const IMPLICIT_PRESENT: Label = { rx: /$^/, status: "present", category: null };

const sameName = (a: string, b: string) => stripHonorific(a).toLowerCase() === stripHonorific(b).toLowerCase();
const stripHonorific = (n: string) => n.replace(LEADING_HONORIFICS_RX, "").replace(/[.\s]+/g, " ").trim();

/**
 * A line that is a list entry of people, not a sentence: it opens with an honorific (or a plural
 * one) and whatever follows each name is a bracket, a role or a short title.
 */
function isNameLine(line: string): boolean {
  const t = line.trim().replace(/[.;,]$/, "");
  if (!HON_START_RX.test(t) && !PLURAL_START_RX.test(t)) return false;
  if (/\b(?:declared|said|asked|reported|moved|seconded|welcomed|thanked|presented|noted|agreed|explained|confirmed|left|joined|arrived|was|were|had|has|is|are|would|will)\b/i.test(stripParens(t).replace(/\bin the chair\b/i, ""))) return false;
  const ps = parseEntry(t);
  return ps.length > 0 && ps.every((p) => !p.title || p.title.split(/\s+/).length <= 8);
}

export interface AttendanceResult {
  people: PersonMention[];
  /** Block indices (into the given list) that held attendance. */
  blocks: Set<number>;
}

/** A column header naming who sits in the row ("Councillor", "Member", "Name"). */
const PERSON_COLUMN = /^(?:councillors?|cllrs?|members?|names?|attendees?|(?:committee|board|panel)\s+members?|representatives?)$/i;
/** A column header for the capacity a person attends in: their title. */
const TITLE_COLUMN = /^(?:role|position|title|office|capacity|designation|job\s+title|post)$/i;
/** A column header for whether the person came. */
const STATUS_COLUMN = /^(?:attendance|attended|present|status|present\s*\/\s*apologies)$/i;
/** A cell saying whether a person came, in the words of the register's last column (flushEntries reads them). */
const STATUS_CELL: [RegExp, string][] = [
  [/^(?:present|attended|yes|y|✓|✔|in\s+person|remote(?:ly)?|virtual(?:ly)?|online)$/i, "present"],
  [/^apologies(?:\s+(?:received|given|sent))?$|^apols?\.?$/i, "apologies"],
  [/^(?:absent|no|n|not\s+present|did\s+not\s+attend|✗|✘)$/i, "absent"],
  [/^substituted(?:\s+by\b.*)?$/i, "substituted"],
];
const statusCell = (c: string): string | null => STATUS_CELL.find(([rx]) => rx.test(c.trim()))?.[1] ?? null;

/**
 * A table of the people at a meeting ("| Councillor | Party | Attendance |", one person a row): each
 * row as an entry of the list, "Name (Chair), title, status". The column of names is the one whose
 * header names people, or the first whose cells are people; a title column is kept as the title, a
 * column saying whether they came as the status; any other column (party, ward, group) is neither
 * and is left out. Null when the table is not a list of people.
 */
export function attendanceTable(b: Block): { text: string; line: number }[] | null {
  const { rows } = tableOf(b);
  if (rows.length < 2) return null;
  const head = rows[0]!;
  const headed = head.some((c) => PERSON_COLUMN.test(c)) && !head.some((c) => startsPerson(c));
  const data = headed ? rows.slice(1) : rows;
  const width = Math.max(...data.map((r) => r.length));
  const column = (k: number) => data.map((r) => r[k] ?? "");
  let nameCol = headed ? head.findIndex((c) => PERSON_COLUMN.test(c)) : -1;
  if (nameCol < 0)
    for (let k = 0; k < width && nameCol < 0; k++) if (column(k).filter((c) => startsPerson(c) && parseEntry(c).length === 1).length >= Math.max(2, data.length * 0.8)) nameCol = k;
  if (nameCol < 0) return null;
  let statusCol = headed ? head.findIndex((c) => STATUS_COLUMN.test(c)) : -1;
  if (statusCol < 0)
    for (let k = 0; k < width && statusCol < 0; k++) if (k !== nameCol && column(k).filter((c) => c && statusCell(c)).length >= data.length * 0.8) statusCol = k;
  const titleCol = headed ? head.findIndex((c) => TITLE_COLUMN.test(c)) : -1;
  // The header's line is the table's first line unless a separator row (|---|) stands first.
  const lineOf = (r: number) => b.start + b.lines.findIndex((l) => l.includes(rows[r]![nameCol] ?? "\u0000"));
  const out: { text: string; line: number }[] = [];
  data.forEach((row, i) => {
    const name = (row[nameCol] ?? "").trim();
    if (!name || !startsPerson(name)) return;
    const title = titleCol >= 0 ? (row[titleCol] ?? "").trim() : "";
    const status = statusCol >= 0 ? statusCell(row[statusCol] ?? "") : null;
    out.push({ text: [normaliseEntry(name), title, status].filter(Boolean).join(", "), line: lineOf(headed ? i + 1 : i) });
  });
  return out.length ? out : null;
}

/** Read the labelled attendance sections of the blocks before the first item (or a report's membership). */
export function parseAttendance(blocks: Block[], report: boolean): AttendanceResult {
  const people: PersonMention[] = [];
  const used = new Set<number>();
  let label: Label | null = null;
  let found = 0;
  let skipped = 0;
  let entries: { text: string; line: number }[] = [];
  let sawAnyLabel = false;
  /** The council sub-heading the names now being read stand under, if any. */
  let group: string | null = null;
  const flushEntries = () => {
    for (const e of entries) {
      // "Councillor Fiona MacRae in the Chair" printed after the lists: the chair of a member already listed.
      // "Convener: / Councillor Morag Dunleavy presided." likewise.
      const chairLine = /^(?:(?:chair(?:man|person)?|convener|presiding)\s*:\s*)?(.+?)(?:\s+(?:was\s+)?in\s+the\s+chair|,\s*(?:chair(?:man)?,\s*)?presiding|\s+presided)\.?$/i.exec(e.text);
      if (chairLine) {
        const who = parseEntry(chairLine[1]!)[0];
        const listed = who && people.find((x) => (x.status === "present" || x.status === "member") && sameName(x.name, who.name));
        if (listed) {
          listed.role = "chair";
          continue;
        }
      }
      // An attendance register's last column: "Cllr X, Member, Apologies" / "…, Substituted".
      const column = /,\s*(present|attended|apologies|apologies received|absent|substituted|not present)\s*$/i.exec(e.text);
      const marked = column ? column[1]!.toLowerCase() : null;
      if (marked && /absent|substituted|not present/.test(marked)) continue;
      const text = column ? e.text.slice(0, column.index) : e.text;
      for (const p of parseEntry(text)) {
        if (!label) continue;
        // A report's Cabinet Member or Portfolio Holder is the member whose decision it is.
        const decider = report && (label.category === "cabinet-member" || label.category === "portfolio-holder");
        const status: Status = marked?.startsWith("apologies") ? "apologies" : report && (label.status === "present" || label.status === "member" || decider) ? "member" : label.status;
        const sub = /^substitute$/i.test(p.title ?? "");
        // "Cllr P Garside – family commitment": under an apologies label a reason in lower case is not a title.
        const reason = status === "apologies" && /^[a-z]/.test(p.title ?? "");
        const title = (sub && /^substitute$/i.test(p.title ?? "")) || reason ? null : p.title;
        people.push({ ...p, title: title ?? group, status, category: sub && status !== "apologies" ? "substitute" : label.category, item: null, line: e.line });
        found++;
      }
    }
    entries = [];
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.kind === "furniture") continue;
    // A table of people under a label (or, before any list, with a column headed "Councillor"): one person a row.
    if (b.kind === "table" && (label || (!sawAnyLabel && bi < 12))) {
      const rows = attendanceTable(b);
      if (rows && (label || PERSON_COLUMN.test(tableOf(b).rows[0]?.find((c) => PERSON_COLUMN.test(c)) ?? ""))) {
        flushEntries();
        label ??= IMPLICIT_PRESENT;
        entries.push(...rows);
        flushEntries();
        used.add(bi);
        found++;
        continue;
      }
    }
    let sawLabel = false;
    for (let li = 0; li < b.lines.length; li++) {
      // The line as written keeps its column gaps ("T Reyes          Director of Finance").
      const written = b.raw.length === b.lines.length ? b.raw[li]! : b.lines[li]!;
      // Outside a list, only a label (at the start of a line) or "… were also present" can open one:
      // most lines of a long preamble are looked at no further.
      if (!label && (sawAnyLabel || bi >= 12) && !/\balso\b/i.test(written) && !matchLabel(normaliseEntry(stripMarkup(written.slice(0, 160))))) continue;
      const line = normaliseEntry(b.raw.length === b.lines.length ? stripMarkup(written) : written);
      if (!line) continue;
      const lineNo = b.start + li;
      // "The Clerk (Mrs Julie Brown), District Councillor Jim Brown and six members of the public were also present."
      const also = /^(.+?)\s+(?:were|was)\s+also\s+(?:present|in\s+attendance)\.?$/i.exec(line);
      if (also && bi < 16) {
        flushEntries();
        label = ALSO_PRESENT;
        entries.push({ text: also[1]!, line: lineNo });
        flushEntries();
        label = null;
        group = null;
        used.add(bi);
        continue;
      }
      const lab = matchLabel(line);
      if (lab) {
        flushEntries();
        sawAnyLabel = true;
        label = lab.label;
        group = lab.office;
        found = 0;
        skipped = 0;
        sawLabel = true;
        used.add(bi);
        if (lab.rest && !/^[\d¹²³⁴⁵⁶⁷⁸⁹⁰*]+$/.test(lab.rest)) entries.push({ text: lab.rest, line: lineNo });
        continue;
      }
      // A run of names with no label (a Scottish sederunt, a header whose labels were lost): the
      // members present, when the list opens before any labelled list and before the first item.
      if (!label && !sawAnyLabel && bi < 12 && isNameLine(line)) {
        const run = b.lines.slice(li).map((l) => normaliseEntry(l)).filter(Boolean);
        const next = blocks.slice(bi + 1, bi + 4).flatMap((x) => x.lines.map((l) => normaliseEntry(l))).filter(Boolean);
        const names = [...run, ...next].filter(isNameLine).length;
        if (names >= 2 || parseEntry(line).length >= 3) label = IMPLICIT_PRESENT;
      }
      if (!label) continue;
      if (COUNCIL_SUBHEADING.test(line.trim())) {
        flushEntries();
        group = line.trim();
        sawLabel = true;
        continue;
      }
      if (/^(?:Councillors|Cllrs|Members)\s*:$/i.test(line)) {
        sawLabel = true;
        continue;
      }
      // "Item 6 – The Old Forge Tap": a sub-heading inside a list of parties when names follow it.
      const nextLine = b.lines[li + 1] ?? blocks[bi + 1]?.lines[0] ?? "";
      if (/^item\s+\d+\s*[-–:]/i.test(line) && label && startsPerson(normaliseEntry(nextLine))) continue;
      if (TERMINATOR.test(line) || ITEM_NUMBER_LINE.test(line)) {
        flushEntries();
        label = null;
        group = null;
        continue;
      }
      // A sentence is not a list entry: "Apologies were received from …" under an "Apologies" heading
      // gives its names; any other sentence ends the list.
      if (SENTENCE_RX.test(stripParens(line)) && !/^[^,]{0,60}\s[-–]\s/.test(line)) {
        const wasApologies = label.status === "apologies";
        flushEntries();
        if (wasApologies) {
          const said = apologiesInText(line, lineNo);
          people.push(...said);
          if (said.length) used.add(bi);
        }
        label = null;
        group = null;
        continue;
      }
      // A wrapped line continues the entry before it (which ends open: a comma, "and", "of", an
      // unclosed bracket; or is a bare name whose title is on the next line); a line that is a
      // person by itself ("Head of Education – Dr Sheena Marr") starts a new one.
      const prev = entries[entries.length - 1];
      const continues =
        !!prev &&
        !startsPerson(line) &&
        (/(?:[,(&]|\b(?:and|of|for|the|to))$/i.test(prev.text) ||
          (prev.text.match(/\(/g) ?? []).length > (prev.text.match(/\)/g) ?? []).length ||
          /^[a-z(]/.test(line) ||
          looksLikeName(prev.text) ||
          !parsePerson(line, false));
      // A bare name's title on the next line ("Priyanka Desai" / "Risk and Insurance Manager") is its title, not more name.
      if (continues) prev!.text += looksLikeName(prev!.text) && !/^[a-z(]/.test(line) ? ", " + line : " " + line;
      else entries.push({ text: line, line: lineNo });
    }
    if (!label) continue;
    const beforeFlush = people.length;
    flushEntries();
    if (people.length > beforeFlush || sawLabel) {
      used.add(bi);
      if (people.length > beforeFlush) skipped = 0;
    } else {
      // A block with no names: the list has ended (or, before any name, allow a little slack).
      if (found > 0 || ++skipped > 2) {
        label = null;
        group = null;
      }
    }
  }
  flushEntries();
  return { people, blocks: used };
}

const APOLOGY_RX = /\b(?:apologies|an apology)(?:\s+for\s+(?:absence|lateness|inability\s+to\s+attend))?:?\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|tendered|given|reported|noted|intimated|made)(?:\s+and\s+(?:accepted|approved|noted))?(?:\s+for\s+[^.]*?)?\s+(?:from|on\s+behalf\s+of|by)\s+(.+)/i;
/** "Apologies: <names>" or "Apologies for absence – <names>" opening a sentence inside a paragraph. */
const APOLOGY_LABEL_IN_TEXT_RX = /(?:^|[.!?]\s+)Apologies(?:\s+for\s+absence)?\s*[:–—-]\s*(\S.*)$/;
/** A reason for absence inside the sentence: ", who was unwell," / " due to work commitments" (up to the next name or the end). */
const APOLOGY_REASON_CLAUSE_RX = new RegExp(String.raw`(?:,\s*who\s+(?:was|were|is|are|had|has|remained|continues)\b|\s+(?:due|owing)\s+to\b|\s+because\s+of\b)[^,;()]*?(?=\s*(?:[,;]|$)|\s+and\s+(?:from\s+)?(?:${HONORIFIC}\.?\s|[A-Z]))`, "g");
/** "District Cllr Jim Brown had also sent his apologies." */
const SENT_APOLOGIES_RX = new RegExp(`((?:${HONORIFIC}\\.?\\s+)?[A-Z][\\w.'’ -]{1,40}?)\\s+(?:had\\s+|has\\s+)?(?:also\\s+)?(?:sent|given|tendered|submitted)\\s+(?:his|her|their)\\s+apologies`, "g");

// Case-sensitive: the verbs of a sentence are in lower case, a name ("Cllr Will Hart") is not.
const LIST_NOT_SENTENCE_RX = new RegExp(`${SENTENCE_RX.source}|\\b(?:attended|attending|substituted|substituting|deputised|deputising|stood|left|arrived|joined)\\b`);

/** The body of an "Apologies" item when it is a bare list of names ("Councillors A Smith and B Jones."). */
export function apologiesList(text: string, line: number): PersonMention[] {
  const t = text.trim().replace(/\.$/, "");
  if (t.split(/\s+/).length > 40 || /^(?:none|nil|there\s+were\s+no|no\s+apologies)/i.test(t)) return [];
  if (!HON_START_RX.test(t) && !/^(?:Councillors|Cllrs)\s/i.test(t)) return [];
  // A sentence about a member ("Councillor X attended as substitute for Councillor Y, who had …") is
  // not a list of names: whoever it names did not send apologies by it.
  // The first sentence is the list ("Cllr G. Whitlock – on holiday. The reason for absence was accepted.").
  const stop = /(?:[a-z]{2}|\))\.\s+[A-Z]/.exec(t);
  if (LIST_NOT_SENTENCE_RX.test(stripParens(stop ? t.slice(0, stop.index + 2) : t))) return [];
  // "Cllr P Garside – family commitment": a reason for absence in lower case is not a title.
  return parseEntry(t).map((p) => ({ ...p, role: null, title: /^[a-z]/.test(p.title ?? "") ? null : p.title, status: "apologies" as const, category: null, item: null, line }));
}

/**
 * Witnesses a committee heard: "4.1 Witnesses: Rachel Obi, Head of Housing Needs; Councillor Anwar
 * Khan, Cabinet Member …", or a "Witnesses" heading over lines of "Name, Title, and Name, Title   Q1–37"
 * (dates and sentences between them skipped). They attended without being members.
 */
export function witnessLists(blocks: Block[], item: string | null): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (text: string, line: number) => {
    const t = normaliseEntry(text).replace(/[,\s]*\bQ\d+\s*[–-]\s*\d+\s*$/i, "").replace(/[.;]\s*$/, "");
    for (const p of parseEntry(t, true)) out.push({ ...p, role: null, status: "in-attendance", category: "witness", item, line });
  };
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text.replace(/^\(?\d+(?:\.\d+)*[.)]?\s+/, "").trim();
    const inline = /^witnesses\s*:\s*(.+)$/i.exec(text);
    if (inline) {
      add(inline[1]!, blocks[i]!.start);
      continue;
    }
    if (!/^(?:(?:list\s+of\s+)?witnesses|appendix\s+[a-z0-9]+\s*[-–:]\s*witnesses)$/i.test(text)) continue;
    for (let j = i + 1; j < blocks.length && j <= i + 30; j++) {
      const b = blocks[j]!;
      const t = b.text.trim();
      if (findDatesLoose(t) || SENTENCE_RX.test(stripParens(t)) || (/\.$/.test(t) && t.split(/\s+/).length > 10)) continue;
      const before = out.length;
      add(b.lines.map((l) => l.trim()).join(" "), b.start);
      if (out.length === before) break;
    }
  }
  return out;
}

const findDatesLoose = (t: string) => /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$/i.test(t);

/**
 * "the Select Committee (Chair: Cllr N. Brabazon)": the report's own committee, as a report calls it
 * ("the Committee", "the Select Committee", "the Panel"), with its chair or vice-chair in brackets.
 * Another body it names ("the Audit Panel (Chair: …)") is not its own.
 */
const BODY_CHAIR_RX = new RegExp(`\\b[Tt]he\\s+(?:(?:Select|Scrutiny)\\s+)?(?:Committee|Sub-Committee|Panel|Board)\\s*\\(\\s*((?:Vice[- ])?Chair(?:man|woman|person)?)\\s*:\\s*((?:${HONORIFIC}\\.?\\s+)[^()]+?)\\s*\\)`, "g");
/** "A member reference group of Cllr A (Vice-Chair), Cllr B and Cllr C met officers …": members named in a sentence. */
const MEMBER_GROUP_RX = /\bmembers?\s+(?:reference|task|working|advisory)\s+group\s+(?:of|comprising|made\s+up\s+of)\s+(.+?)(?:\.\s|\.$|$)/i;
/** The verb that ends a list of names in a sentence ("… and Cllr C met officers"). */
const LIST_END_RX = /\s+(?:met|meets|visited|were|was|have|has|had|will|would|considered|agreed|reviewed|heard|took|held)\b.*$/;

/** "(Finance comments: L Carrow, Finance Business Partner, 26 February 2025)": the officer who cleared a section of a report. */
const OFFICER_COMMENTS_RX = /\(\s*(?:[A-Z][\w&]*\s+){1,3}(?:comments?|advice|clearance)\s*(?::|by\b)\s*([^()]+)\)/g;
/** "Statutory officer clearance" / "Officer sign-off": a table of the officers who cleared a report, one a line. */
const CLEARANCE_HEADING_RX = /^(?:(?:statutory|senior)\s+)?officers?\s+(?:clearance|sign[- ]off)\b|^(?:clearance|sign[- ]off)\s*:?$/i;
/** A trailing date on an officer's line ("…, 26 February 2025", "26/03/2025"). */
const TRAILING_DATE_RX = /[\s,]*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*$/;

/**
 * The officers who cleared a report (they are named on it, not members of the body): the finance or
 * legal comments a report attributes in brackets, and a statutory officer clearance table whose lines
 * read "Monitoring Officer   M Holloway   26/03/2025" (office, name, date, in columns).
 */
function clearingOfficers(blocks: Block[], item: string): PersonMention[] {
  const out: PersonMention[] = [];
  const officer = (name: string, title: string | null, line: number): PersonMention => ({ name, role: null, title, status: "in-attendance", category: "officer", item, line });
  for (const b of blocks) {
    const text = b.lines.join(" ").replace(/\s+/g, " ");
    if (text.includes("comment") || text.includes("advice") || text.includes("clearance"))
      for (const m of allMatches(OFFICER_COMMENTS_RX, text)) {
        const who = leadingName(m[1]!.replace(TRAILING_DATE_RX, ""));
        if (who) out.push(officer(who.name, who.rest.replace(/^[\s,–—-]+/, "").trim() || null, b.start));
      }
    if (!CLEARANCE_HEADING_RX.test(b.lines[0]!.trim())) continue;
    // The columns are told apart by their runs of spaces, which only the raw lines keep.
    b.raw.slice(1).forEach((l, k) => {
      const cells = stripMarkup(l).trim().replace(TRAILING_DATE_RX, "").split(/\s{2,}|\t+|\s+\|\s+/).filter(Boolean);
      if (cells.length !== 2) return;
      const [office, name] = cells as [string, string];
      if (looksLikeName(name) && !looksLikeName(office)) out.push(officer(name, office, b.start + k + 1));
    });
  }
  return out;
}

/**
 * Names listed under "In attendance for this item:" (officers by title only yield nothing), and
 * witnesses heard; in a report, its committee's members named in its prose (the chair in brackets
 * after the committee's name, a member group's members).
 */
export function itemAttendance(blocks: Block[], item: string, report = false): PersonMention[] {
  const out: PersonMention[] = witnessLists(blocks, item);
  if (report) {
    for (const b of blocks) {
      if (b.text.includes("(") && /Chair/.test(b.text)) {
        for (const m of allMatches(BODY_CHAIR_RX, b.text)) {
          const who = parseEntry(m[2]!)[0];
          if (who && looksLikeName(who.name)) out.push({ ...who, role: roleOf(m[1]!), title: null, status: "member", category: null, item, line: b.start });
        }
      }
      const g = MEMBER_GROUP_RX.exec(b.text);
      if (!g || !HON_START_RX.test(g[1]!.trim())) continue;
      const list = g[1]!.replace(LIST_END_RX, "");
      for (const seg of list.split(MEMBERSHIP_SPLIT_RX).map((x) => x.replace(/^[\s,]+|[\s,]+(?:and)?\s*$/g, "")))
        for (const p of parseEntry(seg)) if (looksLikeName(p.name)) out.push({ ...p, status: "member", category: null, item, line: b.start });
    }
  }
  if (report) out.push(...clearingOfficers(blocks, item));
  // A report's contact officer, printed at the end of the section it closes.
  const contacts = blocks.filter((b) => /^(?:contact\s+officers?|report\s+(?:authors?|contacts?)|consulted)\s*(?::|$|\s)/i.test(b.text.trim()));
  for (const b of contacts) {
    const k = blocks.indexOf(b);
    for (const p of parseAttendance(blocks.slice(k, k + 2), false).people) if (p.status === "in-attendance") out.push({ ...p, item });
  }
  // "The Board's membership in 2024/25 was Cllr A (Chair), Cllr B (Vice-Chair) and … – Cllrs C, D and E – together with Cllrs F and G."
  for (const b of blocks) {
    const m = /\bmembership\b[^.:]{0,60}?\b(?:was|is|were|are|comprised|comprises|consisted\s+of|consists\s+of)\s+(.+?)(?:\.\s|\.$|$)/i.exec(b.text);
    if (!m || !HON_START_RX.test(m[1]!.trim())) continue;
    const tidy = (x: string): string => {
      const y = x.replace(/^[\s–—-]+|[\s–—-]+$/g, "").replace(/\s+(?:and|together\s+with)(?:\s+the\s+[^–—]*)?$/i, "").trim();
      return y === x ? y : tidy(y);
    };
    const segs = m[1]!
      .split(MEMBERSHIP_SPLIT_RX)
      .map(tidy);
    for (const seg of segs) for (const p of parseEntry(seg)) if (looksLikeName(p.name)) out.push({ ...p, status: "member", category: null, item, line: b.start });
  }
  for (let i = 0; i < blocks.length; i++) {
    if (!/^in\s+attendance\s+for\s+(?:this|the)\s+item\s*:?/i.test(blocks[i]!.text)) continue;
    const rest = blocks[i]!.text.replace(/^in\s+attendance\s+for\s+(?:this|the)\s+item\s*:?\s*/i, "");
    const lines = rest ? [{ t: rest, n: blocks[i]!.start }] : [];
    for (let j = i + 1; j < blocks.length && j <= i + 8; j++) {
      const b = blocks[j]!;
      if (b.text.split(/\s+/).length > 30 || /[.]$/.test(b.text.trim())) break;
      b.lines.forEach((l, k) => lines.push({ t: l.trim(), n: b.start + k }));
    }
    for (const l of lines) for (const p of parseEntry(l.t)) out.push({ ...p, status: "in-attendance", category: null, item, line: l.n });
    break;
  }
  return out;
}

/** "The Committee is supported by A (Scrutiny Officer) and B (Committee Assistant).": a body's staff, named in a sentence. */
const SUPPORTED_BY_RX = /\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Committee|Sub-Committee|Panel|Board|Group|Commission|Forum)\s+(?:is|are|was|were|has\s+been)\s+(?:supported|assisted|advised|clerked)\s+by\s+(.+?)(?:\.\s|\.$|$)/;

/**
 * A report's committee staff named in a sentence: each named person with their office in brackets
 * attends in support (in attendance, not a member). Names without an office are left alone: "supported
 * by the Chair" names no one.
 */
export function staffInText(raw: string, line: number): PersonMention[] {
  if (!/\bby\b/.test(raw)) return [];
  const m = SUPPORTED_BY_RX.exec(raw.replace(/\s+/g, " "));
  if (!m) return [];
  const bracketed = splitTopLevel(m[1]!)
    .map((piece) => ({ piece, title: /\(([^()]+)\)\s*$/.exec(piece)?.[1] ?? null }))
    .filter((x) => x.title)
    .flatMap(({ piece, title }) => {
      const who = leadingName(piece);
      return who ? [{ name: who.name, role: null, title, status: "in-attendance" as const, category: "officer" as const, item: null, line }] : [];
    });
  if (bracketed.length) return bracketed;
  // "supported by Gareth Lunn, Scrutiny and Democratic Services Officer.": one person, the office after a comma.
  const one = /^([^,()]+),\s*([^,()]+)$/.exec(m[1]!.trim());
  if (!one || !looksLikeName(one[1]!) || !STAFF_OFFICE.test(one[2]!)) return [];
  return [{ name: one[1]!.trim(), role: null, title: one[2]!.trim().replace(/\.$/, ""), status: "in-attendance", category: "officer", item: null, line }];
}

/** An office a committee's staff hold: the last word of "Scrutiny and Democratic Services Officer". */
const STAFF_OFFICE = /\b(?:Officer|Manager|Adviser|Advisor|Clerk|Assistant|Analyst|Secretary|Lead|Director|Coordinator|Co-ordinator)\.?$/;

/** Apologies written as a sentence in an item ("Apologies were received from Mr R W Banks and Mr P M McDonald."). */
export function apologiesInText(raw: string, line: number): PersonMention[] {
  if (!/apolog/i.test(raw)) return [];
  const text = nameCase(raw);
  const out: PersonMention[] = [];
  // "… welcomed everyone. Apologies: Cllrs Alan Reid and Bryony Muir (both on holiday).": a label inside the paragraph.
  const m = APOLOGY_RX.exec(text) ?? APOLOGY_LABEL_IN_TEXT_RX.exec(text);
  if (m && !/^(?:none|nil|no\b|there\s+were)/i.test(m[1]!.trim())) {
    let list = m[1]!;
    const stop = /(?:[a-z]{2}|\))\.\s+[A-Z]/.exec(list);
    if (stop) list = list.slice(0, stop.index + 2);
    list = list
      .replace(/\.\s*$/, "")
      // A reason said in a clause of its own is no name: "Cllr N Oduya, who was unwell, and from …",
      // "Cllr A Penn due to work commitments and Cllr B Ross".
      .replace(APOLOGY_REASON_CLAUSE_RX, "")
      // "…, and from Mr P Latimer": one list; "… and were accepted", "… and the reason for absence was accepted": not names.
      .replace(/,?\s+and\s+from\s+/gi, ", ")
      // "…Ross Kilgour, for whom Councillor Iain Sutherland substituted, and …": the substitute attended.
      .replace(/,?\s*\(?for\s+whom\b[^,;)]*\)?(?=[,;]|$)/gi, "")
      .replace(/(?:,|\s+and)?\s+(?:and\s+)?(?:were|was|the\s+reasons?|these|both|it\s+was)\b.*$/i, "");
    // "Cllr M Gadd (work)": a reason for absence in lower case is not the member's title.
    for (const p of parseEntry(list)) out.push({ ...p, role: null, title: /^substitute$/i.test(p.title ?? "") || /^[a-z]/.test(p.title ?? "") ? null : p.title, status: "apologies", category: null, item: null, line });
  }
  for (const s of allMatches(SENT_APOLOGIES_RX, text)) {
    // The sender is the last person named before "sent his apologies": in "Cllr Drummond reported that
    // Cllr Tam Baird had sent his apologies" the first one only reported it.
    const starts = [...s[1]!.matchAll(/(?:\b(?:District|County|Borough|Parish|Town|City)\s+)?\b(?:Cllr|Councillor)\b/g)];
    const from = starts.length ? starts[starts.length - 1]!.index! : 0;
    const ln = leadingName(s[1]!.slice(from).trim());
    if (ln) out.push({ name: ln.name, role: null, title: null, status: "apologies", category: null, item: null, line });
  }
  return out;
}
