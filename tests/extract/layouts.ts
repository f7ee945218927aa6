// Layout fixtures made for the format readers: small documents described once as blocks, written
// as plain text (the form the parser was built on), printed to PDF with pdf-lib and written to Word
// with the `docx` package, so a test can read each and compare the records. The PDF printer lays text
// out as a word processor would: wrapped lines, bold larger headings, a running header and footer
// with the page number, optional two columns, tables with gaps between cells, footnotes at the foot.
import { Document, FootnoteReferenceRun, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

export type LayoutBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** A paragraph printed with exactly these line breaks (for a word broken by a hyphen at a line end). */
  | { kind: "lines"; lines: string[] }
  | { kind: "table"; rows: string[][] }
  /** A footnote: its mark follows the previous paragraph, its text goes at the foot of the page. */
  | { kind: "footnote"; text: string };

export interface Layout {
  /** Running header printed at the top of every page. */
  header?: string;
  /** Running footer at the bottom of every page, followed by "Page N". */
  footer?: string;
  columns?: 1 | 2;
  /** Start a new page after this many blocks (to make a short document run over pages). */
  pageEvery?: number;
  blocks: LayoutBlock[];
}

/** The document as plain text, one blank line between blocks, table cells tab-separated. */
export function layoutText(layout: Layout): string {
  return `${layout.blocks
    .map((b) => {
      if (b.kind === "heading" || b.kind === "paragraph") return b.text;
      if (b.kind === "lines") return b.lines.join("\n");
      if (b.kind === "table") return b.rows.map((r) => r.join("\t")).join("\n");
      return `[1] ${b.text}`;
    })
    .join("\n\n")}\n`;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY = 11;
const HEADING = 13;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function layoutPdf(layout: Layout): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const columns = layout.columns ?? 1;
  const gap = 24;
  const colWidth = (A4[0] - 2 * MARGIN - (columns - 1) * gap) / columns;
  let page!: PDFPage;
  let pageNo = 0;
  let col = 0;
  let y = 0;
  let footnotes: string[] = [];
  const top = A4[1] - MARGIN;
  const bottom = MARGIN + 20;
  const finishPage = () => {
    if (!page) return;
    footnotes.forEach((f, i) => page.drawText(f, { x: MARGIN, y: bottom - 2 + (footnotes.length - 1 - i) * 10, size: 8, font: regular }));
    footnotes = [];
  };
  const newPage = () => {
    finishPage();
    page = doc.addPage(A4);
    pageNo++;
    col = 0;
    y = top;
    if (layout.header) page.drawText(layout.header, { x: MARGIN, y: A4[1] - 30, size: 9, font: regular });
    const foot = `${layout.footer ? `${layout.footer}    ` : ""}Page ${pageNo}`;
    page.drawText(foot, { x: MARGIN, y: 24, size: 9, font: regular });
  };
  const x = () => MARGIN + col * (colWidth + gap);
  const room = (h: number) => {
    if (y - h >= bottom + 12 * footnotes.length + 12) return;
    if (col + 1 < columns) {
      col++;
      y = top;
    } else newPage();
  };
  /** Where the last line printed ends (a footnote mark follows it). */
  let lineEnd = 0;
  const line = (text: string, font: PDFFont, size: number) => {
    room(size * 1.35);
    y -= size * 1.35;
    page.drawText(text, { x: x(), y, size, font });
    lineEnd = x() + font.widthOfTextAtSize(text, size);
  };
  newPage();
  layout.blocks.forEach((b, i) => {
    if (layout.pageEvery && i > 0 && i % layout.pageEvery === 0) newPage();
    if (b.kind === "heading") {
      y -= 8;
      for (const l of wrap(b.text, bold, HEADING, colWidth)) line(l, bold, HEADING);
    } else if (b.kind === "paragraph") {
      for (const l of wrap(b.text, regular, BODY, colWidth)) line(l, regular, BODY);
    } else if (b.kind === "lines") {
      for (const l of b.lines) line(l, regular, BODY);
    } else if (b.kind === "table") {
      const cellWidth = colWidth / Math.max(...b.rows.map((r) => r.length));
      for (const row of b.rows) {
        room(BODY * 1.35);
        y -= BODY * 1.35;
        row.forEach((cell, c) => page.drawText(cell, { x: x() + c * cellWidth, y, size: BODY, font: regular }));
      }
    } else {
      page.drawText("1", { x: lineEnd + 1, y: y + BODY * 0.9 + 4, size: 6, font: regular });
      footnotes.push(`1 ${b.text}`);
    }
    y -= BODY * 0.9;
  });
  finishPage();
  return doc.save();
}

export async function layoutDocx(layout: Layout): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  // A footnote's mark follows the paragraph before it, as a writer places it: at the end of that paragraph's runs.
  const markAfter = (i: number) => (layout.blocks[i + 1]?.kind === "footnote" ? [new FootnoteReferenceRun(Object.keys(footnotes).length + 1)] : []);
  for (const [i, b] of layout.blocks.entries()) {
    if (b.kind === "heading") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, bold: true })] }));
    else if (b.kind === "paragraph") children.push(new Paragraph({ children: [new TextRun(b.text), ...markAfter(i)] }));
    else if (b.kind === "lines") children.push(new Paragraph({ children: [new TextRun(b.lines.join(" ").replace(/- (\p{Ll})/gu, "$1"))] }));
    else if (b.kind === "table") {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
        }),
      );
    } else {
      const id = Object.keys(footnotes).length + 1;
      footnotes[id] = { children: [new Paragraph(b.text)] };
    }
  }
  const doc = new Document({
    footnotes,
    sections: [
      {
        headers: layout.header ? { default: new Header({ children: [new Paragraph(layout.header)] }) } : undefined,
        footers: layout.footer ? { default: new Footer({ children: [new Paragraph(layout.footer)] }) } : undefined,
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Minutes of a small meeting: header facts, attendance, numbered items, a table, decisions. */
export const MINUTES: Layout = {
  header: "Planning Committee - 12 March 2024",
  footer: "Northshire County Council",
  blocks: [
    { kind: "heading", text: "NORTHSHIRE COUNTY COUNCIL" },
    { kind: "paragraph", text: "MINUTES of a meeting of the Planning Committee held at County Hall, Northtown on Tuesday 12 March 2024 at 10.00 am." },
    { kind: "paragraph", text: "Present: Councillor Alan Smith (Chairman), Councillor Brenda Jones, Councillor Chandra Patel and Councillor David Evans." },
    { kind: "heading", text: "1. Apologies for Absence" },
    { kind: "paragraph", text: "Apologies for absence were received from Councillor Emma Brown." },
    { kind: "heading", text: "2. Minutes of the Previous Meeting" },
    { kind: "paragraph", text: "RESOLVED that the minutes of the meeting held on 6 February 2024 be confirmed as a correct record and signed by the Chairman." },
    { kind: "heading", text: "3. Planning Application 23/0456 - Land at Mill Lane" },
    {
      kind: "lines",
      lines: [
        "The Committee considered a report on an application for twelve houses on land at Mill Lane. The commit-",
        "tee heard from the applicant and from two residents who objected to the loss of the open space.",
      ],
    },
    { kind: "table", rows: [["Vote", "Number"], ["For", "3"], ["Against", "1"]] },
    { kind: "paragraph", text: "RESOLVED that planning permission be granted subject to the conditions set out in the report." },
    { kind: "heading", text: "4. Enforcement Update" },
    { kind: "paragraph", text: "The Committee noted the quarterly report on enforcement cases." },
    { kind: "footnote", text: "The enforcement report is published with the agenda." },
    { kind: "paragraph", text: "The meeting ended at 11.45 am." },
  ],
};
