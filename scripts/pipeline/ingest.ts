// Ingest: everything the build does before Astro, as one function the build and the benchmark share —
// discover the sources, run the per-document stages (from the parse cache where the source is
// unchanged), resolve people across documents, assign permanent ids, then write the content
// collection, the decoded source texts and the archive index, each file only when its bytes changed.
// Returns what changed, for builds that redo only the pages those files feed.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverSources, type Discovery, type SourceFile } from "./corpus/discover.ts";
import { processSourcesCached, type ProcessedCorpus } from "./process.ts";
import { CACHE_FOLDER, cacheKey, ParseCache, readOutcome } from "./cache/parse-cache.ts";
import { parserVersion } from "./cache/parser-version.ts";
import { decodeSource } from "./decode/decode.ts";
import { isExtracted, sha256 } from "./process-one.ts";
import { SOURCES_FOLDER, writeSourceTexts } from "./emit/source-texts.ts";
import { writeArchive } from "./emit/archive.ts";
import { clearState, councilKeys, ingestVersion, loadState, planReuse, saveState, suggestionsFromState, writeArchiveReusing, writeRecords } from "./emit/archive-reuse.ts";
import { documentTexts } from "./resolve/suggestion-state.ts";
import { CollectionWriter } from "./emit/writer.ts";
import { archiveSummaries, buildArchive } from "./resolve/archive.ts";
import { loadPeopleOverrides } from "./resolve/overrides.ts";
import { type PersonSummary } from "./resolve/people.ts";
import { resolvePeopleReusing, type PeopleState } from "./resolve/people-reuse.ts";
import { loadTopics, type CandidateTopic } from "./resolve/topics.ts";
import { SuggestionsThread } from "./workers/topic-suggestions.ts";
import { loadCommitteeRenames } from "./resolve/committees.ts";
import type { DocumentRecord, SourceProblem } from "./types.ts";
import { councilOf, type PublishedDocument } from "../../src/schema/record.ts";

export interface IngestPaths {
  sources: string;
  collection: string;
  peopleOverrides: string;
  topics: string;
  committeeRenames: string;
}

export interface IngestOptions {
  /** Source path → id published in the last release (see urls.ts). */
  published?: ReadonlyMap<string, string>;
  onProgress?: (done: number, total: number, file: SourceFile) => void;
  /** Threads to parse on (0: this one); by default workers/parse-pool.ts decides. */
  workers?: number;
}

/** What an ingest changed in the collection folder. */
export interface IngestChanges {
  /**
   * No complete earlier ingest in this collection folder (none, or one that stopped while writing):
   * `written` and `removed` compare with whatever is on disk, and everything built from the
   * collection should be treated as changed.
   */
  firstBuild: boolean;
  /** Files written because they are new or their bytes changed, collection-relative, sorted. */
  written: string[];
  /** Files deleted because nothing emits them any more, collection-relative, sorted. */
  removed: string[];
  /** Sources parsed in this run, and sources whose cached outcome was used instead. */
  reparsed: number;
  reused: number;
}

export interface Ingested {
  discovery: Discovery;
  corpus: ProcessedCorpus;
  /** Every problem of every stage, in order: discovery, documents, people overrides. */
  problems: SourceProblem[];
  /** Recurring phrases that no topic of the taxonomy covers yet. */
  suggestedTopics: CandidateTopic[];
  /** Topics in the taxonomy, and how many of them tag at least one item (the others get no page). */
  topics: { defined: number; used: number };
  changes: IngestChanges;
  /**
   * The councils whose part of the archive was built again, sorted, the others' kept from the last
   * ingest (emit/archive-reuse.ts); null when the whole archive was built.
   */
  archiveRebuilt: string[] | null;
  /** Records the people stage resolved in this run; the others took the last ingest's people (resolve/people-reuse.ts). */
  peopleResolved: number;
  /** Wall and CPU time (all threads) of processing (discovery to ids) and of the rest (archive, writing). */
  timings: { processMs: number; writeMs: number; processCpuMs: number; writeCpuMs: number };
}

/** CPU time of the whole process (every thread) so far, in ms. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** Written when an ingest has finished writing the collection; absent while it writes. */
const COMPLETE_MARKER = join(CACHE_FOLDER, "ingest-complete.json");

export async function ingest(paths: IngestPaths, options: IngestOptions = {}): Promise<Ingested> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const overrides = loadPeopleOverrides(paths.peopleOverrides);
  const topics = loadTopics(paths.topics);
  const committeeRenames = loadCommitteeRenames(paths.committeeRenames);
  const discovery = discoverSources([paths.sources]);
  const peopleProblems: string[] = [];
  let people: PersonSummary[] = [];
  const cache = new ParseCache(paths.collection);
  const marker = join(paths.collection, COMPLETE_MARKER);
  const firstBuild = !existsSync(marker);
  // What the last complete ingest wrote from the same inputs is kept, not made again (emit/archive-reuse.ts).
  const version = ingestVersion([paths.peopleOverrides, paths.topics, paths.committeeRenames]);
  const state = firstBuild ? null : loadState(paths.collection, version, marker);
  let peopleState: PeopleState | null = null;
  let peopleResolved = 0;
  const corpus = await processSourcesCached(discovery.files, cache, {
    workers: options.workers,
    onProgress: options.onProgress,
    published: options.published,
    // People of the councils no change reaches are the last ingest's (resolve/people-reuse.ts).
    resolve: (records: DocumentRecord[], outcomeKeys?: ReadonlyMap<string, string>) => {
      const index = resolvePeopleReusing(records, outcomeKeys!, overrides, state?.people ?? null);
      peopleProblems.push(...index.problems);
      people = index.people;
      peopleState = index.state;
      peopleResolved = index.resolved;
      return index.records;
    },
  });
  const problems: SourceProblem[] = [
    ...discovery.problems,
    ...corpus.problems,
    ...peopleProblems.map((message) => ({ file: paths.peopleOverrides, line: null, severity: "warning" as const, message })),
  ];
  // Outcomes of sources that are gone or changed are of no further use.
  cache.prune();
  const processed = performance.now();
  const cpuProcessed = process.cpuUsage();
  // Files are compared and written on a thread of their own while this one makes the next (writer.ts).
  const writer = new CollectionWriter(paths.collection, { threaded: corpus.documents.length > 0 });
  let topicsUsed = 0;
  let suggestedTopics: CandidateTopic[] = [];
  let archiveRebuilt: string[] | null = null;
  /** The hash of the state this ingest leaves (emit/archive-reuse.ts), named by the completion marker. */
  let stateHash: string | null = null;
  if (corpus.documents.length > 0) {
    const sourceStamps = Object.fromEntries(corpus.documents.map((d) => [d.id, `${d.source.path}\0${d.source.sha256}`]));
    // Recurring phrases no topic covers: from the last ingest's counts when few texts changed, else
    // counted on a thread of their own meanwhile, fed between steps.
    const outcomes = Object.fromEntries(corpus.documents.map((d) => [d.id, corpus.outcomeKeys!.get(d.source.path)!]));
    const kept = state ? suggestionsFromState(paths.collection, state, corpus.documents, outcomes, topics) : null;
    const suggestions = kept ? null : new SuggestionsThread();
    if (suggestions) for (const d of corpus.documents) suggestions.add(documentTexts(d));
    suggestions?.pump();
    try {
      rmSync(marker, { force: true });
      clearState(paths.collection);
      const { records, keys: recordKeys } = writeRecords(writer, corpus.documents, state, outcomes);
      suggestions?.pump();
      // A text decoded from the same source file and bytes is the one on disk.
      const toDecode = corpus.documents.filter((d) => !(state?.sources[d.id] === sourceStamps[d.id] && writer.keep(`${SOURCES_FOLDER}/${d.id}.txt`)));
      writeSourceTexts(writer, pumping(decodedTexts(toDecode, discovery.files, cache), suggestions));
      // People, committees, topics, resolutions and links across documents: computed once, read by the pages.
      const summaries = archiveSummaries(corpus.documents, people);
      const councils = councilKeys(corpus.documents, records, summaries);
      const plan = state ? planReuse(paths.collection, state, councils, summaries, corpus.documents) : null;
      if (plan) {
        archiveRebuilt = [...plan.rebuild].sort();
        const rebuilt = corpus.documents.filter((d) => plan.rebuild.has(councilOf(d).slug));
        const partial = buildArchive(rebuilt, { summaries, topics, committeeRenames });
        suggestions?.pump();
        topicsUsed = writeArchiveReusing(writer, paths.collection, partial, plan, summaries, corpus.documents, topics);
      } else {
        const archive = buildArchive(corpus.documents, { summaries, topics, committeeRenames });
        topicsUsed = archive.topics.length;
        suggestions?.pump();
        writeArchive(writer, archive);
      }
      await writer.finish();
      const counted = kept ?? (await suggestions!.counted(topics));
      suggestedTopics = counted.candidates;
      stateHash = saveState(paths.collection, { version, records: Object.fromEntries(records), sources: sourceStamps, outcomes, recordKeys, councils: Object.fromEntries(councils), suggestions: counted.summary, people: peopleState! });
    } catch (error) {
      await Promise.all([writer.abandon(), suggestions?.abandon()]);
      throw error;
    }
    writeFileSync(marker, `${JSON.stringify({ documents: corpus.documents.length, state: stateHash })}\n`);
  }
  const changes: IngestChanges = { firstBuild, written: writer.written, removed: writer.removed, reparsed: corpus.reparsed, reused: corpus.reused };
  const timings = {
    processMs: processed - started,
    writeMs: performance.now() - processed,
    processCpuMs: cpuMs(cpuProcessed) - cpuMs(cpuStarted),
    writeCpuMs: cpuMs(process.cpuUsage()) - cpuMs(cpuProcessed),
  };
  return { discovery, corpus, problems, suggestedTopics, topics: { defined: topics.length, used: topicsUsed }, changes, archiveRebuilt, peopleResolved, timings };
}

/**
 * Each document's decoded source text, read again from its file one document at a time rather than
 * kept from parsing: the texts of the whole archive would otherwise stay in memory until the end.
 * The text of a PDF, Word document or web page is the one its reader extracted, kept in the parse
 * cache beside its record (extracting it again would cost as much as the first time).
 */
function* decodedTexts(documents: readonly PublishedDocument[], files: readonly SourceFile[], cache: ParseCache): Generator<[string, string]> {
  const byPath = new Map(files.map((f) => [f.relativePath, f]));
  const version = parserVersion();
  for (const document of documents) {
    const file = byPath.get(document.source.path)!;
    const bytes = readFileSync(file.absolutePath);
    const decoded = isExtracted(document.source)
      ? extractedText(cache.read(cacheKey(version, file, document.source.sha256)))
      : decodeSource(bytes);
    // The record was made from other bytes: the file was edited while this build ran.
    if (sha256(bytes) !== document.source.sha256 || !decoded.ok) {
      throw new Error(`${document.source.path} changed while the build was running; build again`);
    }
    yield [document.id, decoded.text];
  }
}

/** `items`, with the suggestions thread sent more text after each. */
function* pumping<T>(items: Iterable<T>, suggestions: SuggestionsThread | null): Generator<T> {
  for (const item of items) {
    yield item;
    suggestions?.pump();
  }
}

function extractedText(json: string | null): { ok: true; text: string } | { ok: false } {
  const text = json === null ? undefined : readOutcome(json)?.extractedText;
  return text === undefined ? { ok: false } : { ok: true, text };
}
