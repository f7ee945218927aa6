// The search index's date bands: how documents are split, how shards are weighted when merged, and
// that a rebuild re-indexes only the bands whose documents changed.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { planSearchShards, searchShardSize, shardWeights, DEFAULT_SHARD_SIZE, NEWEST_BAND_SIZE, SMALLEST_WEIGHT, pagefindSortDate } from "../../src/lib/search.ts";
import { buildSearchIndex, readShardsFile } from "../../scripts/pipeline/emit/search-index.ts";
import * as pagefind from "pagefind";
import { indexedRegion, pageFilters, pageForIndex } from "../../scripts/pipeline/emit/search-shard.ts";
import { documentsOf } from "../browser/pages.ts";

const doc = (id: string, date: string | null, year: number | null = null) => ({ id, date, year });

describe("planSearchShards", () => {
  it("keeps everything in Pagefind's own bundle while it fits in one shard", () => {
    const shards = planSearchShards([doc("b", "2020-01-02"), doc("a", "2019-05-01")], 10);
    expect(shards).toEqual([{ bundle: "pagefind/", documents: ["a", "b"] }]);
  });

  // Older bands as small as one band's re-index should cost (docs/performance.md), whatever the
  // archive's density: cut between months, not years, and never inside a month.
  it("cuts older bands between months only, oldest first, undated documents first; the newest band is Pagefind's own", () => {
    const docs = [
      doc("x/2021-1", "2021-01-01"),
      doc("x/2020-1", "2020-03-01"),
      doc("x/2020-2", "2020-04-01"),
      doc("x/2020-2b", "2020-04-15"),
      doc("x/2020-2c", "2020-04-20"),
      doc("x/2020-3", "2020-05-01"),
      doc("x/undated", null),
      doc("x/2021-report", null, 2021),
      doc("x/2022-1", "2022-01-01"),
    ];
    const shards = planSearchShards(docs, 2);
    // The newest band: whole months from the newest while they fit in 2 (2022-01, 2021-01; the
    // year-only 2021 report is a period of its own and would make 3). An older band closes once it
    // has 2 documents and the month changes: April 2020's three stay together.
    expect(shards.map((s) => s.documents)).toEqual([
      ["x/undated", "x/2020-1"],
      ["x/2020-2", "x/2020-2b", "x/2020-2c"],
      ["x/2020-3", "x/2021-report"],
      ["x/2021-1", "x/2022-1"],
    ]);
    expect(shards.map((s) => s.bundle)).toEqual(["search/shard-1/", "search/shard-2/", "search/shard-3/", "pagefind/"]);
  });

  // The first search reads the newest band only, so its cost is that of a band of this size however
  // large the archive grows (docs/performance.md).
  it("keeps the newest band within its size at any archive size, in whole months", () => {
    const archive = (n: number) =>
      Array.from({ length: n }, (_, i) => doc(`d${i}`, `${2010 + Math.floor((i * 15) / n)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`));
    for (const n of [300, 1000, 10000]) {
      const docs = archive(n);
      const shards = planSearchShards(docs, DEFAULT_SHARD_SIZE);
      const newest = shards.at(-1)!;
      expect(newest.bundle).toBe("pagefind/");
      expect(newest.documents.length).toBeGreaterThan(0);
      expect(newest.documents.length).toBeLessThanOrEqual(NEWEST_BAND_SIZE);
      // Whole months: nothing older holds a document of the newest band's first month.
      const month = (id: string) => pagefindSortDate(docs.find((d) => d.id === id)!).slice(0, 7);
      const first = month(newest.documents[0]!);
      expect(shards.slice(0, -1).flatMap((s) => s.documents).some((id) => month(id) >= first)).toBe(false);
      // Every document is in exactly one band.
      expect(shards.flatMap((s) => s.documents).sort()).toEqual(docs.map((d) => d.id).sort());
    }
  });

  // A change in an old document re-indexes its band alone: a band's cost is its size (docs/performance.md).
  it("keeps every older band under its size but for its last month, at any archive size", () => {
    const archive = (n: number) =>
      Array.from({ length: n }, (_, i) => doc(`d${i}`, `${2005 + Math.floor((i * 20) / n)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`));
    for (const n of [1000, 10000]) {
      const docs = archive(n);
      const month = new Map(docs.map((d) => [d.id, d.date!.slice(0, 7)]));
      const older = planSearchShards(docs, DEFAULT_SHARD_SIZE).slice(0, -1);
      expect(older.length).toBeGreaterThan(1);
      for (const band of older) {
        const last = month.get(band.documents.at(-1)!);
        expect(band.documents.filter((id) => month.get(id) !== last).length).toBeLessThan(DEFAULT_SHARD_SIZE);
      }
    }
  });

  it("keeps a month whole in the newest band even when it alone is over the size", () => {
    const docs = [doc("old", "2019-01-01"), ...Array.from({ length: 5 }, (_, n) => doc(`m${n}`, `2020-02-0${n + 1}`))];
    expect(planSearchShards(docs, 10, 3).map((s) => s.documents.length)).toEqual([1, 5]);
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
    // The newest band is Pagefind's primary index, which Pagefind weighs 1.
    expect(shards.at(-1)!.bundle).toBe("pagefind/");
    expect(weights.at(-1)).toBe(1);
    // Ranks run from 1 (the origin record takes 0) to the shard's document count.
    for (let n = 0; n + 1 < shards.length; n++) {
      expect(shards[n]!.documents.length * weights[n]!).toBeLessThan(1 * weights[n + 1]!);
      // Oldest first negates the ranks: the older band's worst is still above the newer band's best.
      expect(-shards[n]!.documents.length * weights[n]!).toBeGreaterThan(-1 * weights[n + 1]!);
    }
  });
});

// Weights shrink by about a band's size from each band to the next older one: past about 125 bands of
// 290 documents they would fall below the smallest doubles, and a date-sorted search of the whole
// archive would lose the oldest bands' order (docs/performance.md, session 6).
describe("shardWeights, a large archive", () => {
  // Three documents a day from 1990: about 90 a month.
  const archive = (n: number) =>
    Array.from({ length: n }, (_, i) => doc(`d${String(i).padStart(6, "0")}`, new Date(Date.UTC(1990, 0, 1) + i * 8 * 3600_000).toISOString().slice(0, 10)));
  const ordered = (shards: ReturnType<typeof planSearchShards>, weights: number[]) =>
    shards.slice(0, -1).every((s, n) => s.documents.length * weights[n]! < weights[n + 1]! && weights[n]! >= SMALLEST_WEIGHT);

  it("keeps the bands of a 10,000-document archive as they are: about 250, no weight below the smallest", () => {
    const shards = planSearchShards(archive(10_000), DEFAULT_SHARD_SIZE);
    expect(shards.length).toBeGreaterThan(30);
    expect(Math.max(...shards.slice(0, -1).map((s) => s.documents.length))).toBeLessThan(DEFAULT_SHARD_SIZE + 100);
    expect(ordered(shards, shardWeights(shards, "newest"))).toBe(true);
  });

  it("gives a 40,000-document archive larger bands, so that every band's weight orders it and none underflows", () => {
    const docs = archive(40_000);
    const shards = planSearchShards(docs, DEFAULT_SHARD_SIZE);
    const weights = shardWeights(shards, "newest");
    // Bands of 250 would be about 150: weights down to 341^-150, about 1e-380, zero as a double.
    expect(DEFAULT_SHARD_SIZE * 150 < docs.length).toBe(true);
    expect(ordered(shards, weights)).toBe(true);
    expect(Math.min(...shards.slice(0, -2).map((s) => s.documents.length))).toBeGreaterThanOrEqual(2 * DEFAULT_SHARD_SIZE);
    // The newest band keeps its own limit: the first search's cost does not grow with the archive.
    expect(shards.at(-1)!.documents.length).toBeLessThanOrEqual(NEWEST_BAND_SIZE);
    expect(shards.flatMap((s) => s.documents).sort()).toEqual(docs.map((d) => d.id).sort());
  });
});

describe("pageForIndex", () => {
  // Pagefind keeps every element with an id as an anchor, with its text, in the page's fragment, which
  // each result downloads; only headings' anchors are used (sub-results labelled by item).
  it("drops the ids of everything but headings, and nothing else", () => {
    const html = `<h2 id="item-4" data-pagefind-weight="7">4 Budget</h2><p class="x" id="item-4-p1">Text <a href="#item-4">¶</a></p><li id="l2">Item</li><span data-id="k" id="L3">line</span><h3 id="sub">Sub</h3><h1 id="t">T</h1>`;
    expect(pageForIndex(html)).toBe(`<h2 id="item-4" data-pagefind-weight="7">4 Budget</h2><p class="x">Text <a href="#item-4">¶</a></p><li>Item</li><span data-id="k">line</span><h3 id="sub">Sub</h3><h1 id="t">T</h1>`);
  });

  it("keeps every heading id of a sample page", () => {
    const site = inject("sampleSite");
    const [first] = documentsOf(site);
    const html = readFileSync(join(site.dist, first!.url, "index.html"), "utf8");
    const headingIds = (h: string) => [...h.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
    const indexed = pageForIndex(html);
    expect(headingIds(indexed)).toEqual(headingIds(html));
    expect(headingIds(html).length).toBeGreaterThan(0);
    expect([...indexed.matchAll(/\sid="/g)].length).toBe(headingIds(html).length);
  });
});

describe("indexedRegion", () => {
  it("keeps the page's language and its one article, in a bare page; a page without one article whole", () => {
    const page = (main: string) => `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header><nav>Menu</nav></header>${main}<footer>Foot</footer></body></html>`;
    const article = `<article class="document" data-pagefind-sort="date:2020-01-01"><h1 data-pagefind-meta="title">T</h1><div data-pagefind-body>Text</div></article>`;
    expect(indexedRegion(page(`<main>${article}<nav class="pager">Later</nav></main>`))).toBe(`<!DOCTYPE html><html lang="en-GB"><body>${article}</body></html>`);
    expect(indexedRegion(page("<main>No article</main>"))).toBe(page("<main>No article</main>"));
    expect(indexedRegion(page(article + article))).toBe(page(article + article));
  });

  // What is left out must be what Pagefind would drop anyway: results, excerpts, titles, URLs,
  // filters, sort and sub-results come from the bundle, so the bundle must be the same bytes.
  it("gives Pagefind's bundle the same bytes as the whole page, for every sample document page", async () => {
    const site = inject("sampleSite");
    const pages = documentsOf(site).map((d) => ({ url: d.url, html: readFileSync(join(site.dist, d.url, "index.html"), "utf8") }));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every(({ html }) => indexedRegion(html).length < html.length)).toBe(true);
    const bundle = async (content: (html: string) => string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: "en" });
      for (const { url, html } of pages) expect((await index!.addHTMLFile({ url, content: pageForIndex(content(html)) })).errors).toEqual([]);
      const { files, errors } = await index!.getFiles();
      expect(errors).toEqual([]);
      await index!.deleteIndex();
      return files.map((f) => [f.path, Buffer.from(f.content).toString("base64")]).sort();
    };
    try {
      const whole = await bundle((html) => html);
      expect(await bundle(indexedRegion)).toEqual(whole);
    } finally {
      await pagefind.close();
    }
  }, 60_000);
});

describe("pageFilters", () => {
  it("reads a page's filter values as Pagefind does: decoded, spaces collapsed, each once", () => {
    const html = `<div hidden data-pagefind-ignore><span data-pagefind-filter="committee">Children&#39;s  &amp; Families</span><span data-pagefind-filter="person">A Smith</span><span data-pagefind-filter="person">A Smith</span><span data-pagefind-filter="topic">Caf&#xe9;s</span></div>`;
    expect(pageFilters(html)).toEqual([
      ["committee", "Children's & Families"],
      ["person", "A Smith"],
      ["topic", "Cafés"],
    ]);
  });

  it("finds a sample page's council, committee and type", () => {
    const site = inject("sampleSite");
    const [first] = documentsOf(site);
    const found = pageFilters(readFileSync(join(site.dist, first!.url, "index.html"), "utf8"));
    expect(found).toEqual(expect.arrayContaining([["council", first!.council!.name], ["committee", first!.committee!.name]]));
    expect(found.some(([name]) => name === "type")).toBe(true);
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

  // One Node process builds band after band; a band that fails must fail the build with its name,
  // not leave it waiting for an answer that never comes.
  it("fails with the band whose page cannot be read, and stops", async () => {
    const dist = join(mkdtempSync(join(tmpdir(), "minutebook-shards-")), "dist");
    cpSync(site.dist, dist, { recursive: true });
    const documents = documentsOf({ ...site, dist });
    const plan = planSearchShards(documents, 1);
    expect(plan.length).toBeGreaterThan(2);
    const missing = plan[0]!.documents[0]!;
    rmSync(join(dist, missing, "index.html"));
    await expect(buildSearchIndex(dist, documents, { shardSize: 1, concurrency: 1 })).rejects.toThrow(
      new RegExp(`search index shard ${plan[0]!.bundle} \\(\\d+ documents\\) failed: .*${missing}/index\\.html`),
    );
    // Stopped at the first failure: no later band was built, and the last build's plan was kept.
    expect(existsSync(join(dist, plan[1]!.bundle))).toBe(false);
    expect(readShardsFile(dist)).toEqual(readShardsFile(site.dist));
  });
});
