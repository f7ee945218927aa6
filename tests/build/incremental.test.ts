// Incremental builds: after adding or changing a source, `npm run build` renders only the pages that
// change touched, and the site it leaves is byte-for-byte the site a full build of the same sources
// gives. Anything it cannot follow page by page (a removed source) falls back to a full build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, ROOT, succeeded } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

const SAMPLE = join(ROOT, "content", "sources");
const ADDED = "worcestershire-county-council";
const CHANGED = join("walsall-council", "002_7ff3a627922ab07f.txt");

/** Builds into the folders given, as `npm run build` into the same ones again; its output. */
const build = (sources: string, collection: string, dist: string): string => succeeded(buildSite(sources, {}, { into: { collection, dist } }));

describe("an incremental build", () => {
  const work = mkdtempSync(join(tmpdir(), "minutebook-incremental-"));
  const sources = join(work, "sources");
  const collection = join(work, "collection");
  const dist = join(work, "dist");
  const outputs: string[] = [];

  beforeAll(() => {
    // The sample without one council's documents, and without the sample's released URLs (which
    // promise every sample page).
    cpSync(SAMPLE, sources, { recursive: true });
    rmSync(join(sources, "published-urls.json"));
    cpSync(join(SAMPLE, ADDED), join(work, "held-back"), { recursive: true });
    rmSync(join(sources, ADDED), { recursive: true });
    outputs.push(build(sources, collection, dist));
    // Add a council's documents, then change one sentence of another document.
    cpSync(join(work, "held-back"), join(sources, ADDED), { recursive: true });
    outputs.push(build(sources, collection, dist));
    const text = readFileSync(join(sources, CHANGED), "utf8");
    const edited = text.replace("There were no substitutions for the duration of the meeting.", "There were no substitutions at any point of the meeting.");
    expect(edited).not.toBe(text);
    writeFileSync(join(sources, CHANGED), edited);
    outputs.push(build(sources, collection, dist));
  });

  it("renders only the pages of the added or changed documents", () => {
    expect(outputs[0]).not.toMatch(/incremental build/);
    expect(outputs[1]).toMatch(/incremental build: 2 document\(s\)/);
    expect(outputs[2]).toMatch(/incremental build: 1 document\(s\)/);
    expect(outputs[2]).toMatch(/parse: 1 parsed, 4 unchanged/);
  });

  it("leaves the same site as a full build of the same sources", () => {
    const fresh = join(work, "fresh");
    build(sources, join(fresh, "collection"), join(fresh, "dist"));
    expect(treeDifferences(tree(dist), tree(join(fresh, "dist")))).toEqual([]);
  });

  it("falls back to a full build when a source is removed, and says why", () => {
    rmSync(join(sources, ADDED), { recursive: true });
    const output = build(sources, collection, dist);
    expect(output).toMatch(/full build: .*removed/);
    const fresh = join(work, "fresh-after-removal");
    build(sources, join(fresh, "collection"), join(fresh, "dist"));
    expect(treeDifferences(tree(dist), tree(join(fresh, "dist")))).toEqual([]);
  });
});
