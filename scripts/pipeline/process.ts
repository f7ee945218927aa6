// Runs the pipeline over a corpus: read → decode → parse → validate, per document (process-one.ts),
// then the cross-document stages (people, permanent ids). One bad document is reported and skipped; it
// never stops the others. `processSources` parses every source on the calling thread;
// `processSourcesCached` takes a source's outcome from the parse cache when the source is unchanged
// (cache/parse-cache.ts) and parses the others on several threads (workers/parse-pool.ts). Either way
// the cross-document stages run over every record, since they depend on the whole archive.
import { DocumentRecord, PublishedDocument } from "../../src/schema/record.ts";
import type { SourceFile } from "./corpus/discover.ts";
import { futureDateProblems, processOne, today, type DocumentOutcome } from "./process-one.ts";
import { cachedOutcome, lookupOutcome, readOutcome, type CachedOutcome, type ParseCache } from "./cache/parse-cache.ts";
import { parserVersion } from "./cache/parser-version.ts";
import { PARSE_BATCH, parseInWorkers, parseWorkerCount } from "./workers/parse-pool.ts";
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
  /** Threads started to parse on (0: every source was read from the cache or parsed on the calling thread). */
  threads: number;
  /**
   * Source path → the parse cache's key of its outcome (processSourcesCached): the same key, the same
   * record before the cross-document stages (cache/parse-cache.ts).
   */
  outcomeKeys?: ReadonlyMap<string, string>;
}

export interface ProcessOptions {
  /** Today's date (YYYY-MM-DD), to flag documents dated in the future; defaults to the clock. */
  today?: string;
  /** Called after each document, for progress output on long runs. */
  onProgress?: (done: number, total: number, file: SourceFile) => void;
  /** Source path → id it was published under in the last release: those URLs are kept (see urls.ts). */
  published?: ReadonlyMap<string, string>;
  /**
   * Cross-document stage applied to all parsed records (people identity); identity when absent. Given
   * each record's outcome key by source path when the records came through the parse cache.
   */
  resolve?: (records: DocumentRecord[], outcomeKeys?: ReadonlyMap<string, string>) => DocumentRecord[];
}

const PublishedId = PublishedDocument.pick({ id: true, url: true });

/** The cross-document stages: people (through `resolve`), then permanent ids and URLs. */
function publish(records: DocumentRecord[], options: ProcessOptions, outcomeKeys?: ReadonlyMap<string, string>): Pick<ProcessedCorpus, "documents" | "ids"> {
  const resolved = options.resolve ? options.resolve(records, outcomeKeys) : records;
  const ids = assignDocumentIds(resolved, options.published);
  // The records were validated when parsed and the people stage only points them at other people, so
  // the published form is the record with its id and URL after it, in the schema's key order; the
  // schema is not run over every record again (that made a deep copy of the whole archive).
  const documents = resolved.map((record): PublishedDocument => {
    const id = ids.get(record.source.path)!;
    return { ...record, ...PublishedId.parse({ id, url: urlOfId(id) }) };
  });
  return { documents, ids };
}

/** Every source parsed on this thread, without a cache. `parse` replaces the parser (tests). */
export async function processSources(
  files: SourceFile[],
  options: ProcessOptions & { parse?: (input: ParseInput) => DocumentRecord } = {},
): Promise<ProcessedCorpus> {
  const day = options.today ?? today();
  const problems: SourceProblem[] = [];
  const records: DocumentRecord[] = [];
  for (const [i, file] of files.entries()) {
    const one = await processOne(file, day, options.parse);
    problems.push(...one.problems);
    if (one.parsed) records.push(one.parsed.record);
    options.onProgress?.(i + 1, files.length, file);
  }
  return { ...publish(records, options), problems, reparsed: files.length, reused: 0, threads: 0 };
}

/**
 * Every source's outcome from the cache when it is unchanged, else parsed (on `workers` threads, by
 * default as many as parse-pool.ts decides) and kept in the cache. Outcomes are put in source order,
 * so the result is the same for any number of threads, and the same with a warm cache as with a cold
 * one: fresh outcomes are read back from the JSON that was cached, as a later build will read them.
 */
export async function processSourcesCached(
  files: SourceFile[],
  cache: ParseCache,
  options: ProcessOptions & { workers?: number } = {},
): Promise<ProcessedCorpus> {
  const day = options.today ?? today();
  const version = parserVersion();
  const outcomes: (DocumentOutcome | SourceProblem)[] = new Array(files.length);
  let reparsed = 0;
  let reused = 0;
  let done = 0;
  /** Sources whose cached entry was torn (a build killed while writing it): parsed again after the others. */
  const torn: number[] = [];
  const outcomeKeys = new Map<string, string>();
  const take = (index: number, result: CachedOutcome) => {
    const file = files[index]!;
    if (result.key === null) outcomes[index] = result.problem;
    else {
      const outcome = readOutcome(result.json);
      if (outcome === null && result.reused) return void torn.push(index);
      if (outcome === null) throw new Error(`${file.relativePath}: the parse cache returned unreadable JSON`);
      cache.keep(result.key);
      outcomeKeys.set(file.relativePath, result.key);
      // The extracted text of a PDF or Word source is read again from the cache when it is written out.
      delete outcome.extractedText;
      outcomes[index] = outcome;
      if (result.reused) reused++;
      else reparsed++;
    }
    options.onProgress?.(++done, files.length, file);
  };
  // Every source is looked up here first, and only those the cache lacks are parsed: threads are
  // started for them alone, and only when there are enough of them. A rebuild after one source changed
  // parses it here; threads that each load the whole parser to read cached entries cost more than they
  // save, on the cores an incremental build's Astro process is starting on (docs/performance.md,
  // "Round two, session 11").
  const toParse: number[] = [];
  files.forEach((file, i) => {
    const found = lookupOutcome(file, cache, version);
    if (found.key === null) take(i, found);
    else if (found.cached !== null) take(i, { key: found.key, json: found.cached, reused: true });
    else toParse.push(i);
  });
  const workers = options.workers ?? parseWorkerCount(toParse.length);
  const parsing = toParse.map((i) => files[i]!);
  const threads = Math.min(workers, Math.ceil(parsing.length / PARSE_BATCH));
  if (threads > 0) await parseInWorkers(parsing, threads, { collectionDir: cache.collectionDir, parserVersion: version }, (j, outcome) => take(toParse[j]!, outcome));
  // Read again to parse: the lookups' bytes are not kept (a cold cache's would be the whole corpus's).
  else for (const i of toParse) take(i, await cachedOutcome(files[i]!, cache, version, true));
  for (const index of torn) take(index, await cachedOutcome(files[index]!, cache, version, true));

  const problems: SourceProblem[] = [];
  const records: DocumentRecord[] = [];
  files.forEach((file, i) => {
    const outcome = outcomes[i]!;
    if (!("record" in outcome)) {
      problems.push(outcome);
      return;
    }
    problems.push(...outcome.problems, ...futureDateProblems(file, outcome.record, day));
    if (outcome.record) records.push(outcome.record);
  });
  outcomes.length = 0;
  return { ...publish(records, options, outcomeKeys), problems, reparsed, reused, threads, outcomeKeys };
}
