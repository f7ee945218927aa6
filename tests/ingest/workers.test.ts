// Parsing on worker threads: the same records, problems and files, in the same order, whatever the
// number of threads.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { appendFileSync, readdirSync } from "node:fs";
import { writeCorpus } from "../../scripts/corpus/write.ts";
import { PARSE_BATCH, parseWorkerCount } from "../../scripts/pipeline/workers/parse-pool.ts";
import { copyOf, differences, HOSTILE_SOURCES, ingestInto, SAMPLE_SOURCES, tempDir, tree } from "./helpers.ts";
import { writeMixedFolder } from "../build/mixed-formats.ts";

const THREADS = 3;
/** A synthetic archive big enough for three threads: the pool starts at most one per PARSE_BATCH sources. */
const SYNTHETIC = join(tempDir("synthetic"), "sources");
writeCorpus({ documents: THREADS * PARSE_BATCH, out: SYNTHETIC });
const sourcesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(txt|md)$/.test(f)).length;

describe("parsing on worker threads", () => {
  it("a corpus of three batches keeps three threads busy", () => {
    expect(sourcesIn(SYNTHETIC)).toBeGreaterThan((THREADS - 1) * PARSE_BATCH);
  });

  it("gives the same collection and problems as parsing on one thread, cold and warm", async () => {
    for (const sources of [SYNTHETIC, SAMPLE_SOURCES, HOSTILE_SOURCES]) {
      const one = join(tempDir("one-thread"), "collection");
      const three = join(tempDir("three-threads"), "collection");
      const a = await ingestInto(one, sources, { workers: 0 });
      const b = await ingestInto(three, sources, { workers: THREADS });
      expect(b.problems).toEqual(a.problems);
      expect(b.corpus.documents).toEqual(a.corpus.documents);
      expect(differences(tree(one), tree(three))).toEqual([]);
      const warm = await ingestInto(three, sources, { workers: 2 });
      expect(warm.changes).toMatchObject({ written: [], removed: [], reparsed: 0 });
      expect(warm.problems).toEqual(a.problems);
    }
  });

  it("PDFs, Word files and web pages (PDF.js is asynchronous) give the same collection on threads as on one thread", async () => {
    const sources = join(tempDir("mixed-formats"), "sources");
    await writeMixedFolder(sources);
    const one = join(tempDir("one-thread"), "collection");
    const two = join(tempDir("two-threads"), "collection");
    const a = await ingestInto(one, sources, { workers: 0 });
    const b = await ingestInto(two, sources, { workers: 2 });
    expect(a.corpus.documents.map((d) => d.source.encoding).sort()).toEqual(["docx", "html (utf-8)", "pdf", "utf-8"]);
    expect(b.problems).toEqual(a.problems);
    expect(b.corpus.documents).toEqual(a.corpus.documents);
    expect(differences(tree(one), tree(two))).toEqual([]);
    // The PDF's source text (the extracted text, numbered as parsed) is written from the cache.
    const pdf = a.corpus.documents.find((d) => d.source.encoding === "pdf")!;
    expect(tree(one).get(`sources/${pdf.id}.txt`)?.toString("utf8")).toMatch(/^Planning Committee - 12 March 2024\n\n## NORTHSHIRE COUNTY COUNCIL\n/);
  });

  it("sends only the sources the cache lacks to threads, and parses a few on the calling thread", async () => {
    const sources = copyOf(SYNTHETIC);
    const collection = join(tempDir("changed"), "collection");
    const cold = await ingestInto(collection, sources, { workers: THREADS });
    expect(cold.corpus).toMatchObject({ reparsed: sourcesIn(sources), threads: THREADS });
    const [first, second] = readdirSync(sources, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt")).sort();
    appendFileSync(join(sources, first!), "\nThe committee noted the update.\n");
    // One source to parse: one batch, so one thread, however many are allowed.
    const one = await ingestInto(collection, sources, { workers: THREADS });
    expect(one.corpus).toMatchObject({ reparsed: 1, reused: sourcesIn(sources) - 1, threads: 1 });
    appendFileSync(join(sources, second!), "\nThe committee noted the update.\n");
    // By default, too few to repay a thread: parsed here.
    const here = await ingestInto(collection, sources, { workers: undefined });
    expect(here.corpus).toMatchObject({ reparsed: 1, threads: 0 });
    const fresh = join(tempDir("fresh"), "collection");
    await ingestInto(fresh, sources, { workers: 0 });
    // The collection; `.cache/` holds the parse cache and ingest's own state, which remember the history.
    expect(differences(tree(fresh, { skip: [".cache"] }), tree(collection, { skip: [".cache"] }))).toEqual([]);
  });

  it("uses no threads for a small corpus, and as many as MINUTEBOOK_PARSE_WORKERS says", () => {
    expect(parseWorkerCount(5, {})).toBe(0);
    expect(parseWorkerCount(10_000, {})).toBeGreaterThan(0);
    expect(parseWorkerCount(10_000, { MINUTEBOOK_PARSE_WORKERS: "0" })).toBe(0);
    expect(parseWorkerCount(5, { MINUTEBOOK_PARSE_WORKERS: "3" })).toBe(3);
    expect(() => parseWorkerCount(5, { MINUTEBOOK_PARSE_WORKERS: "two" })).toThrow(/whole number/);
  });
});
