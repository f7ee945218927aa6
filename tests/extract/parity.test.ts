// One document, three formats: the layout fixture as plain text, printed to PDF (one page and one
// column; several pages with running headers; two columns) and written to Word parses to the same
// record — the date, the items' numbers and titles, the attendance and the decisions.
import { describe, expect, it } from "vitest";
import { processBytes } from "../../scripts/pipeline/process-one.ts";
import type { SourceFile } from "../../scripts/pipeline/corpus/discover.ts";
import type { DocumentRecord } from "../../scripts/pipeline/types.ts";
import { layoutDocx, layoutPdf, layoutText, MINUTES } from "./layouts.ts";

const file = (fileName: string): SourceFile => ({ absolutePath: `/fixtures/${fileName}`, relativePath: fileName, fileName, meta: {} });

async function record(fileName: string, bytes: Uint8Array): Promise<DocumentRecord> {
  const outcome = await processBytes(file(fileName), bytes);
  expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([]);
  return outcome.record!;
}

const essentials = (r: DocumentRecord) => ({
  type: r.type,
  date: r.date,
  committee: r.committee!.name,
  // A footnote mark after a decision's full stop is printed in the PDF and Word files (superscript "1", Word "[1]")
  // and has no form in plain text: the decision is the same with or without it.
  items: r.items.map((i) => ({ number: i.number, title: i.title, resolutions: i.resolutions.map((x) => x.text.replace(/(?<=[.;])\s*(\d|\[\d+\])$/, "")) })),
  attendance: r.attendance.map((a) => [a.name, a.status, a.role]),
});

describe("a document in every format parses to the same record", () => {
  it("PDF (one column, several pages, two columns) and Word give the text's items, attendance and decisions", async () => {
    const text = essentials(await record("minutes.txt", new TextEncoder().encode(layoutText(MINUTES))));
    expect(text.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(text.attendance).toHaveLength(5);
    const twoColumns = { ...MINUTES, columns: 2 as const, blocks: MINUTES.blocks.filter((b) => b.kind !== "lines") };
    const textTwoColumns = essentials(await record("minutes.txt", new TextEncoder().encode(layoutText(twoColumns))));
    expect(essentials(await record("minutes.pdf", await layoutPdf(MINUTES)))).toEqual(text);
    expect(essentials(await record("minutes.pdf", await layoutPdf({ ...MINUTES, pageEvery: 5 })))).toEqual(text);
    expect(essentials(await record("minutes.pdf", await layoutPdf(twoColumns)))).toEqual(textTwoColumns);
    expect(essentials(await record("minutes.docx", await layoutDocx(MINUTES)))).toEqual(text);
  });

  it("a PDF's running headers and footers are the record's furniture, not item text, and every word is kept", async () => {
    const outcome = await processBytes(file("minutes.pdf"), await layoutPdf({ ...MINUTES, pageEvery: 5 }));
    const r = outcome.record!;
    expect(r.furniture.map((f) => f.text)).toContain("Northshire County Council Page 2");
    expect(r.items.flatMap((i) => i.paragraphs.map((p) => p.text)).join("\n")).not.toMatch(/Northshire County Council Page|Planning Committee - 12 March/);
    // The coverage check (every word of the extracted text is in the record) found nothing missing.
    expect(outcome.problems.filter((p) => p.code === "text-lost")).toEqual([]);
    expect(r.source.pages).toHaveLength(3);
    expect(r.source.encoding).toBe("pdf");
  });
});
