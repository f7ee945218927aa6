// Benchmark of the format readers (not a test): a folder of text documents (the shared devset by
// default) printed to PDF with pdf-lib — Courier, the text's own lines, long lines wrapped at the
// page width, as printing a text file gives — and written to Word with the `docx` package (each run of
// lines a paragraph, its line breaks kept); each format parsed by the per-document stages, and the
// records written for the scorer under the text file's name, so that `shared/eval/score.mjs` compares
// the three against the same gold. Also PDF extraction speed in pages per CPU-second.
//   npm run bench:formats -- [--sources DIR] [--out DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import { extractPdf } from "../pipeline/extract/pdf.ts";
import { processBytes } from "../pipeline/process-one.ts";
import type { SourceFile } from "../pipeline/corpus/discover.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sources = arg("--sources", join(import.meta.dirname, "../../../shared/devset/raw"));
const out = arg("--out", "/tmp/minutebook-formats-bench");

/** Characters the standard fonts cannot encode (WinAnsi) print as `?`, as a printer without the glyph would. */
function printable(font: PDFFont, cache: Map<string, boolean>, s: string): string {
  let outText = "";
  for (const ch of s) {
    if (!cache.has(ch)) {
      try {
        font.encodeText(ch);
        cache.set(ch, true);
      } catch {
        cache.set(ch, false);
      }
    }
    outText += cache.get(ch) ? ch : "?";
  }
  return outText;
}

export async function printToPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  const cache = new Map<string, boolean>();
  const size = 9;
  const perLine = Math.floor((595 - 2 * 50) / (0.6 * size));
  const linesPerPage = Math.floor((842 - 2 * 60) / (size * 1.3));
  const printed: string[] = [];
  for (const raw of text.replace(/\t/g, "    ").split("\n")) {
    let line = raw.replace(/\s+$/, "");
    if (!line) printed.push("");
    while (line) {
      let cut = line.length <= perLine ? line.length : line.lastIndexOf(" ", perLine);
      if (cut <= 0) cut = perLine;
      printed.push(line.slice(0, cut));
      line = line.slice(cut).replace(/^ +/, "");
    }
  }
  for (let i = 0; i < printed.length; i += linesPerPage) {
    const page = doc.addPage([595, 842]);
    printed.slice(i, i + linesPerPage).forEach((l, j) => {
      if (l.trim()) page.drawText(printable(font, cache, l), { x: 50, y: 842 - 60 - j * size * 1.3, size, font });
    });
  }
  return doc.save();
}

export async function writeToDocx(text: string): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n").map((l) => l.replace(/\s+$/, "")).filter(Boolean);
    if (!lines.length) continue;
    paragraphs.push(new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l.replace(/\s{2,}/g, " "), break: i > 0 ? 1 : 0 })) }));
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

const file = (fileName: string): SourceFile => ({ absolutePath: join(sources, fileName), relativePath: fileName, fileName, meta: {} });

const names = readdirSync(sources).filter((n) => n.endsWith(".txt")).sort();
let pages = 0;
let pdfCpuUs = 0;
let errors = 0;
for (const format of ["txt", "pdf", "docx"] as const) mkdirSync(join(out, format), { recursive: true });
for (const name of names) {
  const text = readFileSync(join(sources, name), "utf8");
  const base = name.replace(/\.txt$/, "");
  const inputs: Record<string, Uint8Array> = { txt: new TextEncoder().encode(text), pdf: await printToPdf(text), docx: await writeToDocx(text) };
  const c0 = process.cpuUsage();
  const extracted = await extractPdf(inputs.pdf!);
  const c1 = process.cpuUsage(c0);
  pdfCpuUs += c1.user + c1.system;
  if (extracted.ok) pages += extracted.pages.length;
  for (const [format, bytes] of Object.entries(inputs)) {
    const outcome = await processBytes(file(`${base}.${format}`), bytes);
    if (!outcome.record) {
      errors++;
      console.error(`${base}.${format}: ${outcome.problems.map((p) => p.message).join("; ")}`);
      continue;
    }
    // The scorer pairs records with gold by the text file's name.
    const record = { ...outcome.record, source: { ...outcome.record.source, file: name } };
    writeFileSync(join(out, format, `${name}.json`), JSON.stringify(record));
  }
}

// A long dense report: 300 pages of running text with headings.
const long = Array.from({ length: 300 * 4 }, (_, i) => `${i + 1}. SECTION ${i + 1}\n\n${"The committee considered the report of the officer and the representations made by residents. ".repeat(12)}\n`).join("\n");
const longPdf = await printToPdf(long);
const c0 = process.cpuUsage();
const longResult = await extractPdf(longPdf);
const c1 = process.cpuUsage(c0);
const longPages = longResult.ok ? longResult.pages.length : 0;
const longCpu = (c1.user + c1.system) / 1e6;

console.log(`documents: ${names.length}; records written to ${out}/{txt,pdf,docx}; ${errors} error(s)`);
console.log(`devset printed to PDF: ${pages} pages in ${(pdfCpuUs / 1e6).toFixed(2)} CPU-s = ${(pages / (pdfCpuUs / 1e6)).toFixed(0)} pages per CPU-second (first file includes PDF.js start-up)`);
console.log(`long report: ${longPages} pages in ${longCpu.toFixed(2)} CPU-s = ${(longPages / longCpu).toFixed(0)} pages per CPU-second; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
