// The parse cache: an unchanged source is not parsed again, and what the ingest stage writes is the
// same byte for byte whether its records came from the parser or from the cache.
import { describe, expect, it } from "vitest";
import { isAscii } from "node:buffer";
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_FOLDER, cacheKey } from "../../scripts/pipeline/cache/parse-cache.ts";
import { importClosure, importSpecifiers, PER_DOCUMENT_ENTRY } from "../../scripts/pipeline/cache/parser-version.ts";
import type { SourceFile } from "../../scripts/pipeline/corpus/discover.ts";
import { ROOT } from "../support/build-site.ts";
import { copyOf, differences, HOSTILE_SOURCES, ingestInto, SAMPLE_SOURCES, tempDir, tree } from "./helpers.ts";

const entries = (collection: string) => readdirSync(join(collection, CACHE_FOLDER, "parse")).sort();

describe("the parse cache", () => {
  it("a build from a warm cache writes the same bytes as one from a cold cache", async () => {
    const warm = join(tempDir("warm"), "collection");
    const cold = join(tempDir("cold"), "collection");
    const first = await ingestInto(warm);
    expect(first.corpus.reparsed).toBe(5);
    const second = await ingestInto(warm);
    expect(second.corpus).toMatchObject({ reparsed: 0, reused: 5 });
    await ingestInto(cold);
    expect(differences(tree(warm), tree(cold))).toEqual([]);
    expect(second.corpus.documents).toEqual(first.corpus.documents);
  });

  it("keeps entries as ASCII JSON, and text outside ASCII comes back from them exactly", async () => {
    const sources = copyOf(SAMPLE_SOURCES);
    const source = readdirSync(sources, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt")).sort()[0]!;
    appendFileSync(join(sources, source), "\nThe Panel noted the café’s “Winter Warmer” – £2,500 – and 😀.\n");
    const warm = join(tempDir("warm-ascii"), "collection");
    const cold = await ingestInto(warm, sources);
    const again = await ingestInto(warm, sources);
    expect(again.corpus).toMatchObject({ reparsed: 0 });
    expect(again.corpus.documents).toEqual(cold.corpus.documents);
    expect(JSON.stringify(again.corpus.documents)).toContain("café’s “Winter Warmer” – £2,500 – and 😀");
    const files = entries(warm).map((name) => readFileSync(join(warm, CACHE_FOLDER, "parse", name)));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((bytes) => !isAscii(bytes))).toEqual([]);
    expect(files.some((bytes) => bytes.includes("caf\\u00e9\\u2019s \\u201cWinter Warmer\\u201d \\u2013 \\u00a32,500"))).toBe(true);
  });

  it("a cached document's warnings and errors are still reported, the future-date check included", async () => {
    const collection = join(tempDir("hostile"), "collection");
    const cold = await ingestInto(collection, HOSTILE_SOURCES);
    const warm = await ingestInto(collection, HOSTILE_SOURCES);
    expect(warm.corpus.reused).toBeGreaterThan(5);
    expect(warm.corpus.reparsed).toBe(0);
    expect(warm.problems).toEqual(cold.problems);
    const messages = warm.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages.some((m) => /future-date\.txt: the date found, 2099-01-15, is in the future/.test(m))).toBe(true);
    expect(messages.some((m) => /nul-bytes\.txt/.test(m))).toBe(true);
    expect(messages.some((m) => /binary\.txt: .*skipped/.test(m))).toBe(true);
  });

  it("a changed source is parsed again, the others come from the cache, and the old entry is pruned", async () => {
    const sources = copyOf(SAMPLE_SOURCES);
    const collection = join(tempDir("changed"), "collection");
    await ingestInto(collection, sources);
    const before = entries(collection);
    appendFileSync(join(sources, "walsall-council", "002_7ff3a627922ab07f.txt"), "\nAn added closing line.\n");
    const after = await ingestInto(collection, sources);
    expect(after.corpus).toMatchObject({ reparsed: 1, reused: 4 });
    expect(entries(collection)).toHaveLength(5);
    expect(entries(collection).filter((e) => !before.includes(e))).toHaveLength(1);
    // The same as a build that never saw the old text.
    const fresh = join(tempDir("fresh"), "collection");
    await ingestInto(fresh, sources);
    expect(differences(tree(collection), tree(fresh))).toEqual([]);
  });

  it("a torn cache entry (a build killed while writing) is parsed again", async () => {
    const collection = join(tempDir("torn"), "collection");
    await ingestInto(collection);
    const reference = tree(collection);
    writeFileSync(join(collection, CACHE_FOLDER, "parse", entries(collection)[0]!), '{"record": {"schemaVe');
    const again = await ingestInto(collection);
    expect(again.corpus).toMatchObject({ reparsed: 1, reused: 4 });
    expect(differences(tree(collection), reference)).toEqual([]);
  });

  it("the key changes with the bytes, the place in the corpus, the metadata and the parser version", () => {
    const file: SourceFile = { absolutePath: "/x/a/m.txt", relativePath: "a/m.txt", fileName: "m.txt", meta: { council: "Testshire County Council" } };
    const key = cacheKey("v1", file, "0".repeat(64));
    expect(cacheKey("v1", { ...file }, "0".repeat(64))).toBe(key);
    expect(cacheKey("v1", file, "1".repeat(64))).not.toBe(key);
    expect(cacheKey("v2", file, "0".repeat(64))).not.toBe(key);
    expect(cacheKey("v1", { ...file, relativePath: "b/m.txt" }, "0".repeat(64))).not.toBe(key);
    expect(cacheKey("v1", { ...file, meta: { council: "Otherton Borough Council" } }, "0".repeat(64))).not.toBe(key);
    expect(cacheKey("v1", { ...file, meta: { ...file.meta, url: "https://example.org/m.pdf" } }, "0".repeat(64))).not.toBe(key);
  });

  it("the parser version covers every file of decode, extract, parse and validate and the record schema", () => {
    const { files } = importClosure(PER_DOCUMENT_ENTRY);
    const stageFiles = (folder: string) =>
      readdirSync(join(ROOT, folder)).filter((f) => f.endsWith(".ts")).map((f) => `${folder}/${f}`);
    // The page checks validate rendered pages, after the per-document stages: they are not part of a
    // cached parse, and a change to them must not invalidate the cache.
    const pageChecks = ["scripts/pipeline/validate/page-coverage.ts", "scripts/pipeline/validate/page-text.ts"];
    for (const folder of ["scripts/pipeline/decode", "scripts/pipeline/extract", "scripts/pipeline/parse", "scripts/pipeline/validate"]) {
      for (const file of stageFiles(folder).filter((f) => !pageChecks.includes(f))) expect(files).toContain(file);
    }
    for (const file of pageChecks) expect(files).not.toContain(file);
    expect(files).toContain("src/schema/record.ts");
    expect(files).toContain("scripts/pipeline/process-one.ts");
    // Stages after the per-document ones do not invalidate the cache.
    expect(files.filter((f) => /\/(emit|resolve)\//.test(f))).toEqual([]);
  });

  it("imports are read from code, not from comments, loaded on first use (`import()`) too", () => {
    const source = [
      "// taken from \"the County Council\"",
      "/** from \"<Place> County Council\" */",
      'import { a } from "./a.ts";',
      "import {\n  b,\n  c,\n} from \"../b.ts\";",
      'import type { T } from "astro/zod";',
      'export { d } from "./d.ts";',
      '  if (pdf) return (await import("./lazy.ts")).read(bytes);',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["./a.ts", "../b.ts", "astro/zod", "./d.ts", "./lazy.ts"]);
  });
});
