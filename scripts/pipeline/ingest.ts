// Ingest: everything the build does before Astro, as one function the build and the benchmark share —
// discover the sources, run the per-document stages, resolve people across documents, assign permanent
// ids, then write the content collection, the decoded source texts and the archive index.
import { discoverSources, type Discovery, type SourceFile } from "./corpus/discover.ts";
import { processSources, type ProcessedCorpus } from "./process.ts";
import { writeCollection } from "./emit/collection.ts";
import { writeSourceTexts } from "./emit/source-texts.ts";
import { writeArchive } from "./emit/archive.ts";
import { buildArchive } from "./resolve/archive.ts";
import { loadPeopleOverrides } from "./resolve/overrides.ts";
import { resolvePeopleIndex, type PersonSummary } from "./resolve/people.ts";
import { candidateTopics, loadTopics } from "./resolve/topics.ts";
import { loadCommitteeRenames } from "./resolve/committees.ts";
import type { DocumentRecord, SourceProblem } from "./types.ts";

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
  timings: { processMs: number; writeMs: number };
}

export function ingest(paths: IngestPaths, options: IngestOptions = {}): Ingested {
  const started = performance.now();
  const overrides = loadPeopleOverrides(paths.peopleOverrides);
  const topics = loadTopics(paths.topics);
  const committeeRenames = loadCommitteeRenames(paths.committeeRenames);
  const discovery = discoverSources([paths.sources]);
  const peopleProblems: string[] = [];
  let people: PersonSummary[] = [];
  const corpus = processSources(discovery.files, {
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
  const processed = performance.now();
  if (corpus.documents.length > 0) {
    writeCollection(paths.collection, corpus.documents);
    writeSourceTexts(paths.collection, corpus.texts);
    // People, committees, topics, resolutions and links across documents: computed once, read by the pages.
    writeArchive(paths.collection, buildArchive(corpus.documents, { people, topics, committeeRenames }));
  }
  const suggestedTopics = candidateTopics(
    corpus.documents.map((d) => ({ id: d.id, texts: d.items.flatMap((i) => [i.title, ...i.paragraphs.map((p) => p.text)]) })),
    topics,
  );
  return { discovery, corpus, problems, suggestedTopics, timings: { processMs: processed - started, writeMs: performance.now() - processed } };
}
