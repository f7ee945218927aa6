// The change report of the ingest stage: the collection is kept in step with the sources, a file is
// written only when its bytes change, files nothing emits any more are deleted, and the report lists
// exactly those files (collection-relative), for builds that redo only what changed.
import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_FOLDER } from "../../scripts/pipeline/cache/parse-cache.ts";
import { copyOf, ingestInto, SAMPLE_SOURCES, tempDir, tree } from "./helpers.ts";

const WALSALL = join("walsall-council", "002_7ff3a627922ab07f.txt");
const WALSALL_ID = "walsall-council/childrens-and-young-people-scrutiny-and-performance-panel/2012-09-13";
const WEST_SUSSEX = join("west-sussex-county-council", "004_ab3d313a01f42dff.txt");

/** What actually changed between two snapshots of the collection (its cache left out). */
function changedBetween(before: Map<string, Buffer>, after: Map<string, Buffer>) {
  const written = [...after].filter(([p, bytes]) => !before.get(p)?.equals(bytes)).map(([p]) => p);
  const removed = [...before.keys()].filter((p) => !after.has(p));
  return { written, removed };
}
const snapshot = (collection: string) => tree(collection, { skip: [CACHE_FOLDER] });

describe("the ingest change report", () => {
  let sources: string;
  let collection: string;
  beforeEach(() => {
    sources = copyOf(SAMPLE_SOURCES);
    collection = join(tempDir("changes"), "collection");
  });

  it("a first ingest writes every file and says it is a first build", async () => {
    const { changes, corpus } = await ingestInto(collection, sources);
    expect(changes.firstBuild).toBe(true);
    expect(changes.removed).toEqual([]);
    expect(changes.written).toEqual([...snapshot(collection).keys()]);
    expect(changes.written).toContain(`records/${WALSALL_ID}.json`);
    expect(changes.written).toContain(`documents/${WALSALL_ID}.mdx`);
    expect(changes.written).toContain(`sources/${WALSALL_ID}.txt`);
    expect(changes.written).toContain(`archive/document-links/${WALSALL_ID}.json`);
    expect(changes.written).toContain("archive/committees.json");
    expect(changes).toMatchObject({ reparsed: corpus.documents.length, reused: 0 });
  });

  it("ingesting the same sources again parses nothing and writes nothing", async () => {
    await ingestInto(collection, sources);
    const before = snapshot(collection);
    const { changes } = await ingestInto(collection, sources);
    expect(changes).toEqual({ firstBuild: false, written: [], removed: [], reparsed: 0, reused: 5 });
    expect(changedBetween(before, snapshot(collection))).toEqual({ written: [], removed: [] });
  });

  it("a line added at the end of one source rewrites exactly that document's entry, record and source text", async () => {
    await ingestInto(collection, sources);
    const before = snapshot(collection);
    appendFileSync(join(sources, WALSALL), "\nAn added closing line.\n");
    const { changes } = await ingestInto(collection, sources);
    expect(changes).toEqual({
      firstBuild: false,
      written: [`documents/${WALSALL_ID}.mdx`, `records/${WALSALL_ID}.json`, `sources/${WALSALL_ID}.txt`],
      removed: [],
      reparsed: 1,
      reused: 4,
    });
    expect(changedBetween(before, snapshot(collection))).toEqual({ written: changes.written, removed: [] });
  });

  it("a new attendee rewrites that council's archive files and adds the person, and nothing of other councils", async () => {
    await ingestInto(collection, sources);
    const before = snapshot(collection);
    const path = join(sources, WALSALL);
    writeFileSync(path, readFileSync(path, "utf8").replace("Councillor G. Perry\n", "Councillor G. Perry\nCouncillor Z. Quartermaine\n"));
    const { changes } = await ingestInto(collection, sources);
    expect(changes).toMatchObject({ reparsed: 1, reused: 4, removed: [] });
    expect(changes.written).toContain("archive/people/walsall-council/quartermaine-z.json");
    expect(changes.written).toContain("archive/people.json");
    expect(changes.written).toContain(`records/${WALSALL_ID}.json`);
    expect(changes.written.filter((p) => /worcestershire|west-sussex|buckinghamshire/.test(p))).toEqual([]);
    expect(changedBetween(before, snapshot(collection))).toEqual({ written: changes.written, removed: [] });
  });

  it("a removed source takes its files out of the collection, and the report lists each of them", async () => {
    const first = await ingestInto(collection, sources);
    const gone = first.corpus.documents.find((d) => d.source.path === WEST_SUSSEX.split("\\").join("/"))!;
    const before = snapshot(collection);
    rmSync(join(sources, WEST_SUSSEX));
    const { changes } = await ingestInto(collection, sources);
    expect(changes).toMatchObject({ firstBuild: false, reparsed: 0, reused: 4 });
    for (const path of [`documents/${gone.id}.mdx`, `records/${gone.id}.json`, `sources/${gone.id}.txt`, `archive/document-links/${gone.id}.json`]) {
      expect(changes.removed).toContain(path);
    }
    expect(changes.removed.some((p) => p.startsWith("archive/people/west-sussex-county-council/"))).toBe(true);
    expect(changedBetween(before, snapshot(collection))).toEqual({ written: changes.written, removed: changes.removed });
    // No folder is left empty behind it.
    expect(tree(collection).size).toBeGreaterThan(0);
    expect(() => readFileSync(join(collection, "records", "west-sussex-county-council"))).toThrow(/ENOENT/);
  });

  it("after an ingest that stopped while writing, the next one is a first build", async () => {
    await ingestInto(collection, sources);
    rmSync(join(collection, CACHE_FOLDER, "ingest-complete.json"));
    const { changes } = await ingestInto(collection, sources);
    expect(changes).toEqual({ firstBuild: true, written: [], removed: [], reparsed: 0, reused: 5 });
  });

  it("reports paths with `/` and sorted by code point", async () => {
    const { changes } = await ingestInto(collection, sources);
    expect(changes.written.every((p) => !p.includes("\\") && !p.startsWith("/"))).toBe(true);
    expect(changes.written).toEqual([...changes.written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
