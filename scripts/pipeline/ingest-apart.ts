// Ingest in a process of its own, as `npm run build` runs it: the heap ingest grows (3.9 GiB high-water
// at 10,000 documents) is the child's, and is gone when the child exits, before Astro starts. Run in the
// build's own process it stayed (V8 does not hand a grown heap back, even with the records dropped),
// and the build's process tree peaked at 4.81 GiB against a 4 GiB budget (docs/performance.md, "round
// two, session 7: the real build's memory").
// The child (workers/ingest-child.ts) runs the shared `ingest` stage and hands back what the rest of the
// build needs, all of it small: each document's summary, the source files, the ids, the problems, the
// changes and the topics. Its progress comes back as it goes (one IPC message a document) to the
// caller's `onProgress`; its output (stdout, stderr) is the build's; its failure is the build's, with
// the same message.
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stoppedWithBuild, tracked } from "./children.ts";
import type { SourceFile } from "./corpus/discover.ts";
import type { IngestChanges, IngestPaths, Ingested } from "./ingest.ts";
import type { CandidateTopic } from "./resolve/topics.ts";
import type { SourceProblem } from "./types.ts";
import type { DocumentSummary } from "../../src/schema/record.ts";

/** What a build needs of an ingest once the collection is written: no record, no source text. */
export interface IngestedSummary {
  /** Every source file found (parsed or not), in discovery order. */
  sources: Pick<SourceFile, "relativePath" | "absolutePath">[];
  /** Each published document's summary, in the corpus's order. */
  documents: DocumentSummary[];
  /** Source path → document id. */
  ids: Map<string, string>;
  problems: SourceProblem[];
  suggestedTopics: CandidateTopic[];
  topics: Ingested["topics"];
  changes: IngestChanges;
}

/** The summary as the child writes it (a Map is not JSON). */
export type IngestedFile = Omit<IngestedSummary, "ids"> & { ids: [string, string][] };

/** What the parent sends the child, once. */
export interface IngestRequest {
  paths: IngestPaths;
  /**
   * The last release's URL manifest (`published-urls.json`), whose documents keep their ids (urls.ts);
   * read by the child, so that the build forks ingest before it has loaded the code that reads it.
   */
  publishedUrls: string | null;
  /** Where the child writes its IngestedFile, or `{ error }` when ingest throws. */
  out: string;
}

/** What the child sends back while it works. */
export type IngestMessage = { progress: [done: number, total: number, file: SourceFile] };

const CHILD = join(import.meta.dirname, "workers", "ingest-child.ts");

/**
 * Runs `ingest(paths, options)` in a child Node process (the same Node and flags as this one, so a test
 * hook preloaded into the build reaches ingest too) and resolves once the child has exited. Rejects with
 * ingest's own error message when ingest throws, or with how the child stopped when it died first.
 */
export function ingestApart(
  paths: IngestPaths,
  options: { publishedUrls?: string; onProgress?: (done: number, total: number, file: SourceFile) => void } = {},
): Promise<IngestedSummary> {
  const work = mkdtempSync(join(tmpdir(), "minutebook-ingest-"));
  const out = join(work, "ingested.json");
  const env = { ...process.env };
  // The bench's RSS hook (scripts/bench/rss-hook.mjs) is preloaded through execArgv: it reports the
  // build's own process; the bench samples the child as part of the build's process tree.
  delete env.BENCH_RSS_FILE;
  delete env.BENCH_RESULT_FILE;
  const child = tracked(fork(CHILD, [], { env, stdio: ["ignore", "inherit", "inherit", "ipc"], ...stoppedWithBuild() }));
  return new Promise<IngestedSummary>((resolve, reject) => {
    child.on("message", (message: IngestMessage | { finished: true }) => {
      if ("progress" in message) options.onProgress?.(...message.progress);
    });
    child.on("error", (error) => {
      rmSync(work, { recursive: true, force: true });
      reject(error);
    });
    // "close": the child has exited and its IPC channel is drained, so every progress message has come.
    child.on("close", (code, signal) => {
      try {
        const written = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as IngestedFile | { error: string }) : null;
        if (written && "error" in written) reject(new Error(written.error));
        else if (!written || code !== 0) reject(new Error(`ingest stopped without finishing (exit ${code ?? signal})`));
        else resolve({ ...written, ids: new Map(written.ids) });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    const request: IngestRequest = { paths, publishedUrls: options.publishedUrls ?? null, out };
    child.send(request);
  });
}
