// Unnumbered sections: a document with no item numbering still has structure. Short heading-like
// lines — in capitals, or ending in a colon ("Purpose of report:"), or in title case — standing as a
// block of their own after a blank line, with a paragraph after them, are its sections, when the same
// style recurs (a heading in capitals may have its text on the next lines of its block). Such a section has no number (null in the record) and an anchor by position.
import type { Block } from "./segment.ts";
import type { Heading } from "./items.ts";
import { DECISION_LINE_START } from "./cues.ts";
import { cleanTitle, familyKey, itemToken, titleOk } from "./numbering.ts";

type Style = "caps" | "colon" | "title";

/** Words a heading does not end on: "The Committee is requested to:" is a lead-in, not a heading. */
const TRAILING_FUNCTION_WORD =
  /\b(?:to|that|the|a|an|of|and|or|by|for|with|in|on|at|from|is|are|was|were|be|as|follows|following|including|included|include|it|this|these|which|who|namely)$/i;
const MINOR_WORD = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|–|-|&)$/i;

function headingStyle(line: string): Style | null {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length > 12 || t.length < 3) return null;
  if (!/^[A-Z\u00C0-\u00DE]/.test(t)) return null;
  // No sentence: no full stop at the end or inside, no question.
  if (/[.;!?,]$/.test(t) || /\.\s/.test(t)) return null;
  const bare = t.replace(/:$/, "").trim();
  if (!bare || TRAILING_FUNCTION_WORD.test(bare)) return null;
  if (/[A-Z]{3}/.test(bare) && bare === bare.toUpperCase()) return "caps";
  if (t.endsWith(":")) return /:/.test(bare) ? null : "colon";
  if (/:/.test(t)) return null;
  const significant = words.filter((w) => /[A-Za-z]/.test(w) && !MINOR_WORD.test(w));
  if (significant.length >= 2 && significant.every((w) => /^[^a-z]*[A-Z0-9]/.test(w))) return "title";
  return null;
}

/** Running text: a block that ends a sentence or clause, or is too long to be a title. */
function isParagraph(b: Block): boolean {
  if (b.kind !== "text" && b.kind !== "list-item") return false;
  const t = b.text.trim();
  const words = t.split(/\s+/).length;
  // A numbered paragraph's first line counts too ("1.   The Plan sets out how the Council …").
  return /[.:;!?"”’)]$/.test(t) || words >= 20 || (words >= 8 && (b.marker !== null || /^\d{1,3}\.?\s/.test(t)));
}

/**
 * Each block that is not page furniture, with its index and whether a blank line comes before it;
 * furniture between two blocks (a page's header or footer) is not a blank line between them.
 */
function* textBlocks(blocks: Block[]): Generator<{ i: number; b: Block; blankBefore: boolean }> {
  let prevEnd = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "furniture") continue;
    yield { i, b, blankBefore: prevEnd < 0 || b.start > prevEnd + 1 };
    prevEnd = b.end;
  }
}

/** The index of the first block after block `i` that is not page furniture (`blocks.length` when none is). */
function nextTextBlock(blocks: Block[], i: number): number {
  let j = i + 1;
  while (j < blocks.length && blocks[j]!.kind === "furniture") j++;
  return j;
}

/**
 * The unnumbered section headings of `blocks` from block `from` on: heading-like blocks with a blank
 * line before and a paragraph after, of the style that recurs most (at least twice).
 */
export function findUnnumberedSections(blocks: Block[], from: number): Heading[] {
  const found: { block: number; style: Style; title: string; splitLine: boolean }[] = [];
  for (const { i, b, blankBefore } of textBlocks(blocks)) {
    if (i < from || !blankBefore) continue;
    if (b.kind !== "text" || b.marker) continue;
    const style = headingStyle(b.lines[0] ?? "");
    if (!style) continue;
    if (b.lines.length === 1) {
      const next = blocks[nextTextBlock(blocks, i)];
      if (!next || !isParagraph(next)) continue;
      found.push({ block: i, style, title: b.text.trim(), splitLine: false });
    } else if (style === "caps") {
      // A heading in capitals with its text on the following lines of the same block.
      const rest = b.lines.slice(1).join(" ").trim();
      if (!/[a-z]/.test(rest) || !(/[.:;!?"”’)]$/.test(rest) || rest.split(/\s+/).length >= 20)) continue;
      found.push({ block: i, style, title: b.lines[0]!.trim(), splitLine: true });
    }
  }
  const counts = new Map<Style, number>();
  for (const f of found) counts.set(f.style, (counts.get(f.style) ?? 0) + 1);
  let best: Style | null = null;
  for (const [style, n] of counts) if (n >= 2 && (!best || n > counts.get(best)!)) best = style;
  if (!best) return [];
  return found
    .filter((f) => f.style === best)
    .map((f, k) => ({
      block: f.block,
      number: "",
      title: f.title.replace(/\s*:$/, ""),
      value: k + 1,
      family: `unnumbered:${best}`,
      strong: true,
      titleBlocks: [],
      splitLine: f.splitLine,
      cue: `unnumbered heading (${best === "caps" ? "in capitals" : best === "colon" ? "ending in a colon" : "in title case"}) after a blank line, before a paragraph; its style recurs`,
    }));
}

/**
 * A report's numbered "headings" that are really its numbered paragraphs: the numbered line is the
 * first line of a sentence wrapped onto the next (a long run of words, the block going on).
 */
export function numberedParagraphs(blocks: Block[], headings: Heading[]): boolean {
  if (headings.length < 2) return false;
  const continues = (h: Heading) => {
    if (h.splitLine) return blocks[h.block]!.lines.length >= 2;
    const next = blocks.slice(h.block + 1).find((b) => b.kind !== "furniture");
    return !!next && /^[a-z0-9(“"‘']/.test(next.text.trim());
  };
  const paragraphLike = headings.filter((h) => h.title.split(/\s+/).length >= 10 && continues(h));
  return paragraphLike.length * 2 > headings.length;
}

/**
 * Minutes numbered item by item can still carry a section heading without a number between two items
 * ("PLANNING APPLICATIONS" over the applications, "OPEN FORUM" while the meeting is adjourned): a line
 * in capitals standing after a blank line, with the section's own paragraph after it (on the next
 * lines of its block or in the next block), between the first and the last numbered heading. Such a
 * section is an item of its own, with no number. A decision label, an attendance label or a signature
 * line in capitals is not a section (`isLabel`).
 */
export function interleavedSections(blocks: Block[], headings: Heading[], isLabel: (line: string) => boolean): Heading[] {
  if (headings.length < 2) return [];
  const numbered = new Set(headings.map((h) => h.block));
  const titled = new Set(headings.flatMap((h) => h.titleBlocks));
  const first = headings[0]!.block;
  const last = headings[headings.length - 1]!.block;
  // A section heading stands at the items' margin; a line in capitals indented like the items' text
  // is a sub-heading inside an item ("RECOMMENDATIONS TO THE COMMISSIONER" over an item's R1, R2).
  const indent = (b: Block) => /^[ \t]*/.exec(b.raw[0] ?? "")![0].replace(/\t/g, "    ").length;
  const margin = Math.min(...headings.map((h) => indent(blocks[h.block]!)));
  const out: Heading[] = [];
  for (const { i, b, blankBefore } of textBlocks(blocks)) {
    if (i <= first || i >= last || !blankBefore || numbered.has(i) || titled.has(i)) continue;
    if (b.kind !== "text" || b.marker || b.mdLevel !== null || indent(b) > margin) continue;
    const line = b.lines[0]!.trim();
    if (headingStyle(line) !== "caps" || line.split(/\s+/).length < 2 || isLabel(line)) continue;
    let splitLine = false;
    if (b.lines.length > 1) {
      const rest = b.lines.slice(1).join(" ").trim();
      if (!/[a-z]/.test(rest) || !/[.:;!?"”’)]$/.test(rest)) continue;
      splitLine = true;
    } else {
      const j = nextTextBlock(blocks, i);
      const next = blocks[j];
      if (!next || numbered.has(j) || !isParagraph(next)) continue;
    }
    // A section holds no decision before the next numbered item: a heading in capitals with the
    // item's decision under it ("PUBLIC SPEAKING" … "RESOLVED –") is a sub-heading of that item.
    const nextItem = Math.min(...[...numbered].filter((n) => n > i));
    if (blocks.slice(i, nextItem).some((x, k) => x.kind !== "furniture" && DECISION_LINE_START.test((k === 0 && splitLine ? x.lines.slice(1).join(" ") : x.text).trim()))) continue;
    out.push({
      block: i,
      number: "",
      title: line.replace(/\s*:$/, ""),
      value: 0,
      family: "unnumbered:interleaved",
      strong: true,
      titleBlocks: [],
      splitLine,
      cue: "a section heading in capitals between numbered items, before its own paragraph",
    });
    out.push(...nestedRun(blocks, i + 1, nextItem, headings[0]!.family));
  }
  return out;
}

/**
 * Items numbered afresh inside an unnumbered section ("OPEN FORUM" / "1. Dog fouling" / "2. Speedwatch"
 * between items 6 and 7): a run of the items' own numbering that starts again at 1 and goes up by one,
 * each a title line with text after it. They are items of their own; numbers as written.
 */
function nestedRun(blocks: Block[], from: number, to: number, family: string): Heading[] {
  const run: Heading[] = [];
  for (let j = from; j < to; j++) {
    const b = blocks[j]!;
    if (b.kind === "furniture" || b.kind === "table") continue;
    const tok = itemToken(b.lines[0] ?? "");
    if (!tok || tok.sub !== null || familyKey(tok) !== family || tok.parts.length !== 1) continue;
    if (tok.parts[0] !== run.length + 1) continue;
    const title = cleanTitle(tok.rest);
    if (!titleOk(title) || /[.;,]$/.test(tok.rest.trim())) continue;
    const splitLine = b.lines.length > 1;
    if (splitLine && !/[.:;!?"”’)]$/.test(b.lines.slice(1).join(" ").trim())) continue;
    if (!splitLine) {
      let k = j + 1;
      while (k < to && blocks[k]!.kind === "furniture") k++;
      if (k >= to || !isParagraph(blocks[k]!)) continue;
    }
    run.push({ block: j, number: tok.number.replace(/[.:]$/, ""), title, value: tok.parts[0]!, family, strong: true, titleBlocks: [], splitLine, cue: "an item numbered afresh inside an unnumbered section" });
  }
  return run.length >= 2 ? run : [];
}
