// The Word reader: mammoth's reading of the document's styles (headings, bold, lists, tables,
// footnotes) becomes the parser's text conventions.
import { Document, Packer, Paragraph, TextRun, LevelFormat, AlignmentType } from "docx";
import { describe, expect, it } from "vitest";
import { extractSource } from "../../scripts/pipeline/extract/index.ts";
import { layoutDocx, MINUTES } from "./layouts.ts";

async function text(bytes: Uint8Array): Promise<string[]> {
  const result = await extractSource("minutes.docx", bytes);
  if (!result.ok) throw new Error(result.reason);
  expect(result.encoding).toBe("docx");
  return result.text.split("\n");
}

describe("reading a Word document", () => {
  it("heading styles are headings, table rows are tab-separated cells, footnotes are kept", async () => {
    const lines = await text(await layoutDocx(MINUTES));
    expect(lines).toContain("## 1. Apologies for Absence");
    expect(lines).toContain("Vote\tNumber");
    expect(lines).toContain("Against\t1");
    expect(lines.some((l) => l.startsWith("The enforcement report is published with the agenda."))).toBe(true);
  });

  it("a paragraph in bold is marked bold; numbered list items keep their numbers", async () => {
    const doc = new Document({
      numbering: { config: [{ reference: "items", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: "PUBLIC QUESTIONS", bold: true })] }),
            new Paragraph({ text: "First question", numbering: { reference: "items", level: 0 } }),
            new Paragraph({ text: "Second question", numbering: { reference: "items", level: 0 } }),
            new Paragraph({ children: [new TextRun("A line with "), new TextRun({ text: "some", bold: true }), new TextRun(" bold.")] }),
          ],
        },
      ],
    });
    const lines = await text(new Uint8Array(await Packer.toBuffer(doc)));
    expect(lines).toContain("**PUBLIC QUESTIONS**");
    expect(lines).toContain("1. First question");
    expect(lines).toContain("2. Second question");
    expect(lines).toContain("A line with some bold.");
  });
});
