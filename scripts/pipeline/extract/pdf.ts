// PDF reader: Mozilla's PDF.js gives each page's text items with their position and font; this module
// turns them into lines (items on one baseline), cells (items apart by a wide gap), columns (two
// columns of running text read one after the other), paragraphs (a wider gap between lines), headings
// (a bold line, or a line in a larger type than the body), and page furniture (lines at the top or
// bottom of the page that recur across pages, page numbers). The result is text in the parser's
// conventions (text-writer.ts) with the line where each page starts.
//
// A PDF is untrusted input: PDF.js runs with `isEvalSupported: false` (no font programs compiled to
// JavaScript, CVE-2024-4367), no font faces and no rendering; only text and font names are read.
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { ExtractResult } from "./types.ts";
import { TextWriter } from "./text-writer.ts";

/**
 * Longer documents are refused with a message rather than read: a council's longest report packs run
 * to a few hundred pages, and a 2,000-page file is an archive of many documents to split first.
 */
export const MAX_PDF_PAGES = 1000;

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** Items of one segment of a line: no gap wider than a cell gap between them. */
interface Segment {
  x0: number;
  x1: number;
  text: string;
  bold: boolean;
}

interface PdfLine {
  y: number;
  size: number;
  segments: Segment[];
  /** Every non-blank piece bold. */
  bold: boolean;
}

interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  /** Text set at an angle (a "DRAFT" watermark, a reference up the margin): kept as furniture. */
  rotated: string[];
}

/** A gap between items wider than this many font sizes separates table cells or columns. */
const CELL_GAP = 1.2;
/** A gap wider than this many font sizes is a word space when neither side has one. */
const WORD_GAP = 0.12;

const isBoldFont = (name: string | undefined, bold: boolean | undefined) =>
  Boolean(bold) || /bold|black|heavy|semibold|demibold|[-,]bd\b/i.test(name ?? "");

/** Font facts by PDF.js's loaded name; fonts reach `commonObjs` once an operator list has used them. */
async function fontBoldness(page: PDFPageProxy, names: Set<string>, known: Map<string, boolean>): Promise<void> {
  const missing = [...names].filter((n) => !known.has(n));
  if (!missing.length) return;
  if (missing.some((n) => !page.commonObjs.has(n))) await page.getOperatorList();
  for (const n of missing) {
    let bold = false;
    try {
      if (page.commonObjs.has(n)) {
        const font = page.commonObjs.get(n) as { name?: string; bold?: boolean; black?: boolean };
        bold = isBoldFont(font.name, font.bold || font.black);
      }
    } catch {
      // A font PDF.js could not load: its text is still read, without the bold evidence.
    }
    known.set(n, bold);
  }
}

/**
 * Whether two pieces sit on one line: baselines within half the smaller size, or the smaller piece a
 * superscript or subscript (a footnote mark) within the larger one's height.
 */
function sameLine(a: Piece, b: Piece): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const dy = small.y - large.y;
  if (Math.abs(dy) <= 0.45 * small.size + 0.5) return true;
  return small.size < 0.85 * large.size && dy >= -0.3 * large.size && dy <= 0.6 * large.size;
}

function piecesToLines(pieces: Piece[]): PdfLine[] {
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  /** The largest piece of each row: its baseline is the row's. */
  const anchors: Piece[] = [];
  for (const p of pieces) {
    const i = rows.length - 1;
    // The row before the last as well: a superscript sorts above its line's baseline.
    const j = i >= 0 && sameLine(anchors[i]!, p) ? i : i >= 1 && sameLine(anchors[i - 1]!, p) && !sameLine(anchors[i]!, p) && p.size < anchors[i - 1]!.size ? -1 : -2;
    if (j >= 0) {
      rows[j]!.push(p);
      if (p.size > anchors[j]!.size) anchors[j] = p;
    } else {
      rows.push([p]);
      anchors.push(p);
    }
  }
  // A row of superscripts alone merges into the line below it when that line is theirs.
  for (let k = rows.length - 2; k >= 0; k--) {
    if (anchors[k]!.size < 0.85 * anchors[k + 1]!.size && rows[k]!.every((p) => sameLine(p, anchors[k + 1]!))) {
      rows[k + 1]!.push(...rows[k]!);
      rows.splice(k, 1);
      anchors.splice(k, 1);
    }
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((p) => p.size));
    const segments: Segment[] = [];
    let cur: Segment | null = null;
    for (const p of row) {
      const gap = cur ? p.x - cur.x1 : 0;
      if (!cur || gap > CELL_GAP * Math.max(p.size, 4)) {
        cur = { x0: p.x, x1: p.x + p.width, text: p.str, bold: p.bold };
        segments.push(cur);
        continue;
      }
      const spaced = /\s$/.test(cur.text) || /^\s/.test(p.str);
      cur.text += !spaced && gap > WORD_GAP * p.size ? ` ${p.str}` : p.str;
      cur.x1 = Math.max(cur.x1, p.x + p.width);
      cur.bold &&= p.bold;
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, " ").trim();
    const kept = segments.filter((s) => s.text);
    const anchor = row.reduce((a, b) => (b.size > a.size ? b : a));
    return { y: anchor.y, size, segments: kept, bold: kept.length > 0 && kept.every((s) => s.bold) };
  }).filter((l) => l.segments.length > 0);
}

/** The direction a text item runs in, in degrees (0: left to right, upright). */
const angleOf = (i: TextItem) => (Math.atan2(i.transform[1], i.transform[0]) * 180) / Math.PI;
const sameAngle = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180) < 3;

async function readPage(page: PDFPageProxy, fonts: Map<string, boolean>): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const all = content.items.filter((i): i is TextItem => "str" in i && i.str.trim() !== "");
  // The page's reading direction is that of most of its text: a landscape page printed on portrait
  // paper runs at 90°. Text at any other angle (a watermark, a reference up the margin) is furniture.
  const chars = new Map<number, number>();
  for (const i of all) {
    const a = Math.round(angleOf(i));
    const key = [...chars.keys()].find((k) => sameAngle(k, a)) ?? a;
    chars.set(key, (chars.get(key) ?? 0) + i.str.length);
  }
  const direction = [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const items = all.filter((i) => sameAngle(angleOf(i), direction));
  const rotated = all.filter((i) => !sameAngle(angleOf(i), direction)).map((i) => i.str.trim());
  await fontBoldness(page, new Set(items.map((i) => i.fontName)), fonts);
  // Turn the page so that its text runs left to right: rotate by -direction about the origin, then
  // measure from the turned page's lower left corner.
  const r = (-direction * Math.PI) / 180;
  const turn = (x: number, y: number): [number, number] => [x * Math.cos(r) - y * Math.sin(r), x * Math.sin(r) + y * Math.cos(r)];
  const corners = [turn(x0, y0), turn(x1, y0), turn(x0, y1), turn(x1, y1)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const pieces: Piece[] = items.map((i) => {
    const [x, y] = turn(i.transform[4], i.transform[5]);
    return {
      str: i.str,
      x: x - minX,
      y: y - minY,
      width: i.width,
      size: Math.hypot(i.transform[2], i.transform[3]) || i.height || 10,
      bold: fonts.get(i.fontName) ?? false,
    };
  });
  return {
    width: Math.max(...corners.map((c) => c[0])) - minX,
    height: Math.max(...corners.map((c) => c[1])) - minY,
    lines: piecesToLines(pieces),
    rotated,
  };
}

const lineText = (l: PdfLine) => l.segments.map((s) => s.text).join("    ");
/** Digits vary between pages ("Page 3", "3 of 12"): a running line is the same line with other numbers. */
const runningKey = (s: string) => s.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
/** Running headers and footers sit in the page's outer margin: 7% of an A4 page is 2.1 cm. */
const EDGE = 0.07;
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s+of\s+\d{1,4})?$/i;

/**
 * Lines at the top or bottom of their page (the first or last two, within the outer 7% of the
 * page, EDGE) that recur on at least two pages with only their numbers changed, and page numbers there.
 * Returns, per page, the indexes of its furniture lines.
 */
function findFurniture(pages: PdfPage[]): Set<number>[] {
  const edge = (p: PdfPage) => {
    const out: number[] = [];
    const n = p.lines.length;
    for (const i of [0, 1, n - 2, n - 1]) {
      if (i < 0 || i >= n || out.includes(i)) continue;
      const y = p.lines[i]!.y;
      if (y > p.height * (1 - EDGE) || y < p.height * EDGE) out.push(i);
    }
    return out;
  };
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const key of new Set(edge(p).map((i) => runningKey(lineText(p.lines[i]!))))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pages.map((p) => {
    const set = new Set<number>();
    for (const i of edge(p)) {
      const text = lineText(p.lines[i]!);
      if (PAGE_NUMBER.test(text) || (pages.length > 1 && (counts.get(runningKey(text)) ?? 0) >= 2)) set.add(i);
    }
    return set;
  });
}

/** Whether no segment of a line crosses x. */
const freeAt = (l: PdfLine, x: number) => !l.segments.some((s) => s.x0 < x - 1 && s.x1 > x + 1);
const candidates = (width: number) => {
  const xs: number[] = [];
  for (let x = Math.round(width * 0.3); x <= width * 0.7; x += 2) xs.push(x);
  return xs;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * The x of a gutter between two columns of running text in a band of lines that no line crosses
 * there, or null: the middle of the widest strip free in every line, with long lines (not table
 * cells) on both sides, at least two lines each.
 */
function columnGutter(band: PdfLine[], width: number): number | null {
  if (band.length < 4) return null;
  let run: number[] = [];
  let best: number[] = [];
  for (const x of candidates(width)) {
    if (band.every((l) => freeAt(l, x))) run.push(x);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (!best.length) return null;
  const x = best[Math.floor(best.length / 2)]!;
  const left = band.flatMap((l) => l.segments.filter((s) => s.x1 <= x));
  const right = band.flatMap((l) => l.segments.filter((s) => s.x0 >= x));
  const long = (ss: Segment[]) => ss.length >= 2 && median(ss.map((s) => s.x1 - s.x0)) >= width * 0.25;
  return long(left) && long(right) ? x : null;
}

/**
 * The lines of a page in reading order. Consecutive lines that share a free vertical strip in the
 * middle of the page form a band; a band with running text on both sides of the strip is two columns,
 * read left column first. Lines of the left column below the right column's last line, after a
 * paragraph gap, follow both columns (a closing line under a two-column passage).
 */
function readingOrder(lines: PdfLine[], width: number): PdfLine[] {
  const xs = candidates(width);
  const out: PdfLine[] = [];
  let band: PdfLine[] = [];
  const flushBand = () => {
    const gutter = columnGutter(band, width);
    if (gutter === null) {
      out.push(...band);
      band = [];
      return;
    }
    const part = (ls: PdfLine[], keep: (s: Segment) => boolean) =>
      ls.map((l) => ({ ...l, segments: l.segments.filter(keep) })).filter((l) => l.segments.length > 0).map((l) => ({ ...l, bold: l.segments.every((s) => s.bold) }));
    const rightLines = band.filter((l) => l.segments.some((s) => s.x0 >= gutter));
    const lowestRight = Math.min(...rightLines.map((l) => l.y));
    const spacing = median(band.slice(1).map((l, i) => band[i]!.y - l.y).filter((d) => d > 0));
    let cut = band.length;
    for (let i = 1; i < band.length; i++) {
      const l = band[i]!;
      if (l.y < lowestRight - 1 && band[i - 1]!.y - l.y > spacing * 1.5) {
        cut = i;
        break;
      }
    }
    out.push(...part(band.slice(0, cut), (s) => s.x1 <= gutter), ...part(band.slice(0, cut), (s) => s.x0 >= gutter), ...band.slice(cut));
    band = [];
  };
  for (const l of lines) {
    const joined = [...band, l];
    if (xs.some((x) => joined.every((m) => freeAt(m, x)))) band.push(l);
    else {
      flushBand();
      if (xs.some((x) => freeAt(l, x))) band = [l];
      else out.push(l);
    }
  }
  flushBand();
  return out;
}

/** The body type size: the size of most characters. */
function bodySize(pages: PdfPage[]): number {
  const chars = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) {
    const k = Math.round(l.size * 2) / 2;
    chars.set(k, (chars.get(k) ?? 0) + lineText(l).length);
  }
  let best = 10;
  let most = -1;
  for (const [size, n] of chars) if (n > most || (n === most && size < best)) [best, most] = [size, n];
  return best;
}

/**
 * The line spacing within paragraphs: the most common distance between consecutive body-size lines
 * of the whole document (paragraph gaps are wider, and rarer than line breaks).
 */
function bodyLeading(pages: PdfPage[], body: number): number {
  const counts = new Map<number, number>();
  for (const p of pages) {
    for (let i = 1; i < p.lines.length; i++) {
      const [a, b] = [p.lines[i - 1]!, p.lines[i]!];
      const d = Math.round((a.y - b.y) * 2) / 2;
      if (Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5 && d >= body * 0.9 && d <= body * 3) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  let best = body * 1.2;
  let most = 0;
  for (const [d, n] of counts) if (n > most || (n === most && d < best)) [best, most] = [d, n];
  return best;
}

/** Two rows of one table: both in cells, at least two of which start at the same x. */
function aligned(a: PdfLine | undefined, b: PdfLine | undefined): boolean {
  if (!a || !b || a.segments.length < 2 || b.segments.length < 2) return false;
  return b.segments.filter((s) => a.segments.some((t) => Math.abs(t.x0 - s.x0) <= 3)).length >= 2;
}

/**
 * Write one page's body lines as blocks: headings, table rows, paragraphs split at wider gaps. A line
 * in cells is a table row only beside another row whose cells line up with its own; a lone line with
 * a wide gap ("PRESENT:      Councillor…", "MIN NO. 45    APOLOGIES") keeps the gap as spaces, as a
 * text file would.
 */
function writeBody(w: TextWriter, lines: PdfLine[], body: number, leading: number): void {
  const level = (l: PdfLine) => (l.size >= body * 1.4 ? 1 : l.size >= body * 1.15 ? 2 : 0);
  let para: PdfLine[] = [];
  let table: PdfLine[] = [];
  const flushPara = () => {
    if (!para.length) return;
    const lv = level(para[0]!);
    if (lv > 0 && para.length <= 3) w.heading(para.map(lineText).join(" "), lv);
    else w.paragraph(para.map(lineText), para.every((l) => l.bold));
    para = [];
  };
  const flushTable = () => {
    if (!table.length) return;
    w.table(table.map((l) => ({ cells: l.segments.map((s) => s.text), header: l.bold })));
    table = [];
  };
  let prev: PdfLine | null = null;
  for (const [i, l] of lines.entries()) {
    const gap = prev ? prev.y - l.y : 0;
    const broken = prev !== null && (gap > leading * 1.3 + 0.5 || gap < 0 || level(l) !== level(prev) || l.bold !== prev.bold);
    if (aligned(lines[i - 1], l) || aligned(l, lines[i + 1])) {
      flushPara();
      if (broken && table.length && gap > leading * 1.3 + 0.5) flushTable();
      table.push(l);
    } else {
      flushTable();
      if (broken) flushPara();
      para.push(l);
    }
    prev = l;
  }
  flushPara();
  flushTable();
}

const PDF_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  // Fetching anything (standard fonts, CMaps) over a URL is off: the file's bytes are all there is.
  useWorkerFetch: false,
  stopAtErrors: false,
  verbosity: 0,
} as const;

function failure(error: unknown): ExtractResult {
  const name = (error as { name?: string })?.name ?? "";
  const message = (error as Error)?.message ?? String(error);
  if (name === "PasswordException") {
    return { ok: false, reason: "the PDF is encrypted with a password: save an unprotected copy (or ask the publisher for one) and add that" };
  }
  if (name === "InvalidPDFException") return { ok: false, reason: `the PDF is corrupt or truncated (${message}): download it again` };
  return { ok: false, reason: `the PDF could not be read (${message}): it may be corrupt or truncated; download it again` };
}

/**
 * A PDF ends with `%%EOF` (ISO 32000-1, 7.5.5; readers accept it within the last 1 KB). PDF.js rebuilds
 * a file cut short from what is left, which would publish part of a document as if it were all of it.
 */
function truncated(bytes: Uint8Array): boolean {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes("%%EOF");
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractResult> {
  if (truncated(bytes)) return { ok: false, reason: "the PDF is truncated (it does not end with %%EOF): download it again" };
  let doc: PDFDocumentProxy | null = null;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: pass a
    // plain Uint8Array copy (`Buffer#slice` would be a view of the same memory).
    doc = await getDocument({ ...PDF_OPTIONS, data: new Uint8Array(bytes) }).promise;
    if (doc.numPages > MAX_PDF_PAGES) {
      return {
        ok: false,
        reason: `the PDF has ${doc.numPages} pages, over the limit of ${MAX_PDF_PAGES} pages for one document: split it into its documents (e.g. qpdf --split-pages) and add those`,
      };
    }
    const fonts = new Map<string, boolean>();
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(page, fonts));
      // Keep memory to one page's worth of PDF.js objects.
      page.cleanup();
    }
    const withText = pages.filter((p) => p.lines.length > 0 || p.rotated.length > 0).length;
    if (withText === 0) return { ok: false, reason: "no text layer: this PDF is a scan; run OCR first, e.g. ocrmypdf" };
    const furniture = findFurniture(pages);
    const body = bodySize(pages);
    const leading = bodyLeading(pages, body);
    const w = new TextWriter();
    pages.forEach((p, i) => {
      w.pageStart();
      const top = p.lines.filter((_, j) => furniture[i]!.has(j) && p.lines[j]!.y > p.height / 2);
      const bottom = p.lines.filter((_, j) => furniture[i]!.has(j) && p.lines[j]!.y <= p.height / 2);
      for (const l of top) w.furniture(lineText(l));
      writeBody(w, readingOrder(p.lines.filter((_, j) => !furniture[i]!.has(j)), p.width), body, leading);
      for (const l of bottom) w.furniture(lineText(l));
      if (p.rotated.length) w.furniture(p.rotated.join(" "));
    });
    const { text, pages: starts, furniture: furnitureLines } = w.result();
    const notices =
      withText < pages.length
        ? [{ line: null, message: `${pages.length - withText} of ${pages.length} pages have no text layer (scanned?): their text is missing; run OCR first, e.g. ocrmypdf` }]
        : [];
    return { ok: true, text, encoding: "pdf", notices, pages: starts, furniture: furnitureLines };
  } catch (error) {
    return failure(error);
  } finally {
    await doc?.destroy();
  }
}
