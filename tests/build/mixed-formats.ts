// A corpus folder as a user drops it: minutes as PDF, Word, a saved web page and text, beside the
// bad files the build must name and skip (tests/extract/hostile.ts).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/build-site.ts";
import { layoutDocx, layoutPdf, layoutText, MINUTES, type Layout } from "../extract/layouts.ts";
import * as hostile from "../extract/hostile.ts";

/** The same meeting on another day, so that each format gives its own document. */
const meeting = (day: string): Layout => ({
  ...MINUTES,
  header: MINUTES.header!.replace("12 March", `${day} March`),
  blocks: MINUTES.blocks.map((b) => (b.kind === "paragraph" ? { ...b, text: b.text.replace("12 March 2024", `${day} March 2024`) } : b)),
});

export const GOOD = ["planning-2024-03-12.pdf", "planning-2024-03-19.docx", "planning-2024-03-26.txt", "cabinet-decision.html"];

export const BAD: Record<string, RegExp> = {
  "scan.pdf": /no text layer: this PDF is a scan; run OCR first, e.g\. ocrmypdf/,
  "protected.pdf": /encrypted with a password/,
  "cut-short.pdf": /truncated/,
  "bomb.docx": /zip bomb/,
  "old-minutes.doc": /convert it to \.docx or \.pdf/,
  "minutes.rtf": /convert it to \.docx or \.pdf/,
  "minutes.odt": /convert it to \.docx or \.pdf/,
  "web-page.pdf": /named \.pdf but is a web page/,
};

export async function writeMixedFolder(dir: string, withSample = false): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "minutebook.json"), JSON.stringify({ council: "Northshire County Council", committee: "Planning Committee" }));
  writeFileSync(join(dir, GOOD[0]!), await layoutPdf({ ...meeting("12"), pageEvery: 5 }));
  writeFileSync(join(dir, GOOD[1]!), await layoutDocx(meeting("19")));
  writeFileSync(join(dir, GOOD[2]!), layoutText(meeting("26")));
  writeFileSync(
    join(dir, GOOD[3]!),
    `<!DOCTYPE html><html><head><script>alert(1)</script></head><body><nav>Home | Meetings</nav><div id="modgov">
<h1>Decision details</h1><h2>Cabinet - 5 March 2024</h2><p>Decision maker: Cabinet</p>
<h3>1. Library Opening Hours</h3><p>RESOLVED that the opening hours of Northtown Library be extended on Saturdays.</p>
<p><a href="d.pdf">PDF 211 KB</a></p></div></body></html>`,
  );
  writeFileSync(join(dir, "scan.pdf"), await hostile.scannedPdf());
  writeFileSync(join(dir, "protected.pdf"), await hostile.encryptedPdf());
  writeFileSync(join(dir, "cut-short.pdf"), await hostile.truncatedPdf());
  writeFileSync(join(dir, "bomb.docx"), hostile.zipBombDocx());
  writeFileSync(join(dir, "old-minutes.doc"), hostile.oldWordDoc());
  writeFileSync(join(dir, "minutes.rtf"), hostile.rtf());
  writeFileSync(join(dir, "minutes.odt"), hostile.odt());
  writeFileSync(join(dir, "web-page.pdf"), "<!DOCTYPE html><html><body><p>Not a PDF</p></body></html>");
  if (withSample) cpSync(join(ROOT, "content", "sources", "walsall-council"), join(dir, "walsall-council"), { recursive: true });
}
