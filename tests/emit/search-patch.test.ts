// A rebuild's search band patched for its changed and added pages (scripts/pipeline/emit/search-patch.ts)
// must be byte for byte the band Pagefind writes when it indexes every page again — or decline, leave the
// band as it was, and be re-indexed whole (scripts/pipeline/emit/search-index.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { patchBand, type BandPatch } from "../../scripts/pipeline/emit/search-patch.ts";
import { indexShard } from "../../scripts/pipeline/emit/search-shard.ts";
import { buildSearchIndex, readShardsFile } from "../../scripts/pipeline/emit/search-index.ts";

const BUNDLE = "pagefind/";

// Words that share starts (so chunk cuts fall among them), Welsh words with and without their accents
// (Pagefind keeps an accented form as a variant of the plain word), and numbers.
const VOCABULARY = (
  "foster fostering carers care caring committee committees community council councillor councils budget budgetary " +
  "planning plans application applications housing highways school schools library parking climate flood recycling " +
  "resolved agreed noted report reports officer officers member members minutes meeting item items decision " +
  "cyngor sir sîr ysgol ysgolion tŷ tý ty dŵr dẃr dwr môr mor gwasanaethau cymuned cymunedau 2019 2020 2021 £1,200 £45,000"
).split(" ");

/** A page of `words` words drawn (seeded) from the vocabulary, with some unique to the page. */
function text(seed: number, words: number): string {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: words }, (_, n) => (n % 50 === 0 ? `word${seed}x${n}` : VOCABULARY[next() % VOCABULARY.length])).join(" ");
}

interface TestDocument {
  id: string;
  date: string;
  council: string;
  people: string[];
  words: number;
  seed: number;
}

/** A document page as src/pages/[...document]/index.astro renders one, as far as Pagefind reads it. */
function page(d: TestDocument): string {
  const filters = [["council", d.council], ["committee", "Cabinet"], ["year", d.date.slice(0, 4)], ["type", "Minutes"], ...d.people.map((p) => ["person", p])]
    .map(([name, value]) => `<span data-pagefind-filter="${name}">${value}</span>`)
    .join("");
  const body = text(d.seed, d.words);
  const half = body.split(" ").slice(0, d.words / 2).join(" ");
  return (
    `<!DOCTYPE html><html lang="en"><head><title>${d.id}</title></head><body><header><nav>Home Councils Search</nav></header><main>` +
    `<article class="document" data-pagefind-sort="date:${d.date}" data-pagefind-meta="date:${d.date}"><div hidden data-pagefind-ignore>${filters}</div>` +
    `<header><h1 data-pagefind-meta="title">Minutes of ${d.council} ${d.date}</h1></header><div class="document-text" data-pagefind-body>` +
    `<h2 id="item-1" data-pagefind-weight="7">Item 1 ${d.council}</h2><p id="p-1">${half}</p>` +
    `<h2 id="item-2" data-pagefind-weight="7">Item 2</h2><p id="p-2">${body.slice(half.length)}</p></div></article></main></body></html>`
  );
}

const PEOPLE = ["Ann Jones", "Bryn Evans", "Carys Hughes", "Dafydd Price"];
const COUNCILS = ["Ashcombe", "Birchover", "Cwmderwen"];
/** Thirteen documents, about 1,700 words each: the band's index is more than one of Pagefind's chunks of 20,000 entries. */
const ARCHIVE: TestDocument[] = Array.from({ length: 13 }, (_, n) => ({
  id: `council-${n % 3}/cabinet/2020-${String(n + 1).padStart(2, "0")}-10/minutes`,
  date: `2020-${String((n % 12) + 1).padStart(2, "0")}-10`,
  council: COUNCILS[n % 3]!,
  people: [PEOPLE[n % 4]!, PEOPLE[(n + 1) % 4]!],
  words: 1200 + ((n * 137) % 900),
  seed: n + 1,
}));
ARCHIVE.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function writePages(dist: string, documents: readonly TestDocument[]) {
  for (const d of documents) {
    mkdirSync(join(dist, d.id), { recursive: true });
    writeFileSync(join(dist, d.id, "index.html"), page(d));
  }
}

/** Every file of a bundle, path → bytes (base64), for comparing two bundles whole. */
function bundleFiles(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => !["index", "filter", "fragment"].includes(f)).sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

/**
 * The band indexed for `before`, then the pages changed to `after`: patched in one copy, indexed whole
 * in another. Returns the patch's outcome, the bundle it was given (`old`) and both results.
 */
async function patchAndReindex(before: readonly TestDocument[], after: readonly TestDocument[], changed: readonly string[], edit?: (dist: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "minutebook-search-patch-"));
  roots.push(root);
  const patched = join(root, "patched");
  const whole = join(root, "whole");
  writePages(patched, before);
  await indexShard(patched, BUNDLE, before.map((d) => d.id));
  writePages(patched, after);
  edit?.(patched);
  const old = bundleFiles(join(patched, BUNDLE));
  cpSync(patched, whole, { recursive: true });
  const dates = new Map(after.map((d) => [d.id, d.date]));
  const change: BandPatch = { distDir: patched, bundle: BUNDLE, before: before.map((d) => d.id), after: after.map((d) => d.id), changed: new Set(changed), sortKey: (id) => dates.get(id)! };
  const outcome = await patchBand(change);
  await pagefind.close();
  await indexShard(whole, BUNDLE, after.map((d) => d.id));
  return { outcome, old, patched: bundleFiles(join(patched, BUNDLE)), whole: bundleFiles(join(whole, BUNDLE)) };
}

const withChange = (documents: readonly TestDocument[], at: number, change: Partial<TestDocument>) => documents.map((d, n) => (n === at ? { ...d, ...change } : d));
const indexChunks = (files: Record<string, string>) => Object.keys(files).filter((f) => f.startsWith("index/"));

describe("patchBand", () => {
  it("gives a changed page's band byte for byte the band indexed whole", async () => {
    const after = withChange(ARCHIVE, 6, { seed: 99 });
    const result = await patchAndReindex(ARCHIVE, after, [after[6]!.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 1 });
    expect(result.patched).not.toEqual(result.old);
    expect(result.patched).toEqual(result.whole);
  });

  // The band's filter files and filter counts change, and a person is first met on another page.
  // The band's filter counts list values in the order first met, each page's in its own order: when the
  // first page to have two values changes, the next page to have them decides their order.
  it("gives the same bytes when the first page to have two values loses them to a page listing them the other way round", async () => {
    const before = withChange(withChange(ARCHIVE, 0, { people: ["Gwen Ellis", "Huw Owen"] }), 5, { people: ["Huw Owen", "Gwen Ellis"] });
    const after = withChange(before, 0, { people: ["Ann Jones"] });
    const result = await patchAndReindex(before, after, [after[0]!.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 1 });
    expect(Buffer.from(result.patched["minutebook-filters.json"]!, "base64").toString()).toMatch(/"Huw Owen":1,"Gwen Ellis":1/);
    expect(result.patched).toEqual(result.whole);
  });

  it("gives the same bytes when a changed page's filters change", async () => {
    const after = withChange(ARCHIVE, 1, { council: "Dunmere", people: ["Eleri Morgan"] });
    const result = await patchAndReindex(ARCHIVE, after, [after[1]!.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 1 });
    expect(result.patched["minutebook-filters.json"]).not.toEqual(result.old["minutebook-filters.json"]);
    expect(result.patched).toEqual(result.whole);
  });

  // Every later page's number moves up by one in every word's list.
  it("gives the same bytes for a page added in the middle of the band, with values first met there", async () => {
    const added: TestDocument = { id: "council-9/cabinet/2020-04-11/minutes", date: "2020-04-11", council: "Eastbridge", people: ["Ann Jones", "Ffion Rees"], words: 1500, seed: 50 };
    const after = [...ARCHIVE, added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    expect(after.indexOf(added)).toBeLessThan(after.length - 2);
    const result = await patchAndReindex(ARCHIVE, after, [added.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 1 });
    expect(result.patched).toEqual(result.whole);
  });

  it("gives the same bytes for a page added at the end, with a neighbour's page changed too", async () => {
    const added: TestDocument = { id: "council-1/cabinet/2020-12-31/minutes", date: "2020-12-31", council: "Birchover", people: ["Carys Hughes"], words: 900, seed: 60 };
    const after = [...withChange(ARCHIVE, ARCHIVE.length - 1, { seed: 61 }), added];
    const result = await patchAndReindex(ARCHIVE, after, [added.id, after[ARCHIVE.length - 1]!.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 2 });
    expect(result.patched).toEqual(result.whole);
  });

  // Pagefind closes a chunk every 20,000 entries; a page of 4,000 more words moves every later cut,
  // and the search-chunks.ts cuts with them: nearly every chunk file is new.
  it("gives the same bytes when the change moves Pagefind's chunk boundaries", async () => {
    const after = withChange(ARCHIVE, 2, { words: 6000 });
    const result = await patchAndReindex(ARCHIVE, after, [after[2]!.id]);
    expect(result.outcome).toEqual({ patched: true, pages: 1 });
    const kept = indexChunks(result.patched).filter((f) => f in result.old);
    expect(kept.length).toBeLessThan(indexChunks(result.patched).length / 2);
    expect(result.patched).toEqual(result.whole);
  });

  it("declines a band that a document left, and writes nothing", async () => {
    const after = ARCHIVE.filter((_, n) => n !== 4);
    const result = await patchAndReindex(ARCHIVE, after, []);
    expect(result.outcome).toEqual({ patched: false, reason: `${ARCHIVE[4]!.id} left the band` });
    expect(result.patched).toEqual(result.old);
  });

  // The whole re-index is the safe default: a band with a file missing is not a failed build.
  it("declines, rather than fails, when a file of the band is missing", async () => {
    const after = withChange(ARCHIVE, 3, { seed: 78 });
    const result = await patchAndReindex(ARCHIVE, after, [after[3]!.id], (dist) => rmSync(join(dist, BUNDLE, "index", readdirSync(join(dist, BUNDLE, "index"))[0]!)));
    expect(result.outcome).toMatchObject({ patched: false, reason: expect.stringMatching(/^the patch failed: ENOENT/) });
    expect(result.patched).toEqual(result.old);
  });

  it("declines metadata of a format it does not know, and writes nothing", async () => {
    const after = withChange(ARCHIVE, 3, { seed: 77 });
    const result = await patchAndReindex(ARCHIVE, after, [after[3]!.id], (dist) => {
      // A Pagefind whose metadata has one field more than 1.6's.
      const entry = JSON.parse(readFileSync(join(dist, BUNDLE, "pagefind-entry.json"), "utf8"));
      const file = join(dist, BUNDLE, `pagefind.${entry.languages.en.hash}.pf_meta`);
      const raw = gunzipSync(readFileSync(file));
      const signature = raw.subarray(0, 12);
      const cbor = raw.subarray(12);
      writeFileSync(file, gzipSync(Buffer.concat([signature, Buffer.from([cbor[0]! + 1]), cbor.subarray(1), Buffer.from([0x80])])));
    });
    expect(result.outcome).toMatchObject({ patched: false, reason: expect.stringMatching(/not Pagefind 1\.6's metadata \(7 fields\)/) });
    expect(result.patched).toEqual(result.old);
  });
});

describe("buildSearchIndex in a rebuild", () => {
  // The whole stage: a patched band and a declined one, each the bytes of a band indexed whole.
  it("patches a band it can, re-indexes one it cannot, says why, and both equal a full build", async () => {
    const root = mkdtempSync(join(tmpdir(), "minutebook-search-patch-"));
    roots.push(root);
    const rebuilt = join(root, "rebuilt");
    const full = join(root, "full");
    const summaries = (documents: readonly TestDocument[]) => documents.map((d) => ({ id: d.id, date: d.date, year: null }));
    writePages(rebuilt, ARCHIVE);
    // Bands of about four documents: the newest (pagefind/) and three older ones.
    const first = await buildSearchIndex(rebuilt, summaries(ARCHIVE), { shardSize: 4 });
    expect(first.shards).toBeGreaterThan(2);
    const plan = readShardsFile(rebuilt)!.shards;
    // A change in the oldest band, and the second band's filter counts lost (so it cannot be patched).
    const changed = withChange(ARCHIVE, 0, { seed: 98 });
    writePages(rebuilt, changed);
    rmSync(join(rebuilt, plan[1]!.bundle, "minutebook-filters.json"));
    const second = await buildSearchIndex(rebuilt, summaries(changed), { shardSize: 4, changed: new Set([changed[0]!.id]) });
    expect(second).toMatchObject({ rebuilt: 2, patched: 1, declined: [{ bundle: plan[1]!.bundle, reason: "no earlier bundle" }] });

    writePages(full, changed);
    await buildSearchIndex(full, summaries(changed), { shardSize: 4 });
    for (const shard of plan) expect({ band: shard.bundle, files: bundleFiles(join(rebuilt, shard.bundle)) }).toEqual({ band: shard.bundle, files: bundleFiles(join(full, shard.bundle)) });
    expect(readFileSync(join(rebuilt, "search/filters.json"), "utf8")).toBe(readFileSync(join(full, "search/filters.json"), "utf8"));
    expect(existsSync(join(rebuilt, plan[1]!.bundle, "minutebook-filters.json"))).toBe(true);
  });
});
