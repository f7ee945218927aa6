// People: every distinct person the document names — attendees, apologies, declarations, the
// report's author and signatories, and officers named in passing ("Director of Children's Services,
// John Readman", "(Sally Allen)", "Cllr David Simmonds") — with provisional ids `local:<name>` that
// the resolve stage rewrites across documents.
import type { DocumentRecord } from "../../../src/schema/record.ts";
import type { Block } from "./segment.ts";
import { HONORIFIC, initialsOf, leadingName, localId, looksLikeName } from "./names.ts";

type Person = DocumentRecord["people"][number];

const NAME = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){1,2}`;
const PAREN_RX = new RegExp(String.raw`\(((?:${NAME})(?:,\s*${NAME})*)\)`, "g");
const HON_RX = new RegExp(String.raw`(?:^|[\s(,;:])(${HONORIFIC}\.?\s+[A-Z])`, "g");
const AFTER_TITLE_RX = new RegExp(
  String.raw`\b(?:Director|Officer|Manager|Head|Chief Executive|Chairman|Chair|Leader|Adviser|Advisor|Commissioner|Clerk|Lead)\b[^,.;:()]{0,60},\s+(${NAME})(?=[\s]*(?:[:.;,)]|$))|\b(?:[Aa]dviser|[Aa]dvisor|[Oo]fficer|[Cc]lerk|[Cc]ontact|[Ss]ecretary)\s*(?:is|was|:)\s+(${NAME})\b|\b(?:[Ee]xpert|[Ii]ndependent)\s+(?:[a-z]+\s+)?(?:adviser|advisor|chair)\s+(${NAME})\b`,
  "g",
);
// A word every match of AFTER_TITLE_RX holds (its three alternatives' keywords, less their first
// letter where that letter may be either case): most blocks hold none and skip its costly search.
const TITLE_CUE = /Director|fficer|Manager|Head|Chief Executive|Chair|Lead|dvis|Commissioner|lerk|ontact|ecretary|xpert|ndependent/;
// A name written with initials or in full: "M Holloway", "N. Fenwick", "Nadia Fenwick".
const INITIALS_NAME = String.raw`(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*`;
const ANY_NAME = `(?:${NAME}|${INITIALS_NAME})`;
// Words that make a phrase someone's job: "(Head of Democratic Services)", ", Finance Business Partner".
const JOB = /\b(?:Head|Director|Officer|Manager|Partner|Clerk|Solicitor|Adviser|Advisor|Executive|Secretary|Treasurer|Engineer|Surveyor|Accountant|Planner|Analyst|Co-?ordinator|Lead|Chief)\b/;
// "Nadia Fenwick (Head of Democratic and Scrutiny Services)": a name with its job in brackets.
// (Read from each bracket back, so the long name expression runs only before brackets.)
const NAME_BEFORE_RX = new RegExp(String.raw`(?:^|[\s,;:(])((?:${HONORIFIC}\.?\s+)?${ANY_NAME})\s*$`);

/** Each bracketed aside of a text (no brackets inside) with the name written just before it, if any. */
function namesBeforeBrackets(t: string, visit: (name: string, inner: string) => void): void {
  for (let i = t.indexOf("("); i !== -1; i = t.indexOf("(", i + 1)) {
    const close = t.indexOf(")", i);
    if (close === -1) return;
    const inner = t.slice(i + 1, close);
    if (inner.length < 2 || inner.length > 100 || inner.includes("(")) continue;
    const before = NAME_BEFORE_RX.exec(t.slice(Math.max(0, i - 80), i));
    if (before) visit(before[1]!, inner);
  }
}
// "(Legal comments: Mark Holloway, Head of Legal …)", "Contact officer: N. Fenwick, Head of …": a name after a colon, its job after a comma.
const COLON_NAME_JOB_RX = new RegExp(String.raw`:\s+(${ANY_NAME}),\s+([^,;()]{3,100})`, "g");
// "his late father Geoffrey Marsh", "her son, Cllr Daniel Farrant": a relative named by the text.
const KIN_WORD = /\b(?:father|mother|son|daughter|husband|wife|brother|sister|grandfather|grandmother)\b/;
const KIN_RX = new RegExp(String.raw`\b(?:father|mother|son|daughter|husband|wife|brother|sister|grandfather|grandmother)\s*,?\s+((?:${HONORIFIC}\.?\s+)?${NAME})`, "g");
// A sign-off table's row: "Monitoring Officer      M Holloway      26/03/2025" (cells apart by runs of spaces or tabs).
const CELL_GAP = /\t|\s{3,}/;
const NAME_CELL_RX = new RegExp(`^${ANY_NAME}$`);

// "Claire Sandhu (CS) – Head of Planning": a name and the initials the document then calls them by.


// A signature or from/to line: a bare name followed by a dash and a title.
const SIGN_RX = new RegExp(String.raw`(?:^|\t)((?:${HONORIFIC}\.?\s+)?${NAME})\s+(?:[-–—]\s+|(?=(?:Chairman|Chair|Director|Cabinet Member|Leader)\b))`, "gm");

const escapeRx = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const JOB_BEFORE = String.raw`((?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+)?){0,4}(?:Officer|Director|Manager|Head|Clerk|Solicitor|Executive|Treasurer|Secretary|Partner))`;

/**
 * The job a text gives beside a name, if any: "Mark Holloway, Head of Legal …", "Nadia Fenwick (Head
 * of …)", or the job before it in a sign-off row ("Monitoring Officer M Holloway 26/03/2025").
 */
export function jobBeside(text: string, name: string): string | null {
  if (!text.includes(name)) return null;
  const n = escapeRx(name);
  const after = new RegExp(`(?<![\\w'’-])${n}\\s*(?:\\(([^()]{3,100})\\)|,\\s+([^,;()]{3,100}))`, "g");
  for (let m = after.exec(text); m; m = after.exec(text)) {
    const job = (m[1] ?? m[2] ?? "").trim();
    if (JOB.test(job)) return job;
  }
  const before = new RegExp(`${JOB_BEFORE}\\s+${n}(?![\\w'’-])`);
  return before.exec(text)?.[1]?.trim() ?? null;
}

export function collectPeople(
  attendance: DocumentRecord["attendance"],
  declarations: DocumentRecord["declarations"],
  author: DocumentRecord["author"],
  content: Block[],
): Person[] {
  const byId = new Map<string, Person>();
  const add = (name: string) => {
    const n = name.trim().replace(/[.,;:]+$/, "");
    if (!n) return;
    const id = localId(n);
    const p = byId.get(id);
    if (p) {
      if (!p.namesAsWritten.includes(n)) p.namesAsWritten.push(n);
    } else byId.set(id, { id, name: n, namesAsWritten: [n] });
  };
  for (const a of attendance) add(a.name);
  for (const d of declarations) add(d.person);
  if (author) add(author.name);
  // exec loops rather than matchAll, which copies the (long) expression for every block; none of these
  // expressions matches the empty string, so each loop ends with lastIndex back at 0.
  let m: RegExpExecArray | null;
  for (const b of content) {
    const t = b.kind === "table" ? b.lines.join("\n") : b.text;
    if (t.length > 20000) continue;
    if (t.includes("(")) {
      PAREN_RX.lastIndex = 0;
      while ((m = PAREN_RX.exec(t)) !== null) for (const n of m[1]!.split(/,\s*/)) if (looksLikeName(n)) add(n);
    }
    HON_RX.lastIndex = 0;
    while ((m = HON_RX.exec(t)) !== null) {
      if (/^(?:Councillors|Cllrs)\b/.test(m[1]!)) continue;
      const ln = leadingName(t.slice(m.index + m[0].indexOf(m[1]!)));
      if (ln) add(ln.name);
    }
    if ((t.includes(",") || /\b(?:is|was|:)\s/.test(t)) && TITLE_CUE.test(t)) {
      AFTER_TITLE_RX.lastIndex = 0;
      while ((m = AFTER_TITLE_RX.exec(t)) !== null) {
        const n = m[1] ?? m[2] ?? m[3];
        if (n && looksLikeName(n)) add(n);
      }
    }
    if (t.includes("(") && JOB.test(t)) {
      namesBeforeBrackets(t, (name, inner) => {
        if (inner.length >= 3 && JOB.test(inner) && looksLikeName(name)) add(name);
      });
    }
    if (t.includes(":") && JOB.test(t)) {
      COLON_NAME_JOB_RX.lastIndex = 0;
      while ((m = COLON_NAME_JOB_RX.exec(t)) !== null) if (JOB.test(m[2]!) && looksLikeName(m[1]!)) add(m[1]!);
    }
    // A relative is someone's: "his father", "her son", "whose late mother" (words tested cheaply first).
    if ((t.includes("his ") || t.includes("her ") || t.includes("whose ") || t.includes("their ")) && KIN_WORD.test(t)) {
      KIN_RX.lastIndex = 0;
      while ((m = KIN_RX.exec(t)) !== null) if (looksLikeName(m[1]!)) add(m[1]!);
    }
    for (const line of b.kind === "table" ? b.lines : b.raw) {
      if (!(line.includes("\t") || line.includes("   ")) || !CELL_GAP.test(line.trim())) continue;
      const cells = line.trim().split(CELL_GAP).map((c) => c.trim()).filter(Boolean);
      if (cells.length < 2 || !cells.some((c) => JOB.test(c) && !looksLikeName(c))) continue;
      for (const c of cells) if (NAME_CELL_RX.test(c) && looksLikeName(c)) add(c);
    }
    if (b.kind === "table" || t.length < 300) {
      SIGN_RX.lastIndex = 0;
      while ((m = SIGN_RX.exec(t)) !== null) if (looksLikeName(m[1]!)) add(m[1]!);
    }
  }
  // Initials the document defines for a person ("Claire Sandhu (CS)") and then uses on their own
  // ("CS presented the draft", "ACTION: CS / HV") are one of that person's names as written; a
  // set of initials two people share stays nobody's.
  const defined = new Map<string, Set<string>>();
  const text = content.map((b) => (b.kind === "table" ? b.lines.join("\n") : b.text));
  for (const t of text) {
    if (!t.includes("(")) continue;
    namesBeforeBrackets(t, (before, abbr) => {
      if (!/^[A-Z]{2,4}$/.test(abbr)) return;
      // The name is the words before the brackets whose initials these are ("… Manager Tomas Kral (TK)").
      const words = before.split(/\s+/);
      const name = words.map((_, k) => words.slice(k).join(" ")).find((n) => initialsOf(n) === abbr && looksLikeName(n));
      if (name) defined.set(abbr, (defined.get(abbr) ?? new Set()).add(localId(name)));
    });
  }
  for (const [abbr, ids] of defined) {
    if (ids.size !== 1) continue;
    const used = new RegExp(`(?<![(\\w])${abbr}(?![)\\w])`);
    if (text.some((t) => used.test(t))) {
      const p = byId.get([...ids][0]!);
      if (p && !p.namesAsWritten.includes(abbr)) p.namesAsWritten.push(abbr);
    }
  }
  return [...byId.values()];
}
