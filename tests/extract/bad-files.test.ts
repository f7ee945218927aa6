// Bad and hostile files: each is refused with a message that says what is wrong and what to do, and
// nothing in a file ever runs. The files are made by tests/extract/hostile.ts.
import { describe, expect, it } from "vitest";
import { extractSource } from "../../scripts/pipeline/extract/index.ts";
import { MAX_PDF_PAGES } from "../../scripts/pipeline/extract/pdf.ts";
import * as hostile from "./hostile.ts";

async function refused(name: string, bytes: Uint8Array): Promise<string> {
  const result = await extractSource(name, bytes);
  if (result.ok) throw new Error(`${name} was read, expected a refusal:\n${result.text.slice(0, 200)}`);
  return result.reason;
}

describe("bad PDFs", () => {
  it("a scan with no text layer asks for OCR", async () => {
    expect(await refused("scan.pdf", await hostile.scannedPdf())).toBe("no text layer: this PDF is a scan; run OCR first, e.g. ocrmypdf");
  });

  it("a password-protected PDF is named as encrypted", async () => {
    expect(await refused("secret.pdf", await hostile.encryptedPdf())).toMatch(/^the PDF is encrypted with a password/);
  });

  it("a PDF cut short is refused as truncated, not published in part", async () => {
    expect(await refused("cut.pdf", await hostile.truncatedPdf())).toMatch(/truncated/);
    const whole = await hostile.manyPagesPdf(3);
    expect(await refused("cut-late.pdf", whole.slice(0, whole.length - 40))).toMatch(/truncated \(it does not end with %%EOF\)/);
  });

  it("a corrupt PDF is named as corrupt", async () => {
    expect(await refused("corrupt.pdf", hostile.corruptPdf())).toMatch(/corrupt/);
  });

  it(`a PDF over ${MAX_PDF_PAGES} pages is refused from its page count, before any page is read`, async () => {
    const started = performance.now();
    expect(await refused("archive.pdf", await hostile.manyPagesPdf(2000))).toMatch(/has 2000 pages, over the limit of 1000 pages.*split it/);
    // Reading 2,000 pages would take seconds; the count alone is quick.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("a PDF's JavaScript action never runs, and its text is read", async () => {
    const result = await extractSource("scripted.pdf", await hostile.scriptedPdf());
    expect(result.ok && result.text).toMatch(/Minutes with a script attached/);
    expect((globalThis as Record<string, unknown>).__minutebookPwned).toBeUndefined();
  });
});

describe("bad Word documents", () => {
  it("a zip bomb is refused from its directory, without inflating it", async () => {
    const bomb = hostile.zipBombDocx();
    // Inflating the document part would take 64 MB at once.
    const before = process.memoryUsage().rss;
    expect(await refused("bomb.docx", bomb)).toMatch(/zip bomb\?\): refused without inflating it/);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("a zip bomb whose directory lies about its sizes is caught at the size it states", async () => {
    const bomb = hostile.lyingZipBombDocx();
    const before = process.memoryUsage().rss;
    expect(await refused("liar.docx", bomb)).toBe(
      'the entry "word/document.xml" inflates to more than the 4096 bytes its zip directory states (a zip bomb?): refused',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("a truncated .docx is named as truncated or corrupt", async () => {
    const { layoutDocx, MINUTES } = await import("./layouts.ts");
    const whole = await layoutDocx(MINUTES);
    expect(await refused("cut.docx", whole.slice(0, Math.floor(whole.length / 2)))).toMatch(/truncated or corrupt/);
  });

  it("a zip without a Word document in it is not a .docx", async () => {
    expect(await refused("other.docx", hostile.zip([{ name: "readme.txt", data: new TextEncoder().encode("hello") }]))).toMatch(/no word\/document.xml/);
  });
});

describe("formats we do not read, and names that lie", () => {
  it.each([
    ["minutes.doc", hostile.oldWordDoc()],
    ["minutes.rtf", hostile.rtf()],
    ["minutes.odt", hostile.odt()],
  ])("%s is asked to be converted to .docx or .pdf", async (name, bytes) => {
    expect(await refused(name, bytes)).toMatch(/files are not read: convert it to \.docx or \.pdf/);
  });

  it("a PDF named .txt, a web page named .pdf and an .odt named .docx are named with what they are", async () => {
    expect(await refused("minutes.txt", await hostile.scannedPdf())).toBe("the file is named .txt but is a PDF: rename it to .pdf");
    expect(await refused("minutes.pdf", new TextEncoder().encode("<!DOCTYPE html><html><body><p>Minutes</p></body></html>"))).toBe(
      "the file is named .pdf but is a web page (HTML): rename it to .html",
    );
    expect(await refused("minutes.docx", hostile.odt())).toMatch(/^the file is named \.docx but is an OpenDocument file \(\.odt\): convert it/);
  });
});
