// Items: find the numbered item headings of minutes ("313 Apologies", "221/12 APOLOGIES",
// "45. MINUTES", "Item 5 – …", "Min Ref 23/045 …", "## **1. Introduction**") and decide where each
// item's own text starts. PDF extraction of two-column minutes prints margin headings in the wrong
// place: a heading can land mid-sentence, before the end of the previous item's discussion, or with
// the last words of the previous item after it. A clerk reads through that; so do we:
//   1. a heading title that ends on "of"/"and"… takes the short lowercase line that completes it;
//   2. a paragraph that starts in lowercase continues the last unfinished paragraph, across a
//      heading or page break if need be;
//   3. when the document shows such displacement, a heading followed by the continuation of the
//      previous item's list starts its item at the first paragraph that opens an item ("… had been
//      invited to the meeting", "The Panel received …").
import type { Block } from "./segment.ts";
import { bodyText, joinLines, subBlock } from "./segment.ts";
import { DECISION_LINE_START, MEETING_CLOSED } from "./cues.ts";
import { cleanTitle, familyKey, isDateLike, itemToken, type ItemToken, longestIncreasing, sequenceValue, subValue, titleOk, varyingPart } from "./numbering.ts";

export interface Heading {
  block: number;
  number: string;
  title: string;
  value: number;
  family: string;
  strong: boolean;
  /** Block indices of title continuation lines printed apart from the heading. */
  titleBlocks: number[];
  /** When the heading is only the first line of its block, the rest is body text. */
  splitLine: boolean;
  /** What made this a heading (for --explain). */
  cue?: string;
}

const isAllCaps = (s: string) => /[A-Z]{3}/.test(s) && s === s.toUpperCase();
const SENTENCE_END = /[.!?:;)]$/;

/** One heading line read on its own: its number and title, if it reads as one ("45. MINUTES", "Item 5 – Budget"). */
export function parseHeadingText(text: string): { number: string; title: string; prefixed: boolean } | null {
  const tok = itemToken(text);
  if (!tok || isDateLike(tok)) return null;
  const title = cleanTitle(tok.rest);
  if (!titleOk(title)) return null;
  return { number: tok.number, title, prefixed: tok.labelled || tok.code !== "" };
}

/** A candidate heading: where it is, what it says, and how it reads. */
interface Candidate {
  block: number;
  /** First line of the heading in its block, and the line after it (exclusive). */
  line: number;
  endLine: number;
  token: ItemToken;
  title: string;
  /** The title is the first line of the next block ("1." / "Apologies for absence"). */
  titleInNext: boolean;
  /** A run-in heading ("4. Declarations of interest: none were made."): the body after the colon. */
  runIn: string | null;
  strong: boolean;
  /** The heading is all of its block. */
  wholeBlock: boolean;
  /** The heading line is much shorter than the lines of text after it: a title, not a wrapped sentence. */
  shortLine: boolean;
  cue: string;
}

function candidatesOf(blocks: Block[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "table" || b.kind === "furniture") continue;
    const whole = b.bold || b.mdLevel !== null;
    for (let li = 0; li < (whole ? 1 : b.lines.length); li++) {
      const line = b.lines[li]!;
      const tok = itemToken(line);
      if (!tok || isDateLike(tok)) continue;
      const coded = tok.labelled || tok.code !== "" || tok.parts.length > 1;
      // Inside a run of lines a heading follows a finished sentence — unless it is a coded number alone
      // on its line ("TC/24/23"), which a two-column print can drop into the middle of a sentence.
      if (li > 0 && !SENTENCE_END.test(b.lines[li - 1]!.trim()) && !isAllCaps(b.lines[li - 1]!) && !(coded && !tok.rest)) continue;
      let shortLine = false;
      if (tok.sub !== null) {
        let longest = 0;
        for (let k = li + 1; k < b.lines.length; k++) longest = Math.max(longest, b.lines[k]!.trim().length);
        shortLine = longest > 0 && line.trim().length <= 0.6 * longest;
      }
      const base = { block: i, line: li, token: tok, runIn: null, titleInNext: false, wholeBlock: li === 0 && b.lines.length === 1, shortLine };
      // The number alone; the title on the next line (ModernGov web pages, "Item 1" / "Welcome").
      if (!tok.rest) {
        const nextLine = li + 1 < b.lines.length ? b.lines[li + 1]! : null;
        const nb = nextLine === null ? blocks[i + 1] : undefined;
        const titleLine = nextLine ?? (nb && nb.kind === "text" && nb.lines.length === 1 ? nb.lines[0]! : null);
        if (titleLine === null) continue;
        const title = cleanTitle(titleLine);
        if (!titleOk(title) || itemToken(titleLine)) continue;
        out.push({ ...base, endLine: nextLine !== null ? li + 2 : li + 1, title, titleInNext: nextLine === null, strong: true, cue: "number alone, title on the next line" });
        continue;
      }
      // A run-in heading: "4. Declarations of interest: none were made." — a title, a colon, then a sentence.
      if (li === 0 && !whole && /[.!?]$/.test(b.text.trim())) {
        const runIn = runInHeading(b.text, tok.rest);
        if (runIn) {
          out.push({ ...base, endLine: 1, title: runIn.title, runIn: runIn.body, strong: false, cue: "run-in heading before a colon" });
          continue;
        }
      }
      // A bold or markdown block, or a short one, is one heading even over two lines ("**319 Alternative / Delivery Model**").
      if (li === 0 && (whole || b.lines.length <= 3)) {
        const all = itemToken(b.text);
        const title = all ? cleanTitle(all.rest) : "";
        const firstTitle = cleanTitle(tok.rest);
        // A block all in capitals is a title over its lines ("… SERIOUS VIOLENCE DUTY" / "ANNUAL UPDATE").
        // A typewritten all-capitals document writes its sentences in capitals too: a block that ends
        // on a full stop is a heading line and then its text, not a title over its lines.
        // A decision label under the title ("3 FINANCE" / "RESOLVED:") is the item's text, not the title's second line.
        const capsBlock = b.lines.every((l) => isAllCaps(l) || !/[a-z]/.test(l)) && !(b.lines.length > 1 && /[.!?]$/.test(b.text.trim())) && !b.lines.slice(1).some((l) => DECISION_LINE_START.test(l.trim()));
        const headingThenBody = b.lines.length > 1 && !whole && !capsBlock && titleOk(firstTitle) &&
          (isAllCaps(firstTitle) || coded || (!/[.:;,]$/.test(line.trim()) && /[.!?]$/.test(b.text.trim())));
        // "5  Revenue Outturn 2024/25" / "Key decision – Forward Plan reference KD/2025/011": a line under a
        // complete title, starting afresh, qualifies the item: it is part of the printed heading, not of
        // the title nor of the item's text.
        const qualified = !whole && b.lines.length === 2 && titleOk(firstTitle) && !CONNECTOR_END.test(firstTitle) && !isAllCaps(firstTitle) && /^\s*[A-Z]/.test(b.lines[1]!) && !/^\s*[A-Z][a-z]*\s*$/.test(b.lines[1]!) &&
          !/[.!?:;]\s*$/.test(b.lines[1]!) && b.lines[1]!.trim().split(/\s+/).length <= 12 && !DECISION_LINE_START.test(b.lines[1]!.trim());
        if (qualified) {
          out.push({ ...base, endLine: 2, wholeBlock: true, title: firstTitle, strong: coded, cue: "numbered title with a qualifying line under it" });
          continue;
        }
        if (all && !headingThenBody && titleOk(title)) {
          out.push({ ...base, wholeBlock: true, endLine: b.lines.length, title, strong: whole || isAllCaps(title) || coded, cue: whole ? "numbered bold or markdown heading" : "numbered short block" });
          continue;
        }
      }
      // A title in capitals wrapped over two lines ("76. PAY POLICY … AND" / "RESOURCES COMMITTEE").
      const next = b.lines[li + 1]?.trim() ?? "";
      if (isAllCaps(tok.rest) && isAllCaps(next) && next.split(/\s+/).length <= 10 && !itemToken(next) && (CONNECTOR_END.test(tok.rest.trim()) || /,$/.test(tok.rest.trim()))) {
        const title = cleanTitle(`${tok.rest.trim()} ${next}`);
        if (titleOk(title)) {
          out.push({ ...base, endLine: li + 2, wholeBlock: b.lines.length === li + 2 && li === 0, title, strong: true, cue: "numbered title in capitals over two lines" });
          continue;
        }
      }
      const title = cleanTitle(tok.rest);
      if (titleOk(title)) {
        // A first line that ends on "and", "of" … runs on into the next: a wrapped sentence, not a title.
        if (li + 1 < b.lines.length && CONNECTOR_END.test(title)) continue;
        if (li === 0 && b.lines.length > 1 && !(isAllCaps(title) || coded || (!/[.:;,]$/.test(line.trim()) && /[.!?]$/.test(b.text.trim())))) continue;
        // A long first line whose sentence runs on in lower case on the next ("16.  Only 46 young people
        // completed … although officers" / "estimated that …"): a numbered paragraph, not a title.
        if (li + 1 < b.lines.length && !isAllCaps(title) && /^\s*[a-z]/.test(b.lines[li + 1]!) && title.split(/\s+/).length >= 10) continue;
        out.push({ ...base, endLine: li + 1, title, strong: isAllCaps(title) || coded, cue: li === 0 ? "numbered line before its text" : "numbered line inside a paragraph run" });
        continue;
      }
      if (li === 0 && !whole) {
        const runIn = runInHeading(b.text, tok.rest);
        if (runIn) out.push({ ...base, endLine: 1, title: runIn.title, runIn: runIn.body, strong: false, cue: "run-in heading before a colon" });
      }

    }
  }
  return out;
}

/** A numbered line and what became of it: for `--explain`. */
export interface HeadingTrace {
  line: number;
  number: string;
  chosen: boolean;
  cue: string;
  beat: string;
}

/** "Welcome: The Chairman welcomed …" → the title before the colon and the body after it. */
function runInHeading(text: string, rest: string): { title: string; body: string } | null {
  // The colon is on the number's own line, and the line is not a title in capitals ("STRATEGY: UPDATE").
  if (!/:\s/.test(rest) || isAllCaps(rest)) return null;
  // "44 – Street Trading Consent: Market Place" / "Members considered …": the words after the colon end
  // the line in title case and the next line starts afresh — a title with a colon in it, not a run-in.
  const afterColon = rest.slice(rest.indexOf(":") + 1).trim();
  const nextLine = text.slice(text.indexOf(rest) + rest.length).trimStart();
  if (afterColon && !/[.!?;:,]$/.test(afterColon) && /^[A-Z]/.test(nextLine) && afterColon.split(/\s+/).length <= 8 && afterColon.split(/\s+/).every((w) => /^[A-Z0-9(]/.test(w) || /^(?:of|and|the|for|to|at|in|on|&|[-–])$/.test(w))) return null;
  const from = text.indexOf(rest.slice(0, 10));
  if (from < 0) return null;
  const colon = /^([^:]{2,80}?):\s+(\S[^]*)$/.exec(text.slice(from));
  if (!colon || !titleOk(colon[1]!) || colon[1]!.split(/\s+/).length > 10) return null;
  return { title: cleanTitle(colon[1]!), body: colon[2]! };
}

/** The chosen headings: the family of tokens that recurs and increases most, with its sub-items. */
function chooseHeadings(cands: Candidate[], trace?: HeadingTrace[]): Candidate[] {
  const result = chooseFamily(cands);
  if (trace) {
    const chosen = new Set(result.chosen);
    for (const c of cands) {
      const fam = familyKey(c.token);
      trace.push(chosen.has(c)
        ? { line: 0, number: c.token.number, chosen: true, cue: `${c.cue}; family ${fam} recurs and increases`, beat: result.runnerUp ? `a paragraph; family ${result.runnerUp} scored lower` : "a paragraph" }
        : { line: 0, number: c.token.number, chosen: false, cue: fam === result.family ? "breaks the increasing sequence of its family" : `family ${fam} lost to ${result.family || "none"}`, beat: "item heading" });
      (trace[trace.length - 1] as HeadingTrace & { cand?: Candidate }).cand = c;
    }
  }
  return result.chosen;
}

function chooseFamily(cands: Candidate[]): { chosen: Candidate[]; family: string; runnerUp: string | null } {
  const main = cands.filter((c) => c.token.sub === null);
  const fams = new Map<string, Candidate[]>();
  for (const c of main) {
    const k = familyKey(c.token);
    const list = fams.get(k);
    if (list) list.push(c);
    else fams.set(k, [c]);
  }
  let best: Candidate[] = [];
  let bestKey = "";
  let bestScore = -1;
  let runnerUp: string | null = null;
  for (const [k, list] of fams) {
    const varying = varyingPart(list.map((c) => c.token));
    const chain = longestIncreasing(list.map((c) => sequenceValue(c.token, varying))).map((i) => list[i]!);
    // Roman numerals are also initials ("V. Jessop"): a Roman family is items only as a run of three or
    // more from I or II.
    if (k === "roman|1" && (chain.length < 3 || chain[0]!.token.parts[0]! > 2)) continue;
    // Capital letters are initials too ("R. Okafor"): a lettered family is items only as far as it runs
    // from A with no letter left out, and only when that run is three or more.
    // Numbers in brackets also number a decision's parts, starting again in each item: they are the
    // items only when they never start again.
    if (k === "paren|1" && chain.length < list.length) continue;
    if (k === "letter|1") {
      const run = chain.findIndex((c, i) => c.token.parts[0] !== i + 1);
      if (run >= 0) chain.splice(run);
      if (chain.length < 3) continue;
    }
    const score = chain.reduce((s, c) => s + (c.strong ? 2 : 1), 0);
    if (score > bestScore) {
      if (bestKey) runnerUp = bestKey;
      [best, bestKey, bestScore] = [chain, k, score];
    } else runnerUp ??= k;
  }
  // A one-off numbered line is not a heading, unless it is marked as one (bold, a label or a code)
  // or stands alone as a block of its own.
  if (best.length === 0 || (best.length === 1 && !best[0]!.strong && !best[0]!.wholeBlock)) return { chosen: [], family: "", runnerUp: bestKey || null };
  // Sub-items ("5.1", "7(a)") of the chosen family, each under its own parent, in increasing order.
  // A sub-item is a heading of its own: its number alone or its whole block, or a title in capitals;
  // "2.1 The Council has …" opening a paragraph is a numbered paragraph, not a sub-item.
  const subs = cands.filter((c) => c.token.sub !== null && familyKey(c.token) === bestKey && c.runIn === null && (c.titleInNext || !c.token.rest || c.wholeBlock || c.shortLine || isAllCaps(c.title)) && !/[.,;:]$/.test(c.token.rest) && !/^\(/.test(c.title));
  if (subs.length === 0) return { chosen: best, family: bestKey, runnerUp };
  const pos = (c: Candidate) => c.block * 100000 + c.line;
  const all = [...best];
  const lastSub = new Map<string, number>();
  let p = -1;
  for (const s of subs) {
    while (p + 1 < best.length && pos(best[p + 1]!) < pos(s)) p++;
    const parent = p >= 0 ? best[p] : undefined;
    if (!parent || parent.token.number.replace(/\.$/, "").replace(/\.0$/, "") !== s.token.number.slice(0, s.token.number.length - s.token.sub!.length)) continue;
    const v = subValue(s.token.sub!);
    const prev = lastSub.get(parent.token.number) ?? 0;
    if (v <= prev) continue;
    lastSub.set(parent.token.number, v);
    all.push(s);
  }
  return { chosen: all.sort((a, b) => pos(a) - pos(b)), family: bestKey, runnerUp };
}

/**
 * Candidate headings, then the family that recurs and increases. Blocks holding a heading among other
 * lines are split so that each heading is a block of its own (the block list is changed in place).
 */
export function findHeadings(blocks: Block[], trace?: HeadingTrace[]): Heading[] {
  const traced: HeadingTrace[] = [];
  const chosen = chooseHeadings(candidatesOf(blocks), trace ? traced : undefined);
  if (trace)
    for (const t of traced as (HeadingTrace & { cand?: Candidate })[]) {
      const c = t.cand!;
      delete t.cand;
      trace.push({ ...t, line: blocks[c.block]!.start + c.line });
    }
  if (chosen.length === 0) return [];
  const byBlock = new Map<number, Candidate[]>();
  for (const c of chosen) {
    const list = byBlock.get(c.block);
    if (list) list.push(c);
    else byBlock.set(c.block, [c]);
  }
  const out: Block[] = [];
  const firstIndex: number[] = [];
  const heads: { at: number; c: Candidate }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    firstIndex[i] = out.length;
    const cs = byBlock.get(i);
    if (!cs) {
      out.push(b);
      continue;
    }
    let from = 0;
    for (const c of cs) {
      if (c.line > from) out.push(subBlock(b, from, c.line, from === 0 ? b.kind : null));
      if (c.runIn !== null) {
        const head = subBlock(b, c.line, c.line + 1, "text");
        const headText = b.text.slice(0, b.text.length - c.runIn.length).trim();
        heads.push({ at: out.length, c });
        out.push({ ...head, text: headText, lines: [headText], raw: [headText], end: head.start });
        const rest = subBlock(b, c.line, b.lines.length, "text");
        out.push({ ...rest, text: c.runIn, kind: "text", marker: null, lines: rest.lines.map((l, k) => (k === 0 ? c.runIn!.split("\n")[0]! : l)) });
        from = b.lines.length;
        break;
      }
      heads.push({ at: out.length, c });
      out.push({ ...subBlock(b, c.line, c.endLine, "text"), marker: null, mdLevel: c.line === 0 ? b.mdLevel : null });
      from = c.endLine;
    }
    if (from < b.lines.length) out.push(subBlock(b, from, b.lines.length));
  }
  blocks.splice(0, blocks.length, ...out);
  return heads.map(({ at, c }) => {
    const t = c.token;
    return {
      block: at,
      number: t.number.replace(/[.:]$/, ""),
      title: c.title,
      value: t.parts[t.parts.length - 1]!,
      family: familyKey(t),
      strong: c.strong,
      titleBlocks: c.titleInNext ? [firstIndex[c.block + 1]!] : [],
      splitLine: false,
      cue: c.cue,
    };
  });
}

const CONNECTOR_END = /(?:\b(?:of|and|the|for|to|in|on|with|from|by|a|an|at|into|under|&)|[-–—,])$/i;
const TERMINAL = /[.!?:;"”’)\]]$/;

/** The words that say what a title or a decision is about (not its function words or labels). */
function subjectWords(t: string): Set<string> {
  return new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}\d/]+/u)
      .filter((w) => w.length >= 3 && !SUBJECT_STOP.has(w)),
  );
}
const SUBJECT_STOP = new Set("the and for that with from this these those their into onto upon report update item items resolved agreed noted note be been being was were are is of to on in at by as".split(" "));

/**
 * True when a block opening an item is a decision about the previous item's subject rather than its
 * own: it shares at least two subject words with the previous title and more than twice as many as
 * with its own heading ("RESOLVED – that the Pay Policy Statement 2024/25 be approved" under
 * "PERFORMANCE REPORT", after "PAY POLICY STATEMENT 2024/25").
 */
function decidesPreviousSubject(b: Block, previousTitle: string, ownTitle: string): boolean {
  if (b.kind !== "text" || !DECISION_LINE_START.test(b.text)) return false;
  const words = subjectWords(b.text.split(/\s+/).slice(0, 40).join(" "));
  const shared = (title: string) => [...subjectWords(title)].filter((w) => words.has(w)).length;
  const prev = shared(previousTitle);
  return prev >= 2 && prev > 2 * shared(ownTitle);
}

const OPENING = [
  /\b(?:had been|has been|was|were|have been) invited to (?:the|this) meeting\b/i,
  /\b(?:introduced|presented) (?:the|a|an|his|her|their) (?:report|item|update|paper|presentation|draft)\b/i,
  /^The (?:Panel|Committee|Board|Cabinet|Council|Sub-Committee|Forum|Commission|Group|Members?) (?:received|considered|was presented|were presented|reviewed|was given|were given|heard|discussed|was provided|were provided)\b/i,
  /\bhad provided the \w+(?: \w+)? with\b/i,
  /^(?:A|The) (?:report|presentation) (?:of|by|from)\b/i,
  /\b(?:submitted|circulated) (?:a|the) report\b/i,
  /^In attendance for this item/i,
  /\bprovided (?:an|the) (?:update|briefing|overview)\b/i,
];

export const opensItem = (text: string) => OPENING.some((rx) => rx.test(text));

const startsLower = (b: Block) => /^[a-z]/.test(bodyText(b).replace(/^["'‘“(]+/, ""));

/**
 * A sentence cut by a page break and resumed on the next page with a capitalised word ("… that the damp
 * and mould" / "- 2 -" / "Action Plan be published quarterly."): the paragraph before the break ends on a
 * word in lower case with no stop, and the one after is plain text — no label, no decision, no heading.
 * Only across a page's furniture: across a heading, or with no break between, a capital starts afresh.
 */
function resumesAfterPageBreak(p: Block, b: Block): boolean {
  if (p.kind !== "text" || b.kind !== "text" || b.marker !== null || p.mdLevel !== null || b.mdLevel !== null || p.bold || b.bold) return false;
  const before = p.text.trim();
  if (!/[a-z,]$/.test(before) || /\b[ap]\.?m$/i.test(before) || before.split(/\s+/).length < 6 || MEETING_CLOSED.test(before)) return false;
  const after = bodyText(b).trim();
  return /^[A-Z][a-z]/.test(after) && !DECISION_LINE_START.test(after) && !/^[^.!?]{0,60}:/.test(after) && /[.!?:;)"”]$/.test(after) && after.split(/\s+/).length >= 3;
}

export interface Assignment {
  /** Block indices of the preamble (before the first item). */
  preamble: number[];
  /** Body block indices per heading, in source order. */
  bodies: number[][];
  /** Blocks merged into an earlier one (continuations); their text now lives there. */
  merged: Set<number>;
  /** Headings whose body start was moved past text that belonged to the previous item (block line). */
  displaced: { heading: number; line: number }[];
}

/** Assign every block to the preamble or an item, repairing displaced headings. Mutates merged blocks' text. */
export function assignBlocks(blocks: Block[], headings: Heading[]): Assignment {
  const headingAt = new Map<number, number>();
  headings.forEach((h, k) => headingAt.set(h.block, k));
  const consumed = new Set<number>(headings.flatMap((h) => h.titleBlocks));
  // 1. Titles completed by a short line printed apart ("316 Confirmation of the Minutes of" … "the Previous Meeting").
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    if (h.splitLine) continue;
    const limit = k + 1 < headings.length ? headings[k + 1]!.block : blocks.length;
    if (!CONNECTOR_END.test(h.title)) continue;
    for (let j = h.block + 1; j < Math.min(limit, h.block + 4); j++) {
      const b = blocks[j]!;
      if (b.kind !== "text") continue;
      const words = b.text.split(/\s+/).length;
      if (words <= 6 && !TERMINAL.test(b.text) && (startsLower(b) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(b.text))) {
        h.title = `${h.title} ${b.text}`.replace(/\s+/g, " ");
        h.titleBlocks.push(j);
        consumed.add(j);
        break;
      }
    }
  }
  // 2. Continuations: a paragraph starting in lowercase finishes the last unfinished paragraph.
  const merged = new Set<number>();
  const crossedHeadings = new Set<number>();
  let lastContent = -1;
  let headingsSince: number[] = [];
  // A page break (page number, running header or footer) since the last paragraph.
  let pageBreak = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "furniture") pageBreak = true;
    if (b.kind === "furniture" || consumed.has(i)) continue;
    const hk = headingAt.get(i);
    if (hk !== undefined && !headings[hk]!.splitLine) {
      headingsSince.push(hk);
      continue;
    }
    if (b.kind !== "table" && lastContent >= 0 && (startsLower(b) || (pageBreak && headingsSince.length === 0 && resumesAfterPageBreak(blocks[lastContent]!, b))) && (b.marker === null || b.marker === "-")) {
      const p = blocks[lastContent]!;
      if (p.kind !== "table" && !TERMINAL.test(p.text.trim()) && p.mdLevel === null) {
        p.text = joinLines([p.text, bodyText(b)]);
        p.end = Math.max(p.end, b.end);
        (p.joinedFrom ??= []).push(i);
        merged.add(i);
        for (const hk2 of headingsSince) crossedHeadings.add(hk2);
        pageBreak = false;
        continue;
      }
    }
    lastContent = i;
    headingsSince = [];
    pageBreak = false;
  }
  // 3. Bodies, with displaced headings repaired.
  const first = headings.length ? headings[0]!.block : blocks.length;
  const preamble: number[] = [];
  for (let i = 0; i < first; i++) if (!merged.has(i) && !consumed.has(i)) preamble.push(i);
  const bodies: number[][] = headings.map((h, k) => {
    const end = k + 1 < headings.length ? headings[k + 1]!.block : blocks.length;
    const out: number[] = [];
    if (h.splitLine) out.push(h.block);
    for (let i = h.block + 1; i < end; i++) if (!merged.has(i) && !consumed.has(i)) out.push(i);
    return out;
  });
  const displaced: Assignment["displaced"] = [];
  const docDisplaced = crossedHeadings.size > 0;
  for (let k = 0; k < headings.length; k++) {
    const body = bodies[k]!;
    if (body.length === 0) continue;
    const prevList = k > 0 ? bodies[k - 1]! : preamble;
    const pIdx = prevList.length ? prevList[prevList.length - 1]! : -1;
    const p = pIdx >= 0 ? blocks[pIdx]! : null;
    const crossed = crossedHeadings.has(k);
    let continues = false;
    if (docDisplaced && p && p.kind === "list-item") {
      const firstList = body.findIndex((i) => blocks[i]!.kind === "list-item");
      if (firstList >= 0 && firstList <= 1 && !body.slice(0, firstList).some((i) => /:\s*$/.test(blocks[i]!.text)) && !opensItem(blocks[body[0]!]!.text))
        continues = true;
    }
    // A decision at the head of an item that names the previous item's subject, not its own ("29/24
    // PLACEMENT SUFFICIENCY … / RESOLVED:- That the SEND travel assistance update be noted"): the
    // heading was printed above the end of the previous item.
    const previousDecision = k > 0 && decidesPreviousSubject(blocks[body[0]!]!, headings[k - 1]!.title, headings[k]!.title);
    if (!crossed && !continues && !previousDecision) continue;
    // A heading printed inside the previous item's last sentence (the sentence runs on under it) and
    // followed first by a decision: that decision closes the previous item, whose sentence it follows.
    const decisionAfterCrossing = crossed && DECISION_LINE_START.test(blocks[body[0]!]!.text);
    if (opensItem(blocks[body[0]!]!.text) && !continues) continue;
    // Find where the item's own text starts.
    let start = -1;
    let fallback = -1;
    for (let j = 0; j < body.length; j++) {
      const b = blocks[body[j]!]!;
      if (b.kind !== "text" || startsLower(b)) continue;
      // The paragraph before, past a page's furniture (its number, its running header).
      let before = p;
      for (let x = j - 1; x >= 0; x--) if (blocks[body[x]!]!.kind !== "furniture") {
        before = blocks[body[x]!]!;
        break;
      }
      if (before && before.kind !== "table" && !TERMINAL.test(before.text.trim())) continue;
      // After a displaced decision, the item's own text is the first paragraph that is not a decision.
      if (opensItem(b.text) || ((previousDecision || decisionAfterCrossing) && j > 0 && !DECISION_LINE_START.test(b.text))) {
        start = j;
        break;
      }
      if (fallback < 0 && before && before.kind === "list-item" && j > 0) fallback = j;
    }
    if (start < 0) start = fallback;
    if (start <= 0) continue;
    const moved = body.splice(0, start);
    prevList.push(...moved);
    displaced.push({ heading: k, line: blocks[headings[k]!.block]!.start });
  }
  return { preamble, bodies, merged, displaced };
}
