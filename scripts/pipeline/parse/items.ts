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
import { bodyText, joinLines } from "./segment.ts";

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
}

const NUM = String.raw`(\d{1,5}\/\d{2,4}|\d{1,5}|[A-Z](?=[.)]))`;
const PREFIX = String.raw`(?:(?:agenda\s+)?item(?:\s+no\.?)?|min(?:ute)?s?\.?(?:\s+(?:ref|no)\.?)?|minute\s+number)\s*`;
const HEAD_RX = new RegExp(String.raw`^(${PREFIX})?${NUM}\s*[.:)]?\s*(?:[-–—:]\s*)?\s+([A-Z0-9"'‘“(£][^]*)$`, "i");

function titleOk(title: string): boolean {
  const t = title.trim();
  if (!t || t.length > 200) return false;
  const words = t.split(/\s+/);
  if (words.length > 18) return false;
  if (!/^[A-Z0-9"'‘“(£]/.test(t)) return false;
  if (/[.;,]$/.test(t) && !(t === t.toUpperCase() && words.length <= 8)) return false;
  if (/\b(?:is|are|was|were|be|that|will|would|should)\s*:?$/i.test(t)) return false;
  // A sentence, not a heading: "2. The Committee believes that …".
  if (/\b(?:is|are|was|were|will|would|should|be|has|have|had|that)\b/.test(t) && words.length > 8 && t !== t.toUpperCase()) return false;
  return true;
}

export function parseHeadingText(text: string): { number: string; title: string; prefixed: boolean } | null {
  if (!/^\s*(?:\d|item|min|agenda|[A-Z][.)])/i.test(text)) return null;
  const m = HEAD_RX.exec(text.trim());
  if (!m) return null;
  const prefixed = !!m[1];
  const number = m[2]!;
  if (/^[A-Z]$/i.test(number) && !prefixed) return null;
  if (/^[a-z]$/.test(number)) return null;
  const title = m[3]!.trim().replace(/[:.]$/, "").trim();
  if (!titleOk(title)) return null;
  // "23 October 2019" is a date, not item 23.
  if (/^\d{1,2}$/.test(number) && /^(?:st|nd|rd|th\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i.test(title)) return null;
  return { number, title, prefixed };
}

function familyOf(number: string, prefixed: boolean): { family: string; value: number } {
  const slash = /^(\d+)\/(\d+)$/.exec(number);
  if (slash) return { family: `slash/${slash[2]!.length}`, value: Number(slash[1]) };
  // "Item 9 –" headings and the "1.", "2." parts of a decision under them are two numberings, not one.
  if (/^\d+$/.test(number)) return { family: prefixed ? "prefixed-int" : "int", value: Number(number) };
  return { family: "letter", value: number.toUpperCase().charCodeAt(0) - 64 };
}

const isAllCaps = (s: string) => /[A-Z]{3}/.test(s) && s === s.toUpperCase();

/** Candidate headings, then the longest run of consistently increasing numbers. */
export function findHeadings(blocks: Block[]): Heading[] {
  const cands: Heading[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "table" || b.kind === "furniture") continue;
    // A bold or markdown block is one heading even over two lines ("**319 Alternative / Delivery Model**");
    // otherwise a heading line followed by body lines in the same block is split from them.
    let parsed: ReturnType<typeof parseHeadingText> = null;
    let splitLine = false;
    if (b.lines.length > 1 && !b.bold && b.mdLevel === null) {
      const first = parseHeadingText(b.lines[0]!);
      if (first && (isAllCaps(first.title) || first.prefixed || /\//.test(first.number) || !/[.:;,]$/.test(b.lines[0]!.trim()) && /[.!?]$/.test(b.text.trim()))) {
        parsed = first;
        splitLine = true;
      }
    }
    if (!parsed && b.lines.length <= 3) parsed = parseHeadingText(b.text);
    if (!parsed) continue;
    const { family, value } = familyOf(parsed.number, parsed.prefixed);
    const strong = b.mdLevel !== null || b.bold || isAllCaps(parsed.title) || parsed.prefixed || family.startsWith("slash");
    cands.push({ block: i, number: parsed.number, title: parsed.title, value, family, strong, titleBlocks: [], splitLine });
  }
  if (cands.length === 0) return [];
  // Dominant numbering family (strong candidates count double).
  const weight = new Map<string, number>();
  for (const c of cands) weight.set(c.family, (weight.get(c.family) ?? 0) + (c.strong ? 2 : 1));
  let fam = "";
  let best = -1;
  for (const [f, w] of weight) if (w > best) [fam, best] = [f, w];
  const fc = cands.filter((c) => c.family === fam);
  // "Min Ref 18/031, 18/032 …": when the first part stays the same it is the year; count by the second.
  if (fam.startsWith("slash")) {
    const firsts = new Set(fc.map((c) => c.number.split("/")[0]));
    const seconds = new Set(fc.map((c) => c.number.split("/")[1]));
    if (firsts.size < seconds.size) for (const c of fc) c.value = Number(c.number.split("/")[1]);
  }
  return longestIncreasing(fc);
}

/** Longest strictly increasing subsequence by value (patience sorting, O(n log n)). */
function longestIncreasing(cs: Heading[]): Heading[] {
  const tails: number[] = [];
  const prev: number[] = new Array(cs.length).fill(-1);
  for (let i = 0; i < cs.length; i++) {
    const v = cs[i]!.value;
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cs[tails[mid]!]!.value < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: Heading[] = [];
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.push(cs[k]!);
    k = prev[k]!;
  }
  return out.reverse();
}

const CONNECTOR_END = /(?:\b(?:of|and|the|for|to|in|on|with|from|by|a|an|at|into|under|&)|[-–—,])$/i;
const TERMINAL = /[.!?:;"”’)\]]$/;

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
  const consumed = new Set<number>();
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
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "furniture" || consumed.has(i)) continue;
    const hk = headingAt.get(i);
    if (hk !== undefined && !headings[hk]!.splitLine) {
      headingsSince.push(hk);
      continue;
    }
    if (b.kind !== "table" && lastContent >= 0 && startsLower(b) && (b.marker === null || b.marker === "-")) {
      const p = blocks[lastContent]!;
      if (p.kind !== "table" && !TERMINAL.test(p.text.trim()) && p.mdLevel === null) {
        p.text = joinLines([p.text, bodyText(b)]);
        p.end = Math.max(p.end, b.end);
        (p.joinedFrom ??= []).push(i);
        merged.add(i);
        for (const hk2 of headingsSince) crossedHeadings.add(hk2);
        continue;
      }
    }
    lastContent = i;
    headingsSince = [];
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
    if (!crossed && !continues) continue;
    if (opensItem(blocks[body[0]!]!.text) && !continues) continue;
    // Find where the item's own text starts.
    let start = -1;
    let fallback = -1;
    for (let j = 0; j < body.length; j++) {
      const b = blocks[body[j]!]!;
      if (b.kind !== "text" || startsLower(b)) continue;
      const before = j > 0 ? blocks[body[j - 1]!]! : p;
      if (before && before.kind !== "table" && !TERMINAL.test(before.text.trim())) continue;
      if (opensItem(b.text)) {
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
