// Word reader: a .docx is checked as a zip before anything is inflated (zip.ts: sizes from the
// central directory, so a zip bomb is refused unopened; the parts mammoth reads are inflated first
// with their output capped at the sizes the directory states, so a directory that lies is caught), then converted by mammoth to HTML — headings
// from the document's heading styles, bold runs, lists, tables, footnotes at the end — and that HTML
// walked into blocks by the web-page reader (html.ts). Images are not read.
import mammoth from "mammoth";
import { parseFragment } from "parse5";
import { writeHtml } from "./html.ts";
import { TextWriter } from "./text-writer.ts";
import type { ExtractResult } from "./types.ts";
import { checkInflated, checkZip } from "./zip.ts";

export async function extractDocx(bytes: Uint8Array): Promise<ExtractResult> {
  const zip = checkZip(bytes);
  if (!zip.ok) return zip;
  if (!zip.entries.some((e) => e.name === "word/document.xml")) {
    return { ok: false, reason: "the file is a zip archive without a Word document in it (no word/document.xml): not a .docx" };
  }
  // The parts mammoth reads (the document, its styles, numbering, notes, relationships); images are never read.
  const lying = checkInflated(bytes, zip.entries, (name) => /\.(?:xml|rels)$/i.test(name));
  if (lying) return { ok: false, reason: lying };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // An image becomes nothing: its bytes are never inflated or copied into the text.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    return { ok: false, reason: `the Word document could not be read (${(error as Error).message}): it may be corrupt or truncated; save it again from Word` };
  }
  const w = new TextWriter();
  writeHtml(parseFragment(html), w);
  const { text, furniture } = w.result();
  if (!text.trim()) return { ok: false, reason: "the Word document contains no text" };
  return { ok: true, text, encoding: "docx", notices: [], pages: [], furniture };
}
