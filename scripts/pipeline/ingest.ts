// Ingest: everything the build does before Astro, as one function the build and the benchmark share —
// discover the sources, run the per-document stages (from the parse cache where the source is
// unchanged), resolve people across documents, assign permanent ids, then write the content
// collection, the decoded source texts and the archive index.
import { readFileSync } from "node:fs";
import { discoverSources, type Discovery, type SourceFile } from "./corpus/discover.ts";
import { processSources, type ProcessedCorpus } from "./process.ts";
import { ParseCache } from "./cache/parse-cache.ts";
import { collectionChanges, fileDigests, type CollectionChanges } from "./incremental.ts";
import { decodeSource } from "./decode/decode.ts";
import { sha256 } from "./process-one.ts";
import { writeCollection } from "./emit/collection.ts";
import { writeSourceTexts } from "./emit/source-texts.ts";
import { writeArchive } from "./emit/archive.ts";
import { buildArchive } from "./resolve/archive.ts";
import { loadPeopleOverrides } from "./resolve/overrides.ts";
import { resolvePeopleIndex, type PersonSummary } from "./resolve/people.ts";
import { candidateTopics, loadTopics } from "./resolve/topics.ts";
import { loadCommitteeRenames } from "./resolve/committees.ts";
import type { DocumentRecord, SourceProblem } from "./types.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

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
}

export interface Ingested {
  discovery: Discovery;
  corpus: ProcessedCorpus;
  /** Every problem of every stage, in order: discovery, documents, people overrides. */
  problems: SourceProblem[];
  /** Recurring phrases that no topic of the taxonomy covers yet. */
  suggestedTopics: ReturnType<typeof candidateTopics>;
  /** What this ingest changed in the collection folder, for incremental builds (incremental.ts). */
  changes: IngestChanges;
  timings: { processMs: number; writeMs: number };
}

export interface IngestChanges extends CollectionChanges {
  /** Sources parsed in this run, and sources whose cached outcome was used instead. */
  reparsed: number;
  reused: number;
}

export function ingest(paths: IngestPaths, options: IngestOptions = {}): Ingested {
  const started = performance.now();
  const overrides = loadPeopleOverrides(paths.peopleOverrides);
  const topics = loadTopics(paths.topics);
  const committeeRenames = loadCommitteeRenames(paths.committeeRenames);
  const discovery = discoverSources([paths.sources]);
  const peopleProblems: string[] = [];
  let people: PersonSummary[] = [];
  const cache = new ParseCache(paths.collection);
  const corpus = processSources(discovery.files, {
    cache,
    onProgress: options.onProgress,
    published: options.published,
    resolve: (records: DocumentRecord[]) => {
      const index = resolvePeopleIndex(records, overrides);
      peopleProblems.push(...index.problems);
      people = index.people;
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
  const before = fileDigests(paths.collection);
  if (corpus.documents.length > 0) {
    writeCollection(paths.collection, corpus.documents);
    writeSourceTexts(paths.collection, decodedTexts(corpus.documents, discovery.files));
    // People, committees, topics, resolutions and links across documents: computed once, read by the pages.
    writeArchive(paths.collection, buildArchive(corpus.documents, { people, topics, committeeRenames }));
  }
  const suggestedTopics = candidateTopics(
    corpus.documents.map((d) => ({ id: d.id, texts: d.items.flatMap((i) => [i.title, ...i.paragraphs.map((p) => p.text)]) })),
    topics,
  );
  const changes: IngestChanges = {
    ...collectionChanges(before, fileDigests(paths.collection)),
    reused: cache.hits,
    reparsed: discovery.files.length - cache.hits,
  };
  return { discovery, corpus, problems, suggestedTopics, changes, timings: { processMs: processed - started, writeMs: performance.now() - processed } };
}

/**
 * Each document's decoded source text, read again from its file one document at a time rather than
 * kept from parsing: the texts of the whole archive would otherwise stay in memory until the end.
 */
function* decodedTexts(documents: readonly PublishedDocument[], files: readonly SourceFile[]): Generator<[string, string]> {
  const byPath = new Map(files.map((f) => [f.relativePath, f]));
  for (const document of documents) {
    const bytes = readFileSync(byPath.get(document.source.path)!.absolutePath);
    const decoded = decodeSource(bytes);
    // The record was made from other bytes: the file was edited while this build ran.
    if (sha256(bytes) !== document.source.sha256 || !decoded.ok) {
      throw new Error(`${document.source.path} changed while the build was running; build again`);
    }
    yield [document.id, decoded.text];
  }
}
