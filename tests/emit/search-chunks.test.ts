// The search index cut into smaller chunks after Pagefind writes it (scripts/pipeline/emit/search-chunks.ts):
// the same search results from fewer bytes, with chunk ranges as Pagefind draws them.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkEntries, chunkRanges, MAX_SHARED_PREFIX, rechunkBundle, recut } from "../../scripts/pipeline/emit/search-chunks.ts";

const word = (text: string, entries: number) => ({ word: text, entries, bytes: Buffer.from(text) });
const sharedStart = (a: string, b: string) => [...a].findIndex((c, n) => c !== b[n]) === -1 ? a.length : [...a].findIndex((c, n) => c !== b[n]);

describe("chunkRanges", () => {
  // Pagefind's own test of chunk_meta (pagefind/src/index/mod.rs `build_chunk_meta`): the search picks
  // the chunk whose range holds a query word, so the ranges must be drawn exactly as Pagefind draws them.
  it("cuts neighbouring bounds to the first character that differs, as Pagefind's chunk_meta does", () => {
    const chunks = [[word("apple", 1)], [word("apricot", 1), word("banana", 1)], [word("peach", 1)]];
    expect(chunkRanges(chunks)).toEqual([
      { from: "apple", to: "app" },
      { from: "apr", to: "b" },
      { from: "p", to: "peach" },
    ]);
  });
});

describe("recut", () => {
  const words = ["ca", "care", "carer", "carri", "cat", "cb", "d", "da", "dam", "e", "ea", "eb"].map((w) => word(w, 3));

  it("cuts only between words that share at most one leading character, once a chunk holds the target", () => {
    const chunks = recut([words], 5);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([["ca", "care", "carer", "carri", "cat"], ["cb", "d"], ["da", "dam"], ["e", "ea"], ["eb"]]);
    for (const [n, chunk] of chunks.slice(1).entries()) expect(sharedStart(chunks[n]!.at(-1)!.word, chunk[0]!.word)).toBeLessThanOrEqual(MAX_SHARED_PREFIX);
  });

  it("keeps Pagefind's own cuts and every word once, in order", () => {
    const chunks = recut([words.slice(0, 4), words.slice(4)], 1);
    expect(chunks.flat().map((w) => w.word)).toEqual(words.map((w) => w.word));
    // "carri" ends Pagefind's first chunk, so it ends one here too, though "cat" shares "ca" with it.
    expect(chunks.map((c) => c.at(-1)!.word)).toContain("carri");
  });
});

describe("chunkEntries", () => {
  it("grows with the index, between 1,000 entries and Pagefind's own 20,000", () => {
    expect(chunkEntries(10_000)).toBe(1_000);
    expect(chunkEntries(1_000_000)).toBe(1_000);
    expect(chunkEntries(10_000_000)).toBe(3_162);
    expect(chunkEntries(10_000_000_000)).toBe(20_000);
  });
});

// A real Pagefind bundle of 80 pages (about 50,000 index entries: Pagefind writes three chunks), as
// Pagefind wrote it and cut again. Words share starts on purpose ("fost", "care", "comm") so that a
// query's extensions sit near chunk cuts.
describe("rechunkBundle on a Pagefind bundle", () => {
  const VOCABULARY = (
    "foster fostering fosters carer carers care caring career careful committee committees community commuter " +
    "budget budgets budgetary council councillor councils counsel planning plan plans planned application applications " +
    "apply park parking parks pay payment school schools scheme housing house houses tax taxi taxation the of and to a"
  ).split(" ");
  let root: string;
  let before: string;
  let after: string;
  let server: ReturnType<typeof createServer>;
  let origin: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "minutebook-chunks-"));
    before = join(root, "before");
    after = join(root, "after");
    const { index } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error("no index");
    // A fixed pseudo-random text per page (the same bundle on every run).
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let page = 0; page < 80; page++) {
      const text = Array.from({ length: 600 }, () => VOCABULARY[next() % VOCABULARY.length]).join(" ");
      const { errors } = await index.addCustomRecord({ url: `/p${page}/`, content: text, language: "en", meta: { title: `Page ${page}` } });
      expect(errors).toEqual([]);
    }
    expect((await index.writeFiles({ outputPath: before })).errors).toEqual([]);
    await pagefind.close();
    cpSync(before, after, { recursive: true });
    rechunkBundle(after);
    server = createServer((req, res) => {
      const path = join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      try {
        res.writeHead(200).end(readFileSync(path));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

  /** Every result of a query (page, score, matched positions) and the index chunks it fetched. */
  const modules = new Map<string, Promise<{ search(q: string): Promise<{ results: { score: number; words: number[]; data(): Promise<{ url: string }> }[] }> }>>();
  async function search(bundle: "before" | "after", query: string) {
    if (!modules.has(bundle)) {
      modules.set(
        bundle,
        import(`${pathToFileURL(join(root, bundle, "pagefind.js")).href}?bundle=${bundle}`).then(async (module) => {
          await module.options({ basePath: `${origin}/${bundle}/` });
          return module;
        }),
      );
    }
    const found = await (await modules.get(bundle)!).search(query);
    return Promise.all(found.results.map(async (r) => [(await r.data()).url, r.score, r.words]));
  }

  const chunkFiles = (bundle: string) => readdirSync(join(bundle.startsWith("/") ? bundle : join(root, bundle), "index"));

  it("cuts Pagefind's chunks into more, smaller ones", () => {
    expect(chunkFiles("before").length).toBeGreaterThan(1);
    expect(chunkFiles("after").length).toBeGreaterThan(chunkFiles("before").length * 2);
  });

  it("gives every query of two characters or more the same results, scores and matched words", async () => {
    const queries = ["foster carers", "budget", "fost", "fo", "care", "ca", "comm", "co", "counc", "plan", "pl", "application", "park", "pa", "tax", "ta", "the", "house", "missing"];
    for (const query of queries) expect({ query, results: await search("after", query) }).toEqual({ query, results: await search("before", query) });
  });

  it("is the same bytes when run again on the same bundle", () => {
    const again = join(root, "again");
    cpSync(before, again, { recursive: true });
    rechunkBundle(again);
    const files = (dir: string) =>
      ["pagefind-entry.json", ...readdirSync(dir).filter((f) => f.endsWith(".pf_meta")), ...chunkFiles(dir).map((f) => join("index", f))]
        .sort()
        .map((f) => [f, readFileSync(join(dir, f)).toString("base64")]);
    expect(files(again)).toEqual(files(after));
  });
});
