// Recorded votes (pass 7b, after decisions and attendance): the statements of an item that say how a
// question was put and decided — "Proposed by Cllr X, seconded by Cllr Y", "Recorded vote – For: 7,
// Against: 3, Abstentions: 1", "For: Councillors A, B and C (12)", "the amendment was LOST (For 5,
// Against 12, Abstained 1)", "the substantive motion was CARRIED", "Carried unanimously (6 votes)" —
// become `votes` on the decision they led to (docs/parsing.md, "Recorded votes"). Named voters are
// matched to the meeting's attendance by surname (and forename or initial where written); a name that
// matches no attendee, or several, keeps its words with a null id and a warning. Nothing is inferred:
// a count, an outcome or a voter the text does not state stays null or absent.
import type { MotionKind, Vote, VoterRef, WarningEntry } from "../../../src/schema/record.ts";
import type { Block } from "./segment.ts";
import { allMatches } from "./matches.ts";
import { HONORIFIC, localId, looksLikeName, PLURAL_HONORIFIC, splitTopLevel, stripParens } from "./names.ts";

type Side = "for" | "against" | "abstentions";

/** An attendee as the vote pass sees them: the name as written in the attendance, and its status. */
export interface Attendee {
  name: string;
  personId: string;
  status: string;
}

/** A decision of the item, for attaching votes: its lines and its place in the item's list. */
export interface DecisionSpan {
  lines: [number, number];
  marker: string | null;
  kind: string;
}

export interface ItemVotes {
  /** Votes per decision index (the index into the item's resolutions). */
  byDecision: Map<number, Vote[]>;
  /** Votes of the item that no decision takes. */
  unattached: Vote[];
}

// A person's name as a vote statement writes it: with an honorific ("Cllr Marchetti", "Councillor Sean
// Kelly", "Mr L C R Moreton"), or initials and a surname ("J Smith"), or a forename and a surname.
const NAME_WORD = String.raw`(?:Mc|Mac|\p{Lu}['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const HONORIFIC_NAME = String.raw`(?:${HONORIFIC}\.?\s+)(?:\p{Lu}\.?\s+){0,3}${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
const PERSON = String.raw`(?:${HONORIFIC_NAME}|(?:\p{Lu}\.?\s+){1,3}${NAME_WORD}|${NAME_WORD}\s+${NAME_WORD})`;
/** A name in a named list, where the plural honorific before the list stands for each ("Councillors Adebayo, Brennan"). */
const LISTED_NAME = String.raw`(?:${HONORIFIC}\.?\s+)?(?:\p{Lu}\.?\s+){0,3}${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;

/** The statements, as data (tests and docs/parsing.md name the same forms). */
export const VOTE_CUES = {
  /** Who moved: "Proposed by Cllr X", "moved by X", "nominated by X", "Proposed Cllr X", "On the motion of Councillor X", "Proposer: X", "Councillor X moved", "Amendment – Councillor X, seconded by Councillor Y, moved that …". */
  mover: new RegExp(String.raw`(?:\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED|[Nn]ominated)\s+(?:by|BY)\s+(${PERSON})|\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED)\s*:?\s*(${HONORIFIC_NAME})|\b(?:[Oo]n\s+)?the\s+(?:motion|proposition)\s+of\s+(${PERSON})|\bProposer\s*[:–-]\s*(${PERSON})|(${HONORIFIC_NAME})\s+(?:moved|proposed)\b|(${HONORIFIC_NAME})(?=,\s+seconded\s+by\s+[^,.;]{3,60},\s+(?:moved|proposed)\b))`, "gu"),
  /** Who seconded, after the mover in the same sentence: "seconded by Cllr Y", "seconded Cllr Y", "Seconder: Y", "and Councillor Y seconded". */
  seconder: new RegExp(String.raw`(?:\b(?:[Ss]econded|SECONDED)\s+(?:by|BY)\s+(${PERSON})|\b(?:[Ss]econded|SECONDED)\s*:?\s*(${HONORIFIC_NAME})|\bSeconder\s*[:–-]\s*(${PERSON})|(${HONORIFIC_NAME})\s+seconded\b)`, "u"),
  /** A side with its number: "For: 7", "Against – 1 (Councillor Blackledge)", "Abstained 1"; two sides or more make a count. */
  sideCount: /\b(For|Against|Abstentions?|Abstained|Abstaining|Abstain|In\s+favour)\s*[:–-]?\s*(\d{1,3})\b(?!\s*(?:%|\.\d|:\d|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|per\b|am\b|pm\b))(?:\s*\(([^()]{1,400})\))?/gi,
  /** A number with its side: "7 for, 3 against, 1 abstention", "8 in favour and 2 against". */
  countSide: /\b(\d{1,3})\s+(?:(?:votes?|members?|councillors?)\s+)?(?:(?:were|was|voted)\s+)?(in\s+favour|for|against|abstentions?|abstained|abstaining)\b/gi,
  /**
   * A number for each of two questions put as alternatives: "8 members voted for the motion and 4 for the
   * amendment", "five in favour of the amendment and seven in favour of the original motion". Each is the
   * votes for that question; no count against is inferred from the other's.
   */
  questionTally: /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:(?:members?|councillors?|votes?)\s+)?(?:(?:having\s+)?voted\s+|voting\s+|were\s+|was\s+|cast\s+)?(?:in\s+favour\s+of|for)\s+the\s+(substantive\s+motion|amendment|original\s+motion|motion)\b/gi,
  /**
   * The same, the question named before its number, as a Scottish division is minuted: "On a division
   * there voted for the amendment 2 and for the motion 3".
   */
  questionTallyAfter: /\b(?:in\s+favour\s+of|for)\s+the\s+(substantive\s+motion|amendment|original\s+motion|motion)\s*[:–-]?\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?!\s*(?:%|\.\d|years?\b|months?\b|weeks?\b|days?\b|per\b))/gi,
  /** "carried by 9 votes to 2" (with "and 1 abstention"). */
  countsBy: /\bby\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:\s*(?:,|with|and)\s*(\d{1,3})\s+abstentions?)?/gi,
  /** "the amendment was LOST", "the substantive motion was therefore CARRIED", "the recommendations were put to the vote and carried". */
  outcomeOfQuestion: /\b(substantive\s+motion|amendment|motion|recommendations?|proposals?|proposition)\b(?:(?!\b(?:motion|amendment|recommendations?|proposals?|proposition)\b)[^.;:]){0,80}?\b(?:was|were)\s+(?:therefore\s+|then\s+|duly\s+|accordingly\s+|subsequently\s+)?(?:put\s+to\s+the\s+(?:vote|meeting)\s+and\s+(?:was\s+|were\s+)?)?(?:declared\s+)?(carried|lost|defeated|rejected|fell)\b(?!\s+(?:out|forward|over|through)\b)/gi,
  /** "CARRIED", "Carried unanimously", "(Carried)", "LOST" as a statement of its own. */
  outcomeAlone: /(?:^\s*|[.(;]\s*|\b(?:and|being|was)\s+)(CARRIED|LOST|Carried|Lost|carried|lost)\b(?=\s*(?:$|[.;)]|unanimously|nem|by\s+\d|\(|with\s+\d))/g,
  /** A vote without dissent, as a vote statement: "all in favour", "voted unanimously", "a unanimous vote", "nem con". */
  unanimousVote: /\ball\s+(?:members\s+|councillors\s+)?(?:present\s+)?(?:voted\s+)?in\s+favour\b|\bvoted\s+unanimously\b|\bunanimous\s+vote\b|\bnem(?:ine)?\.?\s+con(?:tradicente)?\b/i,
  /** Unanimity in an outcome's sentence: "carried unanimously". */
  unanimous: /\bunanimous(?:ly)?\b|\bnem(?:ine)?\.?\s+con(?:tradicente)?\b|\ball\s+in\s+favour\b/i,
  /** "(6 votes)" after a unanimous outcome: the votes for. */
  unanimousVotes: /\((\d{1,3})\s+votes?\)/i,
  /** "a recorded vote … was taken on the substantive motion", "put the amendment to the vote". */
  voteOn: /\bvote\b[^.]{0,120}?\b(?:taken|held|put)\s+(?:on|upon)\s+the\s+(substantive\s+motion|amendment|(?:original\s+)?motion)\b|\bput\s+the\s+(substantive\s+motion|amendment|(?:original\s+)?motion)\s+to\s+(?:the\s+|a\s+(?:recorded\s+)?)?vote\b/gi,
  /** A line that opens a named side: "For: Councillors …", "Against: …", "Abstained: …". */
  namedSide: /^(For|In\s+favour|Against|Abstained|Abstentions?|Abstaining|Abstain)\s*(?:\(\s*(\d{1,3})\s*\)\s*[:–-]?|[:–-])\s*(?!\s*\d)/i,
};

const VOTE_WORD = /\b(?:nominated|against|abstain\w*|abstentions?|carried|lost|defeated|fell|rejected|moved|proposed|proposer|seconded|votes?|voted|voting|unanimous(?:ly)?|favour|nem\.?\s+con)\b/i;
const sideOf = (label: string): Side => (/^(?:for|in\s+favour)$/i.test(label) ? "for" : /^against$/i.test(label) ? "against" : "abstentions");
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}|Cllrs?|Mr|Mrs|Ms|Dr|Prof|Rev|St|No|Nos|para|paras|approx|i\.e|e\.g|etc)$/u;

/** Sentences of a block's text as [from, to) spans; a full stop after an initial or "Cllr" does not end one. */
function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const rx = /[.!?]+(?=\s+["'‘“(*_]?[\p{Lu}\d])/gu;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    if (m[0] === "." && ABBREVIATION.test(text.slice(Math.max(from, m.index - 8), m.index))) continue;
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}
const motionOf = (word: string | undefined): MotionKind | null =>
  !word ? null : /substantive/i.test(word) ? "substantive-motion" : /amendment/i.test(word) ? "amendment" : "motion";
const outcomeOf = (word: string): "carried" | "lost" => (/^carried$/i.test(word) ? "carried" : "lost");

/** A name in a named list, with the honorific it is listed under ("Councillors Carson and J Wilson": Councillor). */
type Listed = { name: string; hint: string | null };
type Named = Partial<Record<Side, Listed[]>>;
type Fragment =
  | { at: number; line: number; type: "moved"; motion: MotionKind; mover: string; seconder: string | null; proposal: boolean; unanimous: boolean }
  | { at: number; line: number; type: "on"; motion: MotionKind }
  | { at: number; line: number; type: "tally"; motion: MotionKind; votesFor: number }
  | { at: number; line: number; type: "counts"; counts: Vote["counts"]; named: Named; unanimous: boolean }
  | { at: number; line: number; end: number; type: "named"; side: Side; names: Listed[]; count: number | null; none: boolean }
  | { at: number; line: number; type: "outcome"; motion: MotionKind | null; outcome: "carried" | "lost"; unanimous: boolean; counts: Vote["counts"] | null; named: Named };

/** A block's lines joined by single spaces, with the offset each line starts at (for line numbers). */
function joined(b: Block): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = "";
  for (const l of b.lines) {
    if (text) text += " ";
    starts.push(text.length);
    text += l.trim();
  }
  return { text, starts };
}

function lineAt(b: Block, starts: number[], offset: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
  return Math.min(b.end, b.start + k);
}

/** The counts a sentence gives, with the names it puts in brackets after a side ("Against – 1 (Councillor Blackledge)"). */
function countsIn(text: string): { counts: Vote["counts"]; index: number; named: Named } | null {
  const found: { side: Side; n: number; index: number; names: string | undefined }[] = [];
  for (const rx of [VOTE_CUES.sideCount, VOTE_CUES.countSide]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const bySide = rx === VOTE_CUES.sideCount;
      found.push({ side: sideOf((bySide ? m[1]! : m[2]!).replace(/\s+/g, " ")), n: Number(bySide ? m[2] : m[1]), index: m.index, names: bySide ? m[3] : undefined });
    }
  }
  const sides = new Set(found.map((f) => f.side));
  // One side alone ("for 5 years", "against 2 of them") is not a count of a vote.
  if (sides.size >= 2 && (sides.has("against") || sides.has("abstentions"))) {
    const counts = emptyCounts();
    const named: Named = {};
    for (const f of found.sort((x, y) => x.index - y.index)) {
      if (counts[f.side] !== null) continue;
      counts[f.side] = f.n;
      const list = f.names ? namedList(f.names) : null;
      if (list && !list.none) named[f.side] = list.names;
    }
    // "4 votes for, 2 against and no abstentions": a side the count says was empty is 0, not unstated.
    if (counts.abstentions === null && /\b(?:no|nil)\s+abstentions?\b|\bnone\s+abstain(?:ed|ing)\b/i.test(text)) counts.abstentions = 0;
    if (counts.against === null && /\bno(?:ne)?\s+(?:votes?\s+)?against\b/i.test(text)) counts.against = 0;
    return { counts, index: Math.min(...found.map((f) => f.index)), named };
  }
  VOTE_CUES.countsBy.lastIndex = 0;
  const by = VOTE_CUES.countsBy.exec(text);
  if (by) return { counts: { for: Number(by[1]), against: Number(by[2]), abstentions: by[3] === undefined ? null : Number(by[3]) }, index: by.index, named: {} };
  return null;
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const countOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()));

/**
 * The votes for each question of a sentence that puts two or more side by side ("8 members voted for the
 * motion and 4 for the amendment"); one question alone is a count `countsIn` reads, or not a count at all.
 */
function questionTallies(s: string): { motion: MotionKind; votesFor: number; index: number }[] {
  let found = allMatches(VOTE_CUES.questionTally, s).map((m) => ({ motion: motionOf(m[2])!, votesFor: countOf(m[1]!), index: m.index }));
  if (new Set(found.map((f) => f.motion)).size < 2) found = allMatches(VOTE_CUES.questionTallyAfter, s).map((m) => ({ motion: motionOf(m[1])!, votesFor: countOf(m[2]!), index: m.index }));
  return new Set(found.map((f) => f.motion)).size >= 2 ? found : [];
}

/** The preceding words of a "moved" statement say what was moved: "An amendment was moved by …". */
function movedKind(text: string, at: number, heading: string | null, after = ""): MotionKind {
  const sentenceStart = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(": ", at), 0);
  const before = text.slice(sentenceStart, at);
  // "Councillor X moved an amendment …", "… moved as an amendment that …": what was moved follows the verb.
  const named = /substantive\s+motion|amendment/i.exec(before)?.[0] ?? /^\s*(?:as\s+)?(?:an?\s+|the\s+(?:following\s+)?)(amendment|substantive\s+motion)\b/i.exec(after)?.[1];
  return motionOf(named ?? (heading ? /substantive\s+motion|amendment/i.exec(heading)?.[0] : undefined)) ?? "motion";
}

/** Names of a named side: "Councillors Anand, Beckett and Coyle (12)" → names, count. */
function namedList(text: string): { names: Listed[]; count: number | null; none: boolean; honorific: boolean } | null {
  let t = text.trim();
  let count: number | null = null;
  const c = /\(\s*(\d{1,3})\s*\)\s*\.?$/.exec(t);
  if (c) {
    count = Number(c[1]);
    t = t.slice(0, c.index).trim();
  }
  t = t.replace(/[.;]$/, "").trim();
  if (/^(?:none|nil|no\s+(?:members|councillors|one)|nobody)$/i.test(t)) return { names: [], count: count ?? 0, none: true, honorific: false };
  const honorific = HONORIFICS_RX.test(t);
  const pieces = splitTopLevel(t).map((n) => stripParens(n).trim()).filter(Boolean);
  const shape = new RegExp(`^${LISTED_NAME}$`, "u");
  if (pieces.length === 0 || !pieces.every((n) => shape.test(n))) return null;
  // A plural honorific stands for each name after it, until another honorific.
  let hint: string | null = null;
  const pluralRx = new RegExp(`^${PLURAL_HONORIFIC}\\s+`);
  const names = pieces.map((piece) => {
    const pl = pluralRx.exec(piece);
    const h = pl ?? HONORIFICS_RX.exec(piece);
    if (h) hint = honorificClass(h[0]);
    return { name: pl ? piece.slice(pl[0].length) : piece, hint };
  });
  return { names, count, none: false, honorific };
}

/** "Councillors", "Cllr", "County Councillor" → "councillor"; "Aldermen" → "alderman": the office a name is styled by. */
function honorificClass(h: string): string {
  const w = h.trim().toLowerCase().replace(/\./g, "");
  if (/(?:councillors?|cllrs?|cynghor)/.test(w)) return "councillor";
  if (/^(?:aldermen|alderman|ald)\b/.test(w)) return "alderman";
  return w.split(/\s+/)[0]!;
}

/** A recorded vote as a table: a column of names, then a column for each side, marked in the side each voted. */
const VOTE_TABLE_NAME = /^(?:councillors?|cllrs?|members?|names?|member\s+name)$/i;
const VOTE_TABLE_SIDE = /^(?:for|in\s+favour|against|abstain(?:ed|ing)?|abstentions?)$/i;
const VOTE_TABLE_MARK = /^(?:x|✓|✔|✗|yes|y|\*|•|for|against|abstain(?:ed)?|abstention)$/i;

/**
 * "Councillor | For | Against | Abstain" / "Amis | X | |": each row's name goes to the side whose
 * column is marked. A table with no name column, or fewer than two sides, is not a vote.
 */
function voteTable(b: Block, base: number): Fragment[] {
  const rows = b.lines.filter((l) => !/^[\s|:-]+$/.test(l)).map((l) => (/^\s*\|/.test(l) ? l.trim().replace(/^\||\|$/g, "").split("|") : l.split("\t")).map((c) => c.trim()));
  const head = rows[0] ?? [];
  if (!VOTE_TABLE_NAME.test(head[0] ?? "")) return [];
  const sides = head.map((h, k) => (k > 0 && VOTE_TABLE_SIDE.test(h) ? sideOf(h.replace(/^abstain(?:ed|ing)?$/i, "abstentions")) : null));
  if (sides.filter(Boolean).length < 2) return [];
  const hint = /^(?:councillors?|cllrs?)$/i.test(head[0]!) ? "councillor" : null;
  const bySide = new Map<Side, Listed[]>();
  for (const row of rows.slice(1)) {
    const marked = row.map((c, k) => (k > 0 && sides[k] && VOTE_TABLE_MARK.test(c) ? sides[k]! : null)).filter(Boolean);
    // A row marked in no side, or in two, says nothing certain about how that member voted.
    if (!row[0] || marked.length !== 1) continue;
    const list = bySide.get(marked[0]!) ?? [];
    list.push({ name: row[0], hint });
    bySide.set(marked[0]!, list);
  }
  if (bySide.size === 0) return [];
  return (["for", "against", "abstentions"] as Side[]).filter((side) => bySide.has(side)).map((side, k) => ({ at: base + k, line: b.start, end: b.end, type: "named" as const, side, names: bySide.get(side)!, count: null, none: false }));
}

/** The vote statements of one block, in order. */
function fragmentsOf(b: Block, blockIndex: number, headingOf: () => string | null): Fragment[] {
  if (b.kind === "furniture") return [];
  const table = b.kind === "table" ? voteTable(b, blockIndex * 1_000_000) : [];
  if (table.length) return table;
  const out: Fragment[] = [];
  const { text, starts } = joined(b);
  const base = blockIndex * 1_000_000;
  // Every statement holds one of these words (a named side alone opens its line with "For"): most blocks hold none.
  if (!VOTE_WORD.test(text) && !b.lines.some((l) => /^\s*(?:[-•*–]\s+)?for\s*[:(–-]/i.test(l.slice(0, 14)))) return out;

  // Named sides: a line that opens with "For:", "Against:", "Abstained:" and names, to the next side or the block's end.
  const sideLines: { k: number; m: RegExpExecArray }[] = [];
  // A side may be a bulleted line of its own ("- For: Cllrs Bowen, Harries").
  const sideText = (l: string) => l.trim().replace(/^[-•*–]\s+/, "");
  b.lines.forEach((l, k) => {
    const m = VOTE_CUES.namedSide.exec(sideText(l));
    if (m) sideLines.push({ k, m });
  });
  const masked: [number, number][] = [];
  for (let s = 0; s < sideLines.length; s++) {
    const { k, m } = sideLines[s]!;
    const nextSide = s + 1 < sideLines.length ? sideLines[s + 1]!.k : b.lines.length;
    // The list runs on over the lines after it until one ends a sentence or a bracketed count ends it.
    let last = k;
    const first = sideText(b.lines[k]!).slice(m[0].length);
    const parts = [first];
    while (last + 1 < nextSide && !/(?:\.|\(\s*\d{1,3}\s*\))\s*$/.test(parts[parts.length - 1]!)) parts.push(b.lines[++last]!.trim());
    const list = namedList(parts.join(" "));
    // A lone "For: Cabinet" is an agenda's purpose, not a vote: a named side needs an honorific or a sibling side.
    if (!list || (!list.honorific && !list.none && sideLines.length < 2)) continue;
    const count = list.count ?? (m[2] ? Number(m[2]) : null);
    out.push({ at: base + starts[k]!, line: b.start + k, end: b.start + last, type: "named", side: sideOf(m[1]!), names: list.names, count, none: list.none });
    masked.push([starts[k]!, (starts[last + 1] ?? text.length + 1) - 1]);
  }
  // The named lists are read: the sentences are what is left.
  let plain = text;
  for (const [a, z] of masked) plain = plain.slice(0, a) + " ".repeat(Math.max(0, Math.min(z, plain.length) - a)) + plain.slice(Math.min(z, plain.length));

  // Sentence by sentence: who moved and seconded, what is put to the vote, outcomes and counts.
  for (const [from, to] of sentenceSpans(plain)) {
    const s = plain.slice(from, to);
    if (!VOTE_WORD.test(s)) continue;
    const at = (i: number) => ({ at: base + from + i, line: lineAt(b, starts, from + i) });
    // Each cue runs only where its keyword is (the name patterns are long alternations).
    VOTE_CUES.mover.lastIndex = 0;
    if (/\b(?:proposed|moved|proposer|nominated\s+by)\b|\bmotion\s+of\b|\bproposition\s+of\b/i.test(s)) for (let m = VOTE_CUES.mover.exec(s); m; m = VOTE_CUES.mover.exec(s)) {
      const mover = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!.trim();
      if (!looksLikeName(mover)) continue;
      const after = s.slice(m.index + m[0].length);
      const sec = VOTE_CUES.seconder.exec(after);
      // A nomination is a motion once it is seconded ("nominated by Cllr X but declined" is not).
      if (!sec && /^nominated/i.test(m[0])) continue;
      const seconder = sec ? (sec[1] ?? sec[2] ?? sec[3] ?? sec[4])!.trim() : null;
      // "…, seconded by Cllr Y, that the application be refused" / "…:" states the proposal (before its decision);
      // "Proposed Cllr X, seconded Cllr Y, all in favour." records who moved a decision already written.
      const rest = sec ? after.slice(sec.index + sec[0].length) : after;
      const proposal = /^[\s,]*(?:(?:moved|proposed)\s+)?(?:(?:that|to)\b|the\s+(?:recommendations?|motion|proposal)\b|:)/i.test(rest) || /:\s*$/.test(s);
      // What follows the verb: "X moved an amendment", or "X, seconded by Y, moved as an amendment that …".
      const verbRest = /^[\s,]*(?:moved|proposed)\b/i.exec(rest);
      const afterVerb = /(?:moved|proposed)$/i.test(m[0]) ? after : verbRest ? rest.slice(verbRest[0].length) : "";
      out.push({ ...at(m.index), type: "moved", motion: movedKind(s, m.index, headingOf(), afterVerb), unanimous: VOTE_CUES.unanimous.test(s), mover, seconder: seconder && looksLikeName(seconder) ? seconder : null, proposal });
    }
    VOTE_CUES.voteOn.lastIndex = 0;
    if (/vote/i.test(s)) for (let m = VOTE_CUES.voteOn.exec(s); m; m = VOTE_CUES.voteOn.exec(s)) out.push({ ...at(m.index), type: "on", motion: motionOf(m[1] ?? m[2])! });
    VOTE_CUES.outcomeOfQuestion.lastIndex = 0;
    VOTE_CUES.outcomeAlone.lastIndex = 0;
    const decided = /carried|lost|defeated|rejected|fell/i.test(s);
    const q = decided ? VOTE_CUES.outcomeOfQuestion.exec(s) : null;
    const alone = q || !decided ? null : VOTE_CUES.outcomeAlone.exec(s);
    const tallies = /\bvot(?:ed|ing|es?)\b/i.test(s) && /\bthe\s+(?:amendment|motion|substantive|original)/i.test(s) ? questionTallies(s) : [];
    // The amendment's tally is read last, whichever is written first: it is the question decided first,
    // so "the amendment was lost" after it finds it open, and the motion stays open for its own outcome.
    for (const t of tallies) out.push({ ...at(t.motion === "amendment" ? Math.max(...tallies.map((x) => x.index)) + 1 : t.index), type: "tally", motion: t.motion, votesFor: t.votesFor });
    // Counts beside the tallies ("… and 1 abstained") belong to no one question: not read.
    const counted = !tallies.length && /\d/.test(s) && /against|abstain|abstention|votes?\s+to/i.test(s) ? countsIn(s) : null;
    const unanimousVote = /favour|unanim|nem/i.test(s) ? VOTE_CUES.unanimousVote.exec(s) : null;
    if (q || alone) {
      const word = q ? q[2]! : alone![1]!;
      const i = q ? q.index : alone!.index + alone![0].length - word.length;
      const unanimous = VOTE_CUES.unanimous.test(s);
      const uv = unanimous ? VOTE_CUES.unanimousVotes.exec(s) : null;
      const counts = counted ? counted.counts : uv ? { for: Number(uv[1]), against: null, abstentions: null } : null;
      out.push({ ...at(i), type: "outcome", motion: q ? motionOf(q[1]) : null, outcome: outcomeOf(word), unanimous, counts, named: counted?.named ?? {} });
    } else if (counted) {
      out.push({ ...at(counted.index), type: "counts", counts: counted.counts, named: counted.named, unanimous: false });
    } else if (unanimousVote) {
      out.push({ ...at(unanimousVote.index), type: "counts", counts: emptyCounts(), named: {}, unanimous: true });
    }
  }
  return out.sort((x, y) => x.at - y.at);
}

interface Draft extends Omit<Vote, "mover" | "seconder" | "named" | "lines"> {
  mover: string | null;
  seconder: string | null;
  named: Record<Side, Listed[]>;
  namedCounts: Record<Side, number | null>;
  lines: [number, number];
  /** The vote opened with its outcome (a "CARRIED" after the decision it belongs to). */
  outcomeFirst: boolean;
  /** Whether its first statement reads as a record after the decision (true), a proposal before it (false), or neither (null). */
  trailing: boolean | null;
  /** Index of the chain (a motion with its amendments and substantive motion) the vote belongs to. */
  chain: number;
}

const emptyCounts = (): Vote["counts"] => ({ for: null, against: null, abstentions: null });
const hasCounts = (c: Vote["counts"]) => c.for !== null || c.against !== null || c.abstentions !== null;

/** Groups an item's vote statements into votes. */
function assemble(fragments: Fragment[]): Draft[] {
  const votes: Draft[] = [];
  let chain = -1;
  // A motion opens a chain; its amendments and the substantive motion continue it.
  const open = (motion: MotionKind, line: number, outcomeFirst = false, sameChain = false): Draft => {
    if ((motion === "motion" && !sameChain) || chain < 0) chain++;
    const v: Draft = {
      motion, outcome: null, unanimous: false, counts: emptyCounts(), named: { for: [], against: [], abstentions: [] },
      namedCounts: { for: null, against: null, abstentions: null }, mover: null, seconder: null, lines: [line, line], outcomeFirst, trailing: outcomeFirst ? true : null, chain,
    };
    votes.push(v);
    return v;
  };
  const extend = (v: Draft, line: number) => {
    v.lines = [Math.min(v.lines[0], line), Math.max(v.lines[1], line)];
  };
  /** The question still open in the current chain that a statement of `kind` (null: unspecified) decides. */
  const openQuestion = (kind: MotionKind | null, withCounts: boolean): Draft | undefined => {
    const cur = votes[votes.length - 1];
    const decided = (v: Draft) => v.outcome !== null || (withCounts && hasCounts(v.counts));
    // "The substantive motion" is the motion as amended: a question of its own unless one is open.
    const sameKind = (v: Draft) => kind === null || v.motion === kind || (kind === "motion" && v.motion === "substantive-motion");
    if (cur && !decided(cur) && sameKind(cur)) return cur;
    // "The amendment was lost" after the motion's own tally ("3 for the motion and 1 for the amendment"):
    // the amendment still open in the chain. After an amendment is dealt with, "CARRIED" / "the motion
    // was carried" is the motion's.
    if (kind === "amendment") {
      for (let i = votes.length - 1; i >= 0 && votes[i]!.chain === chain; i--) if (votes[i]!.motion === "amendment") return decided(votes[i]!) ? undefined : votes[i];
      return undefined;
    }
    for (let i = votes.length - 1; i >= 0 && votes[i]!.chain === chain; i--) {
      const v = votes[i]!;
      if (v.motion !== "amendment" && !decided(v) && sameKind(v)) return v;
    }
    return undefined;
  };
  const nameSides = (v: Draft, named: Named) => {
    for (const side of ["for", "against", "abstentions"] as const) if (named[side] && v.named[side].length === 0) v.named[side] = named[side]!;
  };
  for (const f of fragments) {
    const cur = votes[votes.length - 1];
    switch (f.type) {
      case "moved": {
        const v = open(f.motion, f.line);
        v.trailing = !f.proposal;
        v.unanimous = f.unanimous;
        v.mover = f.mover;
        v.seconder = f.seconder;
        break;
      }
      case "on": {
        const fresh = !cur || cur.outcome !== null || hasCounts(cur.counts) || cur.motion !== f.motion;
        const v = fresh ? open(f.motion, f.line) : cur!;
        extend(v, f.line);
        break;
      }
      case "tally": {
        // The question moved earlier in the chain (an amendment moved by …), else a question of its own.
        let v: Draft | undefined;
        for (let i = votes.length - 1; i >= 0 && votes[i]!.chain === chain && !v; i--)
          if (votes[i]!.motion === f.motion && votes[i]!.counts.for === null && votes[i]!.outcome === null) v = votes[i];
        // A motion counted beside its amendment still open is that amendment's motion (one chain).
        v ??= open(f.motion, f.line, false, votes.some((x) => x.chain === chain && x.outcome === null));
        v.counts = { ...v.counts, for: f.votesFor };
        extend(v, f.line);
        break;
      }
      case "counts": {
        const v = openQuestion(null, hasCounts(f.counts)) ?? open("motion", f.line);
        if (hasCounts(f.counts)) v.counts = f.counts;
        v.unanimous ||= f.unanimous;
        nameSides(v, f.named);
        extend(v, f.line);
        break;
      }
      case "named": {
        const v = cur && cur.named[f.side].length === 0 && cur.namedCounts[f.side] === null ? cur : open("motion", f.line);
        v.named[f.side] = f.names;
        v.namedCounts[f.side] = f.count;
        extend(v, f.end);
        extend(v, f.line);
        break;
      }
      case "outcome": {
        // The outcome of the question open; a question of another kind, or one already decided, is a new vote.
        const target = openQuestion(f.motion, f.counts !== null) ?? open(f.motion ?? "motion", f.line, true);
        target.outcome = f.outcome;
        target.unanimous ||= f.unanimous;
        if (f.counts) target.counts = f.counts;
        nameSides(target, f.named);
        extend(target, f.line);
        break;
      }
    }
  }
  return votes;
}

const normalise = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "'");
const HONORIFICS_RX = new RegExp(`^(?:${HONORIFIC}\\.?\\s+)+`, "u");

/** A name's surname and forenames or initials, less honorifics and bracketed asides. */
function nameParts(name: string): { surname: string; given: string[] } {
  const bare = stripParens(name).replace(HONORIFICS_RX, "").replace(/[.,]/g, " ").trim();
  const words = bare.split(/\s+/).filter(Boolean);
  return { surname: normalise(words[words.length - 1] ?? ""), given: words.slice(0, -1).map(normalise) };
}

/** The attendee a name in a vote statement is, by surname and (where written) forename or initial. */
export function matchVoter(name: string, attendees: Attendee[], hint: string | null = null): { personId: string | null; problem: "unmatched" | "ambiguous" | null } {
  const want = nameParts(name);
  if (!want.surname) return { personId: null, problem: "unmatched" };
  const compatible = (a: Attendee) => {
    const have = nameParts(a.name);
    if (have.surname !== want.surname) return false;
    return want.given.every((g, i) => {
      const h = have.given[i];
      return h === undefined || h === g || (g.length === 1 && h.startsWith(g)) || (h.length === 1 && g.startsWith(h));
    });
  };
  const found = attendees.filter(compatible);
  // Those present vote; a namesake sending apologies does not.
  const present = found.filter((a) => a.status !== "apologies");
  const pool = present.length ? present : found;
  let ids = [...new Set(pool.map((a) => a.personId))];
  // Two attendees of one surname and initial: the office the name is styled by ("Alderman J Wilson", "Councillors … J Wilson") tells them apart.
  const style = hint ?? (HONORIFICS_RX.exec(name) ? honorificClass(HONORIFICS_RX.exec(name)![0]) : null);
  if (ids.length > 1 && style) {
    const styleOf = (a: Attendee) => {
      const h = HONORIFICS_RX.exec(a.name);
      return h ? honorificClass(h[0]) : null;
    };
    const same = [...new Set(pool.filter((a) => styleOf(a) === style).map((a) => a.personId))];
    // Else those not styled otherwise (an attendance list under "Councillors" writes its names bare).
    const styled = same.length ? same : [...new Set(pool.filter((a) => styleOf(a) === null).map((a) => a.personId))];
    if (styled.length === 1) ids = styled;
  }
  if (ids.length === 1) return { personId: ids[0]!, problem: null };
  return { personId: null, problem: ids.length === 0 ? "unmatched" : "ambiguous" };
}

/**
 * The votes of one item: read from its blocks, grouped, matched to its decisions and attendance.
 * Attachment (docs/parsing.md): a motion with its amendments and substantive motion is one chain and
 * goes to one decision — the decision whose lines hold the chain's last statement; else, for a vote
 * that opens with its outcome ("CARRIED") right after a decision, that decision; else the first
 * decision after the chain; else the last decision before it (with a warning: the text puts the vote
 * after its decision, with other text between); with no decision in the item, the item's own `votes`.
 * A decision in parts carries its votes on its first part.
 */
export function extractVotes(
  blocks: Block[],
  decisions: DecisionSpan[],
  attendees: Attendee[],
  item: string | null,
  warnings: WarningEntry[],
): ItemVotes {
  const result: ItemVotes = { byDecision: new Map(), unattached: [] };
  // A sub-heading of two words or fewer before the statement ("Amendment", "Proposal") says what was moved.
  const headingBefore = (i: number) => {
    const p = blocks[i - 1];
    return p && p.text.length <= 40 && p.text.trim().split(/\s+/).length <= 2 && !/[.:]$/.test(p.text.trim()) ? p.text : null;
  };
  const fragments = blocks.flatMap((b, i) => fragmentsOf(b, i, () => headingBefore(i)));
  if (fragments.length === 0) return result;
  const drafts = assemble(fragments);
  const where = item ? `item ${item}` : "the preamble";
  const blockEndBefore = (line: number) => {
    let end = -1;
    for (const b of blocks) if (b.end < line && b.kind !== "furniture") end = b.end;
    return end;
  };
  // The first part of the decision a resolution belongs to.
  const order = decisions.map((_, i) => i).sort((a, b) => decisions[a]!.lines[0] - decisions[b]!.lines[0] || a - b);
  const firstPart = (i: number) => {
    let k = order.indexOf(i);
    while (k > 0) {
      const prev = decisions[order[k - 1]!]!;
      const cur = decisions[order[k]!]!;
      if (!prev.marker || !cur.marker || prev.kind !== cur.kind || cur.lines[0] - prev.lines[1] > 3) break;
      k--;
    }
    return order[k]!;
  };
  const chains = new Map<number, Draft[]>();
  for (const d of drafts) chains.set(d.chain, [...(chains.get(d.chain) ?? []), d]);
  for (const chain of chains.values()) {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const at = last.lines[1];
    let target = order.find((i) => decisions[i]!.lines[0] <= at && decisions[i]!.lines[1] >= at);
    // Right after a decision (the next block): the decision's own record when it reads as one.
    const prevEnd = blockEndBefore(first.lines[0]);
    const justBefore = order.find((i) => decisions[i]!.lines[1] === prevEnd);
    const following = order.find((i) => decisions[i]!.lines[0] > at);
    if (target === undefined && justBefore !== undefined) {
      if (first.trailing === true || following === undefined) target = justBefore;
      else if (first.trailing === null)
        warnings.push({ code: "vote-ambiguous", message: `${where}: a vote between two decisions with nothing to say which it belongs to; taken as the next one's`, line: first.lines[0] });
    }
    target ??= following;
    if (target === undefined) {
      const before = order.filter((i) => decisions[i]!.lines[1] < first.lines[0]);
      target = before[before.length - 1];
      if (target !== undefined)
        warnings.push({ code: "vote-after-decision", message: `${where}: a vote recorded after the decision it is taken to belong to, with other text between`, line: first.lines[0] });
    }
    const votes = chain.map((d) => finish(d, attendees, where, warnings));
    if (target === undefined) {
      // A motion that was lost decides nothing: no decision is expected after it.
      if (last.outcome !== "lost") warnings.push({ code: "vote-without-decision", message: `${where}: a recorded vote with no decision in the item; kept on the item`, line: first.lines[0] });
      result.unattached.push(...votes);
    } else {
      const k = firstPart(target);
      result.byDecision.set(k, [...(result.byDecision.get(k) ?? []), ...votes]);
    }
  }
  return result;
}

function finish(d: Draft, attendees: Attendee[], where: string, warnings: WarningEntry[]): Vote {
  const ref = (name: string, hint: string | null = null): VoterRef => {
    const m = matchVoter(name, attendees, hint);
    if (m.problem)
      warnings.push({
        code: m.problem === "unmatched" ? "voter-unmatched" : "voter-ambiguous",
        message: `${where}: "${name}" in a recorded vote ${m.problem === "unmatched" ? "matches no one in the attendance" : "matches more than one person in the attendance"}`,
        line: d.lines[0],
      });
    return { name, personId: m.personId };
  };
  const counts = { ...d.counts };
  for (const side of ["for", "against", "abstentions"] as const) {
    const stated = d.namedCounts[side];
    if (stated !== null && counts[side] === null) counts[side] = stated;
    const n = d.named[side].length;
    if (n > 0 && counts[side] !== null && counts[side] !== n)
      warnings.push({ code: "vote-count-mismatch", message: `${where}: ${counts[side]} ${side} but ${n} named`, line: d.lines[0] });
    if (stated !== null && d.counts[side] !== null && stated !== d.counts[side])
      warnings.push({ code: "vote-count-mismatch", message: `${where}: ${side} given as ${d.counts[side]} and as ${stated}`, line: d.lines[0] });
  }
  return {
    motion: d.motion,
    outcome: d.outcome,
    unanimous: d.unanimous,
    counts,
    named: { for: d.named.for.map((x) => ref(x.name, x.hint)), against: d.named.against.map((x) => ref(x.name, x.hint)), abstentions: d.named.abstentions.map((x) => ref(x.name, x.hint)) },
    mover: d.mover ? ref(d.mover) : null,
    seconder: d.seconder ? ref(d.seconder) : null,
    lines: d.lines,
  };
}

/** The attendance of a parsed record as the vote pass matches names against it. */
export const attendeesOf = (attendance: { name: string; personId: string; status: string }[]): Attendee[] =>
  attendance.map((a) => ({ name: a.name, personId: a.personId || localId(a.name), status: a.status }));
