// Runs the pipeline over a corpus: read → decode → parse → validate, per document, then the
// cross-document stages (people, permanent ids). One bad document is reported and skipped; it never
// stops the others.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DocumentRecord, PublishedDocument } from "../../src/schema/record.ts";
import type { SourceFile } from "./corpus/discover.ts";
import { decodeSource } from "./decode/decode.ts";
import { parseDocument } from "./parse/index.ts";
import { checkCoverage } from "./validate/coverage.ts";
import { assignDocumentIds, urlOfId } from "./urls.ts";
import type { ParseInput, SourceProblem, SourceRef } from "./types.ts";

export interface ParsedSource {
  file: SourceFile;
  text: string;
  record: DocumentRecord;
}

export interface ProcessedCorpus {
  documents: PublishedDocument[];
  /** Source path → document id. */
  ids: Map<string, string>;
  /** Decoded source text per document id, for source views and coverage checks. */
  texts: Map<string, string>;
  problems: SourceProblem[];
}

export interface ProcessOptions {
  /** The parse stage; the real parser unless a test puts another in its place. */
  parse?: (input: ParseInput) => DocumentRecord;
  /** Today's date (YYYY-MM-DD), to flag documents dated in the future; defaults to the clock. */
  today?: string;
  /** Called after each document, for progress output on long runs. */
  onProgress?: (done: number, total: number, file: SourceFile) => void;
  /** Source path → id it was published under in the last release: those URLs are kept (see urls.ts). */
  published?: ReadonlyMap<string, string>;
  /** Cross-document stage applied to all parsed records (people identity); identity when absent. */
  resolve?: (records: DocumentRecord[]) => DocumentRecord[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Read, decode, parse and validate one source. Returns the record or the problems that stopped it. */
export function processOne(
  file: SourceFile,
  today = new Date().toISOString().slice(0, 10),
  parse: (input: ParseInput) => DocumentRecord = parseDocument,
): { parsed: ParsedSource | null; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const fail = (message: string, line: number | null = null) => {
    problems.push({ file: file.relativePath, line, severity: "error", message });
    return { parsed: null, problems };
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    return fail(`cannot read: ${(error as Error).message}; skipped`);
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(`${decoded.reason}; skipped`);
  for (const notice of decoded.notices) {
    problems.push({ file: file.relativePath, line: notice.line, severity: "warning", message: notice.message });
  }
  const source: SourceRef = {
    file: file.fileName,
    path: file.relativePath,
    sha256: sha256(bytes),
    bytes: bytes.length,
    encoding: decoded.encoding,
    url: file.meta.url ?? null,
  };
  let record: DocumentRecord;
  try {
    record = parse({ text: decoded.text, source, meta: file.meta });
  } catch (error) {
    return fail(`the parser failed (${(error as Error).message}); skipped — please report this with the file`);
  }
  const checked = DocumentRecord.safeParse(record);
  if (!checked.success) {
    const fields = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return fail(`the parsed record is invalid (${fields}); skipped — please report this with the file`);
  }
  for (const warning of checked.data.warnings) {
    problems.push({ file: file.relativePath, line: warning.line, severity: "warning", message: warning.message });
  }
  if (checked.data.date && checked.data.date > today) {
    problems.push({
      file: file.relativePath,
      line: null,
      severity: "warning",
      message: `the date found, ${checked.data.date}, is in the future: check it (kept as written)`,
    });
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
  return { parsed: { file, text: decoded.text, record: checked.data }, problems };
}

export function processSources(files: SourceFile[], options: ProcessOptions = {}): ProcessedCorpus {
  const problems: SourceProblem[] = [];
  const parsed: ParsedSource[] = [];
  files.forEach((file, i) => {
    const one = processOne(file, options.today, options.parse);
    problems.push(...one.problems);
    if (one.parsed) parsed.push(one.parsed);
    options.onProgress?.(i + 1, files.length, file);
  });
  const resolved = options.resolve ? options.resolve(parsed.map((p) => p.record)) : parsed.map((p) => p.record);
  const ids = assignDocumentIds(resolved, options.published);
  const texts = new Map<string, string>();
  const documents = resolved.map((record, i) => {
    const id = ids.get(record.source.path)!;
    texts.set(id, parsed[i]!.text);
    return PublishedDocument.parse({ id, url: urlOfId(id), ...record });
  });
  return { documents, ids, texts, problems };
}
