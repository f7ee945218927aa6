// Extract stage: a source's bytes → text in the parser's conventions, chosen by what the bytes are
// (sniff.ts) and checked against what the file name says. Plain text goes through the decode stage;
// PDFs, Word documents and web pages through their readers. Formats we do not read get a message
// that says what to do.
import { decodeSource, MAX_SOURCE_BYTES } from "../decode/decode.ts";
import { extractHtml } from "./html.ts";
import { CONVERT_EXTENSIONS, extensionOf, FORMAT_EXTENSIONS, TEXT_EXTENSIONS } from "./formats.ts";
import { KIND_NAMES, sniff, type SniffedKind } from "./sniff.ts";
import type { ExtractResult } from "./types.ts";

export type { ExtractResult, Extracted } from "./types.ts";
export { CONVERT_EXTENSIONS, extensionOf, FORMAT_EXTENSIONS, TEXT_EXTENSIONS } from "./formats.ts";

/** PDFs and Word documents with images run larger than any text; PDF.js reads them a page at a time. */
export const MAX_BINARY_SOURCE_BYTES = 128 * 1024 * 1024;

const CONVERT = "convert it to .docx or .pdf (e.g. open it in Word or LibreOffice and save as) and add that";


/** The kind a file's name promises: a format, plain text, or null for names we do not read. */
function promised(fileName: string): SniffedKind | "convert" | null {
  const ext = extensionOf(fileName);
  if (TEXT_EXTENSIONS.includes(ext)) return "text";
  if (CONVERT_EXTENSIONS.includes(ext)) return "convert";
  return FORMAT_EXTENSIONS[ext] ?? null;
}

export async function extractSource(fileName: string, bytes: Uint8Array): Promise<ExtractResult> {
  const expected = promised(fileName);
  if (expected === "convert") return { ok: false, reason: `${extensionOf(fileName)} files are not read: ${CONVERT}` };
  if (bytes.length === 0) return { ok: false, reason: "the file is empty (0 bytes)" };
  const actual = sniff(bytes);
  if (expected === "text" || expected === "html") {
    // A document format under a text name is named as what it is; a web page may well be plain text,
    // plain text may hold tags, and any other binary is the decode stage's to refuse ("looks binary").
    if (actual !== "text" && actual !== "html" && actual !== "zip") return lies(fileName, actual);
    if (expected === "text") {
      const decoded = decodeSource(bytes);
      return decoded.ok ? { ...decoded, pages: [], furniture: [] } : decoded;
    }
  } else if (expected !== actual && !(expected === "docx" && actual === "zip")) {
    return lies(fileName, actual);
  }
  if (bytes.length > MAX_BINARY_SOURCE_BYTES) {
    return { ok: false, reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BINARY_SOURCE_BYTES / 1048576} MB limit for one source document` };
  }
  // The readers of PDFs and Word documents are loaded when the first one comes: PDF.js and mammoth take
  // about 0.4 s of CPU to load, in every process that parses (a rebuild's ingest among them), and many
  // archives have none. The parser version still covers them (cache/parser-version.ts reads `import()`).
  if (expected === "pdf") return (await import("./pdf.ts")).extractPdf(bytes);
  if (expected === "docx") return (await import("./docx.ts")).extractDocx(bytes);
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit for one web page` };
  }
  return extractHtml(bytes);
}

function lies(fileName: string, actual: SniffedKind): ExtractResult {
  const ext = extensionOf(fileName);
  const fix = actual === "doc" || actual === "rtf" || actual === "odt" ? CONVERT : actual === "zip" || actual === "text" ? "check the file (download it again)" : `rename it to .${actual}`;
  return { ok: false, reason: `the file is named ${ext} but is ${KIND_NAMES[actual]}: ${fix}` };
}
