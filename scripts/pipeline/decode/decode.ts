// Decode stage: the bytes of a source file become clean text, or a clear reason why not.
// Sources are untrusted and come in every encoding councils' tools produce. Pure: bytes in, result out.
import { decodeWindows1252 } from "./windows-1252.ts";

/**
 * Larger sources are refused rather than risk the build: a meeting's minutes are kilobytes and a long
 * report a few hundred; a file of 16 MB of text is an export of many documents or not a document at all.
 */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export interface DecodeNotice {
  line: number | null;
  message: string;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: string; notices: DecodeNotice[] }
  | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Whether the first 8 KB hold more control bytes than any text file would (C0 controls other than tab,
 * LF, FF, CR): over a tenth of them, and at least 16, so that a short note with one stray NUL is still text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) bad++;
  }
  return bad >= 16 && bad / n > 0.1;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, UTF8_BOM)) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = looksLikeUtf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: office tools on Windows write windows-1252 (smart quotes, en dashes, £).
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** The control characters `normalise` replaces with U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Normalise decoded text: line endings to LF, form feeds (page breaks from PDF extraction) to blank
 * lines, NUL and other control characters to U+FFFD as micromark's preprocess does, so that nothing
 * downstream meets a character that could end a string early or hide text.
 */
function normalise(text: string, notices: DecodeNotice[]): string {
  let out = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\n");
  // Most texts hold no control character: skip the replacement, which calls back for every line.
  if (!CONTROL.test(out)) return out;
  let line = 1;
  let replaced = 0;
  let firstLine: number | null = null;
  out = out.replace(/[\n\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, (ch) => {
    if (ch === "\n") {
      line++;
      return ch;
    }
    replaced++;
    firstLine ??= line;
    return "\uFFFD";
  });
  if (replaced) {
    notices.push({ line: firstLine, message: `${replaced} control character(s) (such as NUL) replaced with U+FFFD` });
  }
  return out;
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty (0 bytes)" };
  if (bytes.length > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit for one source document; split it or check it is really a text document`,
    };
  }
  const hasBom = startsWith(bytes, UTF8_BOM) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!hasBom && !looksLikeUtf16WithoutBom(bytes) && looksBinary(bytes)) {
    return { ok: false, reason: "the file looks binary (many control bytes), not text: convert it to plain text first" };
  }
  const notices: DecodeNotice[] = [];
  const decoded = decodeBytes(bytes);
  if (decoded.encoding !== "utf-8") notices.push({ line: null, message: `decoded as ${decoded.encoding}` });
  const text = normalise(decoded.text, notices);
  if (text.trim().length === 0) return { ok: false, reason: "the file contains no text (only whitespace)" };
  return { ok: true, text, encoding: decoded.encoding, notices };
}
