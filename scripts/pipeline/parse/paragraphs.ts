// Paragraphs: blocks turned into the record's paragraphs (text, list item, heading, table), with
// anchors `<prefix>-p<n>` numbered by position.
import type { Paragraph } from "../../../src/schema/record.ts";
import type { Block } from "./segment.ts";
import { displayText } from "./segment.ts";
import { tableOf } from "./tables.ts";
import { MEETING_CLOSED, SIGNATURE_LINE } from "./cues.ts";

const TERMINAL = /[.!?:;,"”’)]$/;

/** A short unpunctuated line standing alone is a sub-heading ("Budget Monitoring", "Foster Carers"). */
export function isSubHeading(b: Block): boolean {
  if (b.kind !== "text") return false;
  if (b.mdLevel !== null || b.bold) return true;
  const t = b.text.trim();
  if (b.lines.length !== 1 || TERMINAL.test(t) || !/^[A-Z]/.test(t) || t.split(/\s+/).length > 8) return false;
  return !SIGNATURE_LINE.test(t) && !MEETING_CLOSED.test(t);
}

export function toParagraph(b: Block, anchor: string): Paragraph {
  const lines: [number, number] = [b.start, Math.max(b.start, b.end)];
  if (b.kind === "table") {
    const t = tableOf(b);
    return {
      anchor,
      kind: "table",
      text: t.rows.map((r) => r.join("\t")).join("\n"),
      rows: t.rows,
      header: t.header,
      level: null,
      marker: null,
      lines,
    };
  }
  // A lone "&" or "and" between list items joins them: it is not an item of its own.
  const joiner = b.kind === "list-item" && /^(?:&|and)$/i.test(displayText(b).trim());
  const kind: Paragraph["kind"] = b.kind === "list-item" && !joiner ? "list-item" : isSubHeading(b) ? "heading" : "text";
  return {
    anchor,
    kind,
    text: kind === "list-item" || joiner ? displayText(b) : b.text,
    rows: null,
    header: false,
    level: kind === "heading" ? (b.mdLevel ?? 3) : kind === "list-item" ? 0 : null,
    marker: b.marker,
    lines,
  };
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9" };
const FOOTNOTE_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+\S/;
const CONTENTS_TITLE = /^(?:table\s+of\s+)?contents\s*:?$/i;

/** The number of a footnote whose text starts with its superscript mark ("² Statutory guidance …"). */
export function footnoteMark(text: string): string | null {
  const m = FOOTNOTE_START.exec(text);
  return m ? [...m[1]!].map((c) => SUPERSCRIPT_DIGITS[c]).join("") : null;
}

export function toParagraphs(blocks: Block[], prefix: string): Paragraph[] {
  return blocks.map((b, i) => {
    const p = toParagraph(b, `${prefix}-p${i + 1}`);
    if (p.kind === "table" && CONTENTS_TITLE.test(blocks[i - 1]?.text.trim() ?? "")) p.contents = true;
    const mark = p.kind === "text" ? footnoteMark(p.text) : null;
    if (mark) p.footnote = mark;
    return p;
  });
}

/**
 * A paragraph's words without the paragraph number the print puts before them ("1.1 The report …" →
 * "The report …"); a list's own markers ("(a)", "(1)", "b.") are part of what it says and stay.
 */
export function ownText(p: Paragraph): string {
  if (p.kind === "table" || !p.marker || !/^\d{1,3}(?:\.\d{1,3})*\.?$/.test(p.marker) || !p.text.startsWith(p.marker)) return p.text;
  return p.text.slice(p.marker.length).trimStart();
}
