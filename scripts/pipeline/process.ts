// Runs the pipeline over a corpus: read → decode → parse → validate, per document (process-one.ts),
// then the cross-document stages (people, permanent ids). One bad document is reported and skipped; it
// never stops the others. With a parse cache, a source whose bytes, place, metadata and parser are
// unchanged is not parsed again (cache/parse-cache.ts); the cross-document stages always run over every
// record, since they depend on the whole archive.
import { readFileSync } from "node:fs";
import { DocumentRecord, PublishedDocument } from "../../src/schema/record.ts";
import type { SourceFile } from "./corpus/discover.ts";
import { parseDocument } from "./parse/index.ts";
import { futureDateProblems, processBytes, readProblem, sha256, today, type DocumentOutcome } from "./process-one.ts";
import { cacheKey, type ParseCache } from "./cache/parse-cache.ts";
import { parserVersion } from "./cache/parser-version.ts";
import { assignDocumentIds, urlOfId } from "./urls.ts";
import type { ParseInput, SourceProblem } from "./types.ts";

export interface ProcessedCorpus {
  documents: PublishedDocument[];
  /** Source path → document id. */
  ids: Map<string, string>;
  problems: SourceProblem[];
  /** Sources parsed in this run, and sources whose cached outcome was used instead. */
  reparsed: number;
  reused: number;
}

export interface ProcessOptions {
  /** The parse stage; the real parser unless a test puts another in its place (not with a cache). */
  parse?: (input: ParseInput) => DocumentRecord;
  /** Today's date (YYYY-MM-DD), to flag documents dated in the future; defaults to the clock. */
  today?: string;
  /** Called after each document, for progress output on long runs. */
  onProgress?: (done: number, total: number, file: SourceFile) => void;
  /** Source path → id it was published under in the last release: those URLs are kept (see urls.ts). */
  published?: ReadonlyMap<string, string>;
  /** Cross-document stage applied to all parsed records (people identity); identity when absent. */
  resolve?: (records: DocumentRecord[]) => DocumentRecord[];
  /** Reuse and keep each source's outcome here; every source is parsed when absent. */
  cache?: ParseCache;
}

export function processSources(files: SourceFile[], options: ProcessOptions = {}): ProcessedCorpus {
  const { cache, parse = parseDocument } = options;
  // The cache is keyed by the real parser's version: another parser's records must not land in it.
  if (cache && options.parse) throw new Error("processSources: a parse cache holds the real parser's records only");
  const day = options.today ?? today();
  const version = cache ? parserVersion() : "";
  const problems: SourceProblem[] = [];
  const records: DocumentRecord[] = [];
  let reparsed = 0;
  let reused = 0;
  files.forEach((file, i) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absolutePath);
    } catch (error) {
      problems.push(readProblem(file, error));
      options.onProgress?.(i + 1, files.length, file);
      return;
    }
    const digest = sha256(bytes);
    const key = cache ? cacheKey(version, file, digest) : "";
    let outcome: DocumentOutcome | null = cache ? cache.get(key) : null;
    if (outcome) reused++;
    else {
      const fresh = processBytes(file, bytes, parse, digest);
      outcome = { record: fresh.record, problems: fresh.problems };
      if (cache) {
        // Read back from the JSON kept, exactly as a later build will read it.
        const json = JSON.stringify(outcome);
        cache.set(key, json);
        outcome = JSON.parse(json) as DocumentOutcome;
      }
      reparsed++;
    }
    problems.push(...outcome.problems, ...futureDateProblems(file, outcome.record, day));
    if (outcome.record) records.push(outcome.record);
    options.onProgress?.(i + 1, files.length, file);
  });
  const resolved = options.resolve ? options.resolve(records) : records;
  const ids = assignDocumentIds(resolved, options.published);
  const documents = resolved.map((record) => {
    const id = ids.get(record.source.path)!;
    return PublishedDocument.parse({ id, url: urlOfId(id), ...record });
  });
  return { documents, ids, problems, reparsed, reused };
}
