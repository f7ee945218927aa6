// Page coverage: nothing lost on the page. The record's coverage check (coverage.ts) proves the record
// keeps every word of the source; this proves the rendered document page shows them: every word of the
// source except what the record classes as furniture appears in the page's searchable text
// (page-text.ts: what Pagefind indexes), in source order, inside the section of the item whose lines
// hold it (words outside every item, in the text before the items). A page may show more (labels,
// markers, notices); it may not show less.
//
// Cost: one pass over the HTML, then a streaming in-order match — for each source word, its next
// occurrence at or after the match point in its region (a binary search in that word's positions), so
// a page costs O(words · log words) however much it lost. Greedy earliest matching is exact for "the
// source is a subsequence of the page": a page that shows everything always passes. A missing word
// leaves the match point where it was, so one loss does not hide the words after it.
import type { DocumentRecord } from "../../../src/schema/record.ts";
import { sourceWords, words, type SourceWord } from "./coverage.ts";
import { pageText } from "./page-text.ts";

export interface PageLoss {
  /** Line of the source (1-based). */
  line: number;
  word: string;
  /** The anchor of the item the word belongs to, or null for text outside the items. */
  item: string | null;
}

export interface PageCoverageResult {
  /** Source words the page must show (all but furniture). */
  total: number;
  missing: PageLoss[];
  /** Words the page shows, but not in source order: before words that come before them in the source. */
  outOfOrder: PageLoss[];
  /** False when the page has no searchable body at all (then every word is missing). */
  bodyFound: boolean;
}

class Region {
  private readonly positions = new Map<string, number[]>();
  /** Positions matched out of order (only ever behind `at`). */
  private readonly taken: Uint8Array;
  /** Where the next word must be found from. */
  at = 0;
  constructor(text: string) {
    const ws = words(text);
    this.taken = new Uint8Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
      const list = this.positions.get(ws[i]!);
      if (list) list.push(i);
      else this.positions.set(ws[i]!, [i]);
    }
  }
  /** The first position of `word` at or after `from`, or -1. */
  find(word: string, from: number): number {
    const list = this.positions.get(word);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo]! : -1;
  }
  /** Matches the word at `position`: the next word is looked for after it. */
  take(position: number): void {
    this.taken[position] = 1;
    this.at = position + 1;
  }
  /** Takes an occurrence of `word` behind the match point that no word matched yet; false when there is none. */
  takeBehind(word: string): boolean {
    for (const p of this.positions.get(word) ?? []) {
      if (p >= this.at) return false;
      if (this.taken[p]) continue;
      this.taken[p] = 1;
      return true;
    }
    return false;
  }
}

type RecordLike = Pick<DocumentRecord, "items" | "furniture" | "preamble">;

/**
 * Which region each source line belongs to: an item's anchor, "" for outside the items, null for
 * furniture. Where the record says: an item's line range, then — as ranges can overlap when a
 * two-column layout interleaves an item's last lines with the next heading — the lines of each kept
 * paragraph and item heading, then furniture, which is kept apart from the text whatever its place.
 */
function lineOwners(record: RecordLike, lineCount: number): (string | null)[] {
  const owners: (string | null)[] = new Array(lineCount + 2).fill("");
  const own = (lines: readonly [number, number], owner: string | null) => {
    for (let l = Math.max(1, lines[0]); l <= Math.min(lineCount, lines[1]); l++) owners[l] = owner;
  };
  for (const item of record.items) own(item.lines, item.anchor);
  for (const p of record.preamble) own(p.lines, "");
  for (const item of record.items) for (const p of item.paragraphs) own(p.lines, item.anchor);
  for (const item of record.items) own([item.lines[0], item.lines[0]], item.anchor);
  for (const f of record.furniture) own(f.lines, null);
  return owners;
}

/**
 * The lines that print each item's heading: around its first line, the lines whose words continue the
 * heading's words (as printed, else number and title), skipping lines that do not — a two-column
 * layout prints "316 Confirmation of the Minutes of", a line of the text, then "the Previous Meeting".
 * A parser may start an item's lines after its heading ("Min Ref 18/031 Apologies for absence" on the
 * line before), so the few lines before it count too when no paragraph holds them.
 * The page shows the heading first, so these words come first in the item's order.
 */
function headingLines(record: RecordLike, wordsByLine: ReadonlyMap<number, string[]>): Map<number, string> {
  const inParagraphs = new Set<number>();
  for (const p of [...record.preamble, ...record.items.flatMap((i) => i.paragraphs)]) {
    for (let l = p.lines[0]; l <= p.lines[1]; l++) inParagraphs.add(l);
  }
  const out = new Map<number, string>();
  for (const item of record.items) {
    const heading = words(item.heading || `${item.number} ${item.title}`);
    let k = 0;
    let start = item.lines[0];
    while (start > 1 && item.lines[0] - start < HEADING_LINES_BEFORE && !inParagraphs.has(start - 1) && !out.has(start - 1)) start--;
    for (let l = start; l <= Math.min(item.lines[1], item.lines[0] + HEADING_LINES) && k < heading.length; l++) {
      const ws = wordsByLine.get(l);
      if (!ws || k + ws.length > heading.length || !ws.every((w, i) => heading[k + i] === w)) continue;
      out.set(l, item.anchor);
      k += ws.length;
    }
  }
  return out;
}

/** How far after its first line a heading may continue (a heading printed over a few short lines). */
const HEADING_LINES = 8;
/** How far before an item's first line its heading may start. */
const HEADING_LINES_BEFORE = 3;

export function checkPageCoverage(sourceText: string, record: RecordLike, html: string): PageCoverageResult {
  const page = pageText(html, new Set(record.items.map((i) => i.anchor)));
  const regions = new Map<string, Region>();
  regions.set("", new Region(page.outside));
  for (const item of record.items) regions.set(item.anchor, new Region(page.items.get(item.anchor) ?? ""));
  const source = sourceWords(sourceText);
  const owners = lineOwners(record, source.at(-1)?.line ?? 0);
  const wordsByLine = new Map<number, string[]>();
  for (const { word, line, halves } of source) {
    if (halves) continue; // a broken word never belongs to a heading line
    const ws = wordsByLine.get(line);
    if (ws) ws.push(word);
    else wordsByLine.set(line, [word]);
  }
  const headings = headingLines(record, wordsByLine);
  const missing: PageLoss[] = [];
  const outOfOrder: PageLoss[] = [];
  let total = 0;
  const match = ({ word, line, halves }: SourceWord, owner: string) => {
    total++;
    const region = regions.get(owner)!;
    const whole = region.find(word, region.at);
    if (halves) {
      // Broken at a line's end: shown joined ("coordination") or as its two halves ("co-ordination").
      const first = region.find(halves[0], region.at);
      const second = first < 0 ? -1 : region.find(halves[1], first + 1);
      if (second >= 0 && (whole < 0 || second < whole)) {
        region.take(first);
        region.take(second);
        return;
      }
    }
    if (whole >= 0) {
      region.take(whole);
      return;
    }
    const loss = { line, word: halves ? `${halves[0]}-${halves[1]}` : word, item: owner === "" ? null : owner };
    // Shown, but before words that precede it in the source.
    if (region.takeBehind(word) || (halves && region.takeBehind(halves[0]) && region.takeBehind(halves[1]))) outOfOrder.push(loss);
    else missing.push(loss);
  };
  // Each item's heading first, as the page shows it; then every other word in source order.
  for (const w of source) {
    const owner = headings.get(w.line);
    if (owner !== undefined && !w.halves) match(w, owner);
  }
  for (const w of source) {
    if (!w.halves && headings.has(w.line)) continue;
    const owner = owners[w.line];
    if (owner === null || owner === undefined) continue; // furniture: kept apart from the text
    match(w, owner);
  }
  const byLine = (a: PageLoss, b: PageLoss) => a.line - b.line;
  return { total, missing: missing.sort(byLine), outOfOrder: outOfOrder.sort(byLine), bodyFound: page.found };
}

export interface LossRun {
  lines: [number, number];
  item: string | null;
  words: string[];
}

/** Missing words grouped into runs of neighbouring lines of one item, for a message a person can act on. */
export function lossRuns(missing: readonly PageLoss[]): LossRun[] {
  const runs: LossRun[] = [];
  for (const m of missing) {
    const last = runs.at(-1);
    if (last && last.item === m.item && m.line - last.lines[1] <= 2) {
      last.lines[1] = m.line;
      last.words.push(m.word);
    } else runs.push({ lines: [m.line, m.line], item: m.item, words: [m.word] });
  }
  return runs;
}

/** One line per run: `lines 156–172 (item-4): allowing select committee members …` (at most `maxWords` words each). */
export function describeLoss(missing: readonly PageLoss[], maxWords = 16): string[] {
  return lossRuns(missing).map((run) => {
    const lines = run.lines[0] === run.lines[1] ? `line ${run.lines[0]}` : `lines ${run.lines[0]}–${run.lines[1]}`;
    const shown = run.words.slice(0, maxWords).join(" ") + (run.words.length > maxWords ? ` … (${run.words.length} words)` : "");
    return `${lines} (${run.item ?? "outside the items"}): ${shown}`;
  });
}
