// Segment: lines grouped into blocks the way a reader sees them — paragraphs separated by blank
// lines, one block per list item, tables as runs of tab- or pipe-separated lines, markdown headings
// on their own — plus furniture (rules, page numbers, repeated running lines) set aside.
import { joinBrokenWord } from "./hyphenation.ts";
import type { Line } from "./lines.ts";
import { ATTACHMENT_LINK, ATTACHMENT_LIST_LABEL, DECISION_LINE_START, FURNITURE_LINES, REDUNDANT_DECISION_LABEL, UNWRAPPED_LINE } from "./cues.ts";

export type BlockKind = "text" | "list-item" | "table" | "furniture";

export interface Block {
  kind: BlockKind;
  /** 1-based first and last source line. */
  start: number;
  end: number;
  /** Plain text of each line (markup removed). */
  lines: string[];
  /** Each line as written (markup kept): table header rows are told by their bold cells. */
  raw: string[];
  /** Lines joined into running text (for tables: lines joined by newlines). */
  text: string;
  /** Markdown heading level when the block is a markdown heading. */
  mdLevel: number | null;
  bold: boolean;
  /** List or paragraph marker as written ("1.", "a)", "2.3", "-"). */
  marker: string | null;
  /** Set when the block was joined with a continuation printed after a page break or heading. */
  joinedFrom?: number[];
}

const BULLET = /^\s*(?:[-•*·▪◦–]|o(?=\s))\s+/;
const NUMBERED = /^\s*(\(?(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}[.)]|[a-z][.)]|\([a-z]{1,2}\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]))(?=\s+\S)\s+/;

/** The list marker that opens a line, if any: bullet, then an optional ordinal. */
export function listMarker(line: string): { marker: string; rest: string } | null {
  let rest = line;
  let marker: string | null = null;
  const b = BULLET.exec(rest);
  if (b) {
    rest = rest.slice(b[0].length);
    marker = "-";
  }
  const n = NUMBERED.exec(rest);
  if (n) {
    rest = rest.slice(n[0].length);
    marker = n[1]!;
  }
  return marker === null ? null : { marker, rest };
}

export function isTableLine(line: string): boolean {
  // A tab at the end of a line ("1.\t" before a title on the next line) separates no cells.
  if (line.endsWith("\t")) line = line.replace(/\t+$/, "");
  // "45.\tMINUTES": a heading whose number is tab-separated from its title is not a table.
  if (/^\s*(?:item\s+)?\d{1,5}(?:\/\d{1,4})?[.:)]?\t+[^\t]+$/i.test(line)) return false;
  return /\S\t|\t\S/.test(line) || /^\s*\|.*\|\s*$/.test(line);
}

function makeBlock(kind: BlockKind, lines: Line[], marker: string | null): Block {
  const texts = lines.map((l) => l.text);
  const text =
    kind === "table"
      ? texts.join("\n")
      : joinLines(texts.map((t) => t.trim()));
  return {
    kind,
    start: lines[0]!.n,
    end: lines[lines.length - 1]!.n,
    lines: texts,
    raw: lines.map((l) => l.raw),
    text,
    mdLevel: lines[0]!.mdLevel,
    bold: lines.every((l) => l.bold) || (lines.length > 1 && /^\s*(\*\*|<b>)/i.test(lines[0]!.raw) && /(\*\*|<\/b>)\s*$/i.test(lines[lines.length - 1]!.raw)),
    marker,
  };
}

/** Join the lines of one paragraph with spaces, undoing a word broken across a line end. */
export function joinLines(parts: string[]): string {
  let out = "";
  for (const p of parts) {
    if (!p) continue;
    out = out ? joinBrokenWord(out, p) : p;
  }
  return out;
}

/** Short lines that recur (running headers and footers, stray OCR banners) are furniture. */
function repeatedFurniture(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  // Each line trimmed once: the page-break test below looks at the neighbours of every line.
  const trimmed = lines.map((l) => l.text.trim());
  // A running header or footer prints next to the page number or rule it belongs with.
  const nearPageBreak = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = trimmed[i]!;
    if (!t || t.length > 100 || l.mdLevel !== null) continue;
    if (t.length <= 60) counts.set(t, (counts.get(t) ?? 0) + 1);
    if (!endsWithPunctuation(t) && pageBreakNear(lines, trimmed, i)) nearPageBreak.add(t);
  }
  for (const t of nearPageBreak) if (t.length > 60) counts.set(t, 0);
  for (const t of trimmed) {
    if (t.length > 60 && nearPageBreak.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<string>();
  // A running header printed beside its page number ("4    Report title" on one page, "Report title    5"
  // on the next): the same words three times or more beside different numbers, apart by a gap.
  const paged = new Map<string, Set<string>>();
  for (let i = 0; i < lines.length; i++) {
    const t = trimmed[i]!;
    if (t.length < 12 || t.length > 160) continue;
    const c0 = t.charCodeAt(0);
    const c1 = t.charCodeAt(t.length - 1);
    // Only a line that opens or ends with a digit can carry a page number.
    if (!(c0 >= 48 && c0 <= 57) && !(c1 >= 48 && c1 <= 57)) continue;
    // The gap is in the line as written (the plain text collapses it).
    const m = PAGED_LINE.exec(lines[i]!.raw.trim());
    const words = m ? (m[2] ?? m[3])! : null;
    if (!words || words.split(/\s+/).length < 3) continue;
    const set = paged.get(words) ?? new Set<string>();
    set.add(t);
    paged.set(words, set);
  }
  for (const [, lines] of paged) if (lines.size >= 3) for (const t of lines) out.add(t);
  for (const [t, c] of counts) {
    // Every rule below needs the line at least twice: most lines are printed once.
    if (c < 2) continue;
    const caps = t === t.toUpperCase() && /[A-Z]{2}/.test(t) && t.split(/\s+/).length >= 2;
    if (/\b(RESOLVED|AGREED|DECISION|RECOMMEND|NOTED|PRESENT|APOLOG|MINUTES|ITEM|NONE)/i.test(t)) continue;
    if (/^\d/.test(t)) continue;
    if ((caps && c >= 2) || (c >= 4 && !endsWithPunctuation(t) && t.split(/\s+/).length >= 3)) out.add(t);
    else if (c >= 2 && nearPageBreak.has(t) && t.split(/\s+/).length >= 3) out.add(t);
  }
  return out;
}

/** "4    Report title" / "Report title    5": a page number and a running header apart by a gap of three spaces or a tab. */
const PAGED_LINE = /^(\d{1,4})(?:\s{3,}|\t+)(\S.*\S)$|^(\S.*\S)(?:\s{3,}|\t+)(\d{1,4})$/;

/** Ends in `.`, `:`, `;` or `,` (`/[.:;,]$/` without a regex scan from every position). */
function endsWithPunctuation(t: string): boolean {
  const c = t[t.length - 1];
  return c === "." || c === ":" || c === ";" || c === ",";
}

/** A page number or rule within two lines (blank lines between them allowed); `trimmed[k]` is line k's text trimmed. */
function pageBreakNear(lines: Line[], trimmed: string[], i: number): boolean {
  for (let d = -1; d <= 1; d += 2) {
    for (let k = i + d, seen = 0; k >= 0 && k < lines.length && seen < 2; k += d) {
      if (!trimmed[k]) continue;
      if (lines[k]!.rule) return true;
      seen++;
    }
  }
  return false;
}

export function segment(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const furniture = repeatedFurniture(lines);
  let cur: Line[] = [];
  let curKind: BlockKind = "text";
  let curMarker: string | null = null;
  const flush = () => {
    if (cur.length) blocks.push(makeBlock(curKind, cur, curMarker));
    cur = [];
    curKind = "text";
    curMarker = null;
  };
  // Inside a web page's list of attachments ("Additional documents:" then one link a line).
  let attachmentList = false;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    const t = l.text;
    if (!t.trim()) {
      flush();
      continue;
    }
    const listed: boolean = attachmentList && ATTACHMENT_LINK.test(t);
    attachmentList = listed || ATTACHMENT_LIST_LABEL.test(t.trim());
    if (l.rule || listed || furniture.has(t.trim()) || isFurnitureLine(l.raw === t ? t.trim() : l.raw.trim()) || (l.raw !== t && isFurnitureLine(t.trim())) || redundantLabel(lines, li)) {
      flush();
      blocks.push(makeBlock("furniture", [l], null));
      continue;
    }
    if (l.mdLevel !== null) {
      flush();
      const lm = listMarker(t);
      blocks.push(makeBlock("text", [l], lm && lm.marker !== "-" ? lm.marker : null));
      continue;
    }
    if (isTableLine(t)) {
      if (curKind !== "table") flush();
      curKind = "table";
      cur.push(l);
      continue;
    }
    if (curKind === "table") flush();
    const lm = listMarker(t);
    if (lm) {
      flush();
      curKind = "list-item";
      curMarker = lm.marker;
      cur.push(l);
      continue;
    }
    cur.push(l);
  }
  flush();
  const out: Block[] = [];
  for (const b of blocks) {
    const rows = b.kind === "table" ? minutesTableRows(b, lines) : null;
    if (rows) out.push(...rows);
    else if (b.lines.length < 2) out.push(b);
    else for (const part of splitBlock(b)) out.push(part);
  }
  return out;
}

/** The first column of a table of minutes: "Minute No.", "Min Ref", "Item", "No.". */
const MINUTE_COLUMN = /^(?:min(?:ute)?s?\.?\s*(?:no\.?|number|ref(?:erence)?\.?)|item(?:\s+no\.?)?|no\.?|ref(?:erence)?\.?)$/i;
/** A minute's number in its own cell: "26/101", "7", "4.", "TC12", "P/24/3". */
const MINUTE_NUMBER_CELL = /^(?:[A-Z]{1,4}\s?\/?\s?)?\d{1,4}(?:[/.]\d{1,4}){0,2}\.?$/;
/** A minute's number and its title in one cell: "1. Apologies", "26/101 Christmas lights". */
const NUMBERED_TITLE_CELL = /^(?:[A-Z]{1,4}\s?\/?\s?)?\d{1,4}(?:[/.]\d{1,4}){0,2}[.):]?\s+[A-Z]/;
/** A column of a table of minutes holding what was decided or said. */
const DECISION_COLUMN = /\b(?:decisions?|resolutions?|resolved|minutes?|outcomes?|discussion|notes|agreed|actions?)\b/i;
const cellsOf = (line: string) => (/^\s*\|/.test(line) ? line.trim().replace(/^\||\|$/g, "").split("|") : line.split(/\t+/)).map((c) => c.trim());

/**
 * A town council's minutes written as a table, one minute a row ("Minute No. | Item | Decision"):
 * each row is the item's heading (its number and title, in one cell or two) and its text (the cells after), so the
 * items pass reads them as any numbered minutes. The header row is furniture (its words stay on the
 * page). Not a table whose first column is not headed as minute numbers, or whose rows are not numbered.
 */
function minutesTableRows(b: Block, lines: Line[]): Block[] | null {
  const head = cellsOf(b.lines[0]!);
  if (head.length < 2 || !MINUTE_COLUMN.test(head[0]!.replace(/[*_]/g, "").trim())) return null;
  // A contents or agenda table ("Item | Page", "Item | Report of") is not the minutes: a column of the
  // minutes says what was decided or minuted.
  if (!/min(?:ute)?s?\b/i.test(head[0]!) && !head.slice(1).some((h) => DECISION_COLUMN.test(h))) return null;
  const byN = new Map(lines.map((l) => [l.n, l]));
  const out: Block[] = [makeBlock("furniture", [byN.get(b.start)!], null)];
  let numbered = 0;
  for (let k = 1; k < b.lines.length; k++) {
    const line = byN.get(b.start + k)!;
    const cs = cellsOf(b.lines[k]!);
    if (/^[\s|:-]+$/.test(b.lines[k]!)) {
      out.push(makeBlock("furniture", [line], null));
      continue;
    }
    if (cs.length < 2) return null;
    // The number alone in its cell (number | title | decision …), or with the title ("1. Apologies" | decision).
    const alone = MINUTE_NUMBER_CELL.test(cs[0] ?? "");
    if (!alone && !NUMBERED_TITLE_CELL.test(cs[0] ?? "")) return null;
    numbered++;
    const title = alone && head.length >= 3 ? cs[1]! : "";
    const body = cs.slice(alone && head.length >= 3 ? 2 : 1).filter(Boolean).join(" ");
    out.push(makeBlock("text", [{ ...line, text: title ? `${cs[0]} ${title}` : cs[0]! }], null));
    if (body) out.push(makeBlock("text", [{ ...line, text: body }], listMarker(body)?.marker ?? null));
  }
  return numbered >= 2 ? out : null;
}

/** A "Decision:" label alone on its line whose next paragraph opens with its own decision label (cues.ts REDUNDANT_DECISION_LABEL). */
function redundantLabel(lines: Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (t.length > 12 || !REDUNDANT_DECISION_LABEL.test(t)) return false;
  for (let k = i + 1; k < lines.length; k++) {
    const n = lines[k]!.text.trim();
    if (n) return DECISION_LINE_START.test(n) && !REDUNDANT_DECISION_LABEL.test(n);
  }
  return false;
}

/** A whole line of page or web-page chrome (cues.ts FURNITURE_LINES). */
export function isFurnitureLine(t: string): boolean {
  // Every furniture line holds one of these words: most lines skip the table.
  if (!FURNITURE_WORD.test(t)) return false;
  return FURNITURE_LINES.some((f) => f.rx.test(t));
}

const FURNITURE_WORD = /minutes|pdf|documents|item|page|initials|view|restricted/i;

const SENTENCE_END = /[.!?:;)]$/;

/**
 * One block becomes several where the print shows paragraph breaks without blank lines: text that
 * carries one paragraph per line (a line too long to be hard-wrapped), and a decision label opening a
 * line after a finished sentence.
 */
function splitBlock(b: Block): Block[] {
  if (b.kind !== "text" && b.kind !== "list-item") return [b];
  if (b.lines.length < 2 || b.mdLevel !== null || b.bold) return [b];
  const cuts: number[] = [];
  const unwrapped = b.lines.some((l) => l.length > UNWRAPPED_LINE);
  for (let i = 1; i < b.lines.length; i++) {
    const prev = b.lines[i - 1]!.trim();
    const cur = b.lines[i]!.trim();
    if (unwrapped || (SENTENCE_END.test(prev) && DECISION_LINE_START.test(cur))) cuts.push(i);
  }
  if (cuts.length === 0) return [b];
  const out: Block[] = [];
  let from = 0;
  for (const cut of [...cuts, b.lines.length]) {
    out.push(subBlock(b, from, cut, from === 0 ? b.kind : null));
    from = cut;
  }
  return out;
}

/** Lines [from, to) of a block as a block of its own; kind from its first line unless given. */
export function subBlock(b: Block, from: number, to: number, kind: BlockKind | null = null): Block {
  const lines = b.lines.slice(from, to);
  const raw = b.raw.slice(from, to);
  const text = joinLines(lines.map((t) => t.trim()));
  const lm = listMarker(lines[0] ?? "");
  const k: BlockKind = kind ?? (lm ? "list-item" : "text");
  return {
    kind: k,
    start: b.start + from,
    end: b.start + to - 1,
    lines,
    raw,
    text,
    mdLevel: from === 0 ? b.mdLevel : null,
    bold: b.bold,
    marker: k === "list-item" ? (from === 0 ? b.marker : lm ? lm.marker : null) : from === 0 ? b.marker : null,
  };
}

/** The text of a block without its list marker ("- 2.1 The new…" → "The new…"). */
export function bodyText(b: Block): string {
  if (b.kind === "table") return b.text;
  const lm = listMarker(b.text);
  return lm ? lm.rest : b.text;
}

/** Block text as a reader would quote it: bullets dropped, ordinal markers kept. */
export function displayText(b: Block): string {
  if (b.kind === "table") return b.text;
  const bl = BULLET.exec(b.text);
  return bl ? b.text.slice(bl[0].length) : b.text;
}
