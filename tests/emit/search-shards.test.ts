// The search index's date bands: how documents are split, how shards are weighted when merged, and
// that a rebuild re-indexes only the bands whose documents changed.
import { cpSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { planSearchShards, searchShardSize, shardWeights, DEFAULT_SHARD_SIZE } from "../../src/lib/search.ts";
import { buildSearchIndex, readShardsFile } from "../../scripts/pipeline/emit/search-index.ts";
import { documentsOf } from "../browser/pages.ts";

const doc = (id: string, date: string | null, year: number | null = null) => ({ id, date, year });

describe("planSearchShards", () => {
  it("keeps everything in Pagefind's own bundle while it fits in one shard", () => {
    const shards = planSearchShards([doc("b", "2020-01-02"), doc("a", "2019-05-01")], 10);
    expect(shards).toEqual([{ bundle: "pagefind/", documents: ["a", "b"] }]);
  });

  it("cuts bands between years only, oldest first, undated documents first", () => {
    const docs = [
      doc("x/2021-1", "2021-01-01"),
      doc("x/2020-1", "2020-03-01"),
      doc("x/2020-2", "2020-04-01"),
      doc("x/2020-3", "2020-05-01"),
      doc("x/undated", null),
      doc("x/2021-report", null, 2021),
      doc("x/2022-1", "2022-01-01"),
    ];
    const shards = planSearchShards(docs, 2);
    // A band closes once it has 2 documents and the year changes: 2020's three stay together.
    expect(shards.map((s) => s.documents)).toEqual([
      ["x/undated", "x/2020-1", "x/2020-2", "x/2020-3"],
      ["x/2021-report", "x/2021-1"],
      ["x/2022-1"],
    ]);
    expect(shards.map((s) => s.bundle)).toEqual(["pagefind/", "search/shard-2/", "search/shard-3/"]);
  });

  it("is the same plan whatever order the documents come in", () => {
    const docs = Array.from({ length: 40 }, (_, n) => doc(`d${n}`, `${2000 + (n % 9)}-0${1 + (n % 7)}-1${n % 10}`));
    expect(planSearchShards([...docs].reverse(), 7)).toEqual(planSearchShards(docs, 7));
  });
});

describe("shardWeights", () => {
  const shards = planSearchShards(Array.from({ length: 9 }, (_, n) => doc(`d${n}`, `${2000 + n}-01-01`)), 3);

  it("leaves best match unweighted", () => {
    expect(shardWeights(shards, null)).toEqual([1, 1, 1]);
  });

  it("orders whole bands: every weighted rank of a newer band outscores every rank of an older one", () => {
    const weights = shardWeights(shards, "newest");
    // Ranks run from 1 (the origin record takes 0) to the shard's document count.
    for (let n = 0; n + 1 < shards.length; n++) {
      expect(shards[n]!.documents.length * weights[n]!).toBeLessThan(1 * weights[n + 1]!);
      // Oldest first negates the ranks: the older band's worst is still above the newer band's best.
      expect(-shards[n]!.documents.length * weights[n]!).toBeGreaterThan(-1 * weights[n + 1]!);
    }
  });
});

describe("searchShardSize", () => {
  it("defaults, and refuses what is not a positive whole number", () => {
    expect(searchShardSize({})).toBe(DEFAULT_SHARD_SIZE);
    expect(searchShardSize({ MINUTEBOOK_SEARCH_SHARD_SIZE: "300" })).toBe(300);
    expect(() => searchShardSize({ MINUTEBOOK_SEARCH_SHARD_SIZE: "0" })).toThrow(/MINUTEBOOK_SEARCH_SHARD_SIZE/);
    expect(() => searchShardSize({ MINUTEBOOK_SEARCH_SHARD_SIZE: "lots" })).toThrow(/lots/);
  });
});

describe("buildSearchIndex, rebuilt", () => {
  const site = inject("sampleSite");

  it("re-indexes only the bands whose documents changed", async () => {
    const dist = join(mkdtempSync(join(tmpdir(), "minutebook-shards-")), "dist");
    cpSync(site.dist, dist, { recursive: true });
    const documents = documentsOf({ ...site, dist });
    const first = await buildSearchIndex(dist, documents, { shardSize: 2 });
    expect(first).toMatchObject({ pages: documents.length, shards: 3, rebuilt: 3 });
    const plan = readShardsFile(dist)!.shards;
    const stamp = () => plan.map((s) => statSync(join(dist, s.bundle, "pagefind-entry.json")).mtimeMs);
    const before = stamp();

    expect(await buildSearchIndex(dist, documents, { shardSize: 2, changed: new Set() })).toMatchObject({ rebuilt: 0 });
    expect(stamp()).toEqual(before);

    const changed = plan[1]!.documents[0]!;
    expect(await buildSearchIndex(dist, documents, { shardSize: 2, changed: new Set([changed]) })).toMatchObject({ rebuilt: 1 });
    const after = stamp();
    expect([after[0] === before[0], after[1] === before[1], after[2] === before[2]]).toEqual([true, false, true]);
    expect(JSON.parse(readFileSync(join(dist, plan[1]!.bundle, "pagefind-entry.json"), "utf8"))).toHaveProperty("languages");
  });
});
