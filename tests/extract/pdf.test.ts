// The PDF reader: text items with positions and fonts become the parser's text conventions — bold
// larger headings marked, table cells tab-separated, two columns read one after the other, a word
// broken at a line end left for the parser to join, running headers, footers and page numbers
// recorded as furniture, and the line where each page starts.
import { describe, expect, it } from "vitest";
import { extractSource, type Extracted } from "../../scripts/pipeline/extract/index.ts";
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { layoutPdf, MINUTES, type Layout } from "./layouts.ts";

async function read(layout: Layout): Promise<Extracted & { lines: string[] }> {
  const result = await extractSource("minutes.pdf", await layoutPdf(layout));
  if (!result.ok) throw new Error(result.reason);
  return { ...result, lines: result.text.split("\n") };
}

describe("reading a PDF", () => {
  it("a bold heading in a larger type is a heading for the parser; body text is not", async () => {
    const { lines } = await read(MINUTES);
    expect(lines).toContain("## 1. Apologies for Absence");
    expect(lines).toContain("## 3. Planning Application 23/0456 - Land at Mill Lane");
    expect(lines.filter((l) => l.startsWith("#") || l.startsWith("**"))).toHaveLength(5);
  });

  it("table cells apart by a gap are tab-separated cells of one row", async () => {
    const { lines } = await read(MINUTES);
    const at = lines.indexOf("Vote\tNumber");
    expect(lines.slice(at, at + 3)).toEqual(["Vote\tNumber", "For\t3", "Against\t1"]);
  });

  it("a lone line with a wide gap (a label and its value) is a line of text, not a table row", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Courier);
    const page = doc.addPage([595, 842]);
    ["PRESENT:      COUNCILLOR MRS J. A. PEMBERTON (CHAIRMAN)", "              COUNCILLOR G. H. MARSH", "", "MIN NO. 45    APOLOGIES FOR ABSENCE"].forEach((l, i) => {
      if (l) page.drawText(l, { x: 50, y: 780 - i * 12, size: 9, font });
    });
    const result = await extractSource("old.pdf", await doc.save());
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("\t");
    expect(result.text).toMatch(/^PRESENT: +COUNCILLOR MRS J\. A\. PEMBERTON \(CHAIRMAN\)\nCOUNCILLOR G\. H\. MARSH\n\nMIN NO\. 45 +APOLOGIES FOR ABSENCE\n$/);
  });

  it("a bold line in the body size is a bold line for the parser; a bold word inside a line is not", async () => {
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const page = doc.addPage([595, 842]);
    page.drawText("PUBLIC QUESTIONS", { x: 50, y: 700, size: 11, font: bold });
    page.drawText("There were no questions from the", { x: 50, y: 670, size: 11, font: regular });
    page.drawText("public", { x: 50 + regular.widthOfTextAtSize("There were no questions from the ", 11), y: 670, size: 11, font: bold });
    const result = await extractSource("bold.pdf", await doc.save());
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe("**PUBLIC QUESTIONS**\n\nThere were no questions from the public\n");
  });

  it("a landscape page printed on portrait paper (all its text at 90°) is read as upright text, in order", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    // Text running up the page: each next line further right (below it, once the page is turned).
    ["1. Apologies for Absence", "Apologies were received from Councillor Emma Brown.", "", "2. Minutes"].forEach((l, i) => {
      if (l) page.drawText(l, { x: 100 + i * 14, y: 60, size: 11, font, rotate: degrees(90) });
    });
    page.setRotation(degrees(90));
    const result = await extractSource("landscape.pdf", await doc.save());
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe("1. Apologies for Absence\nApologies were received from Councillor Emma Brown.\n\n2. Minutes\n");
    expect(result.furniture).toEqual([]);
  });

  it("text set at an angle (a DRAFT watermark) is furniture, not body text", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText("DRAFT", { x: 150, y: 300, size: 90, font, rotate: degrees(45) });
    page.drawText("The committee agreed the budget.", { x: 50, y: 700, size: 11, font });
    const result = await extractSource("draft.pdf", await doc.save());
    if (!result.ok) throw new Error(result.reason);
    const lines = result.text.split("\n");
    expect(lines[0]).toBe("The committee agreed the budget.");
    expect(result.furniture.map((n) => lines[n - 1])).toEqual(["DRAFT"]);
  });

  it("a word broken by a hyphen at a line end stays on its two lines, for the parser to join", async () => {
    const { lines } = await read(MINUTES);
    const at = lines.findIndex((l) => l.endsWith("The commit-"));
    expect(lines[at + 1]).toMatch(/^tee heard from the applicant/);
  });

  it("running headers, footers and page numbers are furniture lines, and each page's start is known", async () => {
    const result = await read({ ...MINUTES, pageEvery: 5 });
    expect(result.pages).toHaveLength(3);
    expect(result.pages[0]).toBe(1);
    const furniture = result.furniture.map((n) => result.lines[n - 1]);
    expect(furniture).toEqual([
      "Planning Committee - 12 March 2024", "Northshire County Council Page 1",
      "Planning Committee - 12 March 2024", "Northshire County Council Page 2",
      "Planning Committee - 12 March 2024", "Northshire County Council Page 3",
    ]);
    // Each page after the first starts with its running header.
    for (const start of result.pages) expect(result.lines[start - 1]).toBe("Planning Committee - 12 March 2024");
    // No furniture line is read as body text too.
    expect(result.lines.filter((l) => l === "Northshire County Council Page 2")).toHaveLength(1);
  });

  it("a footnote mark stays on its line and the footnote is kept at the foot of its page", async () => {
    const { lines } = await read(MINUTES);
    expect(lines).toContain("The Committee noted the quarterly report on enforcement cases. 1");
    expect(lines).toContain("1 The enforcement report is published with the agenda.");
  });

  it("two columns are read left column first, each line whole", async () => {
    const twoColumns: Layout = { ...MINUTES, columns: 2, blocks: MINUTES.blocks.filter((b) => b.kind !== "lines") };
    const { text } = await read(twoColumns);
    const order = ["Present: Councillor Alan Smith", "1. Apologies for Absence", "2. Minutes of the Previous", "4. Enforcement Update", "The meeting ended at 11.45 am."];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A column's line is not joined with the line beside it in the other column.
    expect(text).not.toMatch(/Chairman\),\t|\tApologies/);
  });

  it("a two-column passage between full-width text is read column by column, and the closing line after both", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const at = (text: string, x: number, y: number) => page.drawText(text, { x, y, size: 11, font });
    at("The Committee considered the report of the Director of Place on the enforcement of planning control.", 50, 760);
    const left = ["The Committee noted the quarterly report on", "enforcement cases. The report set out the", "number of cases opened and closed in the", "quarter, and the notices served."];
    const right = ["Members asked about the time taken to close", "cases and the officers explained the steps in", "the process, from the first complaint to a", "notice and prosecution."];
    left.forEach((l, i) => at(l, 50, 730 - i * 14));
    right.forEach((l, i) => at(l, 310, 730 - i * 14));
    at("The meeting ended at 11.45 am.", 50, 650);
    const result = await extractSource("columns.pdf", await doc.save());
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.split("\n").filter(Boolean)).toEqual([
      "The Committee considered the report of the Director of Place on the enforcement of planning control.",
      ...left,
      ...right,
      "The meeting ended at 11.45 am.",
    ]);
  });

  it("the same bytes give the same text", async () => {
    const bytes = await layoutPdf(MINUTES);
    const [a, b] = await Promise.all([extractSource("a.pdf", bytes), extractSource("a.pdf", bytes)]);
    expect(a).toEqual(b);
  });
});
