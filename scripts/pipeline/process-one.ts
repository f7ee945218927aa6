// The per-document stages: extract (decode for text; PDF, Word and web-page readers) → parse → validate (the record schema, the coverage check), for one
// source. Everything here depends only on the source's bytes, where it lies in the corpus and its
// metadata, which is what lets the parse cache (cache/parse-cache.ts) keep the outcome; the parser
// version that keys that cache is computed from this module and everything it imports
// (cache/parser-version.ts). The cross-document stages (people, ids, archive) are in process.ts and
// ingest.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DocumentRecord } from "../../src/schema/record.ts";
import type { SourceFile } from "./corpus/discover.ts";
import { extractSource } from "./extract/index.ts";
import { parseDocument } from "./parse/index.ts";
import { checkCoverage } from "./validate/coverage.ts";
import type { ParseInput, SourceProblem, SourceRef } from "./types.ts";

export interface ParsedSource {
  file: SourceFile;
  text: string;
  record: DocumentRecord;
}

/**
 * What the per-document stages make of one source's bytes: the validated record (null when the source
 * was refused or the parser failed) and every problem found on the way, in order. Plain JSON data, so
 * that it can be cached and sent between threads as it is.
 */
export interface DocumentOutcome {
  record: DocumentRecord | null;
  problems: SourceProblem[];
  /**
   * The extracted text, kept only for sources that are not plain text (PDF, Word, web pages): the
   * source view shows it, and extracting again would cost as much as the first time.
   */
  extractedText?: string;
}

/** Whether a record's source was read by a format reader (its text is not its bytes decoded). */
export const isExtracted = (source: SourceRef): boolean => source.encoding === "pdf" || source.encoding === "docx" || source.encoding.startsWith("html");

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Extract, parse and validate one source's bytes. `text` is the extracted text when extraction
 * succeeded (the coverage check compared the record with it). Asynchronous because PDF.js is.
 */
export async function processBytes(
  file: SourceFile,
  bytes: Uint8Array,
  parse: (input: ParseInput) => DocumentRecord = parseDocument,
  digest: string = sha256(bytes),
): Promise<DocumentOutcome & { text: string | null }> {
  const problems: SourceProblem[] = [];
  const fail = (message: string, line: number | null = null, text: string | null = null) => {
    problems.push({ file: file.relativePath, line, severity: "error", message });
    return { record: null, problems, text };
  };
  const decoded = await extractSource(file.fileName, bytes);
  if (!decoded.ok) return fail(`${decoded.reason}; skipped`);
  for (const notice of decoded.notices) {
    problems.push({ file: file.relativePath, line: notice.line, severity: "warning", message: notice.message });
  }
  const source: SourceRef = {
    file: file.fileName,
    path: file.relativePath,
    sha256: digest,
    bytes: bytes.length,
    encoding: decoded.encoding,
    url: file.meta.url ?? null,
    ...(decoded.pages.length ? { pages: decoded.pages } : {}),
  };
  let record: DocumentRecord;
  try {
    record = withFurniture(parse({ text: structureText(decoded.text, decoded.furniture), source, meta: file.meta }), decoded.text, decoded.furniture);
  } catch (error) {
    return fail(`the parser failed (${(error as Error).message}); skipped — please report this with the file`, null, decoded.text);
  }
  const checked = DocumentRecord.safeParse(record);
  if (!checked.success) {
    const fields = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return fail(`the parsed record is invalid (${fields}); skipped — please report this with the file`, null, decoded.text);
  }
  for (const warning of checked.data.warnings) {
    problems.push({ file: file.relativePath, line: warning.line, severity: "warning", message: warning.message });
  }
  // Nothing lost: every word of the source must be somewhere in the record, or the build fails.
  const coverage = checkCoverage(decoded.text, checked.data);
  if (coverage.missing.length) {
    const first = coverage.missing.slice(0, 5).map((m) => `"${m.word}" (line ${m.line})`).join(", ");
    problems.push({
      file: file.relativePath,
      line: coverage.missing[0]!.line,
      severity: "error",
      code: "text-lost",
      message: `${coverage.missing.length} word(s) of the source are missing from the parsed record (coverage ${(coverage.ratio * 100).toFixed(2)}%): ${first}${coverage.missing.length > 5 ? ", …" : ""}`,
    });
  }
  return { record: checked.data, problems, text: decoded.text };
}

/**
 * The text the parser reads for structure: the extracted text with the lines its reader knows are
 * page furniture (running headers and footers, page numbers, download-link noise) left blank, so
 * that they never split or join the paragraphs around them. Line numbers are unchanged.
 */
export function structureText(text: string, furniture: readonly number[]): string {
  if (!furniture.length) return text;
  const lines = text.split("\n");
  for (const n of furniture) if (n >= 1 && n <= lines.length) lines[n - 1] = "";
  return lines.join("\n");
}

/** The furniture lines put back in the record, in line order with what the parser found, so that every word is kept. */
export function withFurniture(record: DocumentRecord, text: string, furniture: readonly number[]): DocumentRecord {
  if (!furniture.length) return record;
  const lines = text.split("\n");
  const added = furniture.filter((n) => lines[n - 1]?.trim()).map((n) => ({ text: lines[n - 1]!.trim(), lines: [n, n] as [number, number] }));
  const merged = [...record.furniture, ...added].sort((a, b) => a.lines[0] - b.lines[0]);
  return { ...record, furniture: merged };
}

/**
 * The one check that depends on the day of the build rather than on the source, so it is not part of
 * a cached outcome: a date after `day` is kept as written, with a warning.
 */
export function futureDateProblems(file: SourceFile, record: DocumentRecord | null, day: string): SourceProblem[] {
  if (!record?.date || record.date <= day) return [];
  return [
    {
      file: file.relativePath,
      line: null,
      severity: "warning",
      message: `the date found, ${record.date}, is in the future: check it (kept as written)`,
    },
  ];
}

/** Read, extract, parse and validate one source. Returns the record or the problems that stopped it. */
export async function processOne(
  file: SourceFile,
  day = today(),
  parse: (input: ParseInput) => DocumentRecord = parseDocument,
): Promise<{ parsed: ParsedSource | null; problems: SourceProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    return { parsed: null, problems: [readProblem(file, error)] };
  }
  const outcome = await processBytes(file, bytes, parse);
  const problems = [...outcome.problems, ...futureDateProblems(file, outcome.record, day)];
  return { parsed: outcome.record && outcome.text !== null ? { file, text: outcome.text, record: outcome.record } : null, problems };
}

export function readProblem(file: SourceFile, error: unknown): SourceProblem {
  return { file: file.relativePath, line: null, severity: "error", message: `cannot read: ${(error as Error).message}; skipped` };
}
