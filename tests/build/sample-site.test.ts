import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BuiltSite } from "../support/build-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";
import { PublishedDocument } from "../../src/schema/record.ts";

interface PagefindApi {
  options(o: { basePath: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** A word that occurs in this document's text and in no other document's: a fair search probe. */
function distinctiveWord(own: string, others: string[]): string {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{9,}/g) ?? []);
  const elsewhere = new Set(others.flatMap((t) => [...words(t)]));
  const candidates = [...words(own)].filter((w) => !elsewhere.has(w)).sort();
  expect(candidates.length, "the document has a word no other document has").toBeGreaterThan(0);
  return candidates[0]!;
}

describe("the site built from the bundled sample", () => {
  let site: BuiltSite;
  let documents: PublishedDocument[];
  let server: RunningServer;
  let pagefind: PagefindApi;

  beforeAll(async () => {
    site = inject("sampleSite");
    const dir = join(site.collection, "records");
    documents = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => PublishedDocument.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
    server = await serveDirectory(site.dist);
    pagefind = (await import(join(site.dist, "pagefind", "pagefind.js"))) as PagefindApi;
    await pagefind.options({ basePath: `${server.origin}/pagefind/` });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("builds without errors", () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toMatch(/0 error\(s\)/);
  });

  it("has an entry for each of the five sample documents", () => {
    expect(documents.map((d) => d.source.file).sort()).toEqual([
      "000_8a6e13e5fabe1a3a.txt",
      "001_87319a1a06042c68.txt",
      "002_7ff3a627922ab07f.txt",
      "003_1f49fae26ba8eadd.txt",
      "004_ab3d313a01f42dff.txt",
    ]);
  });

  it("has a page per document, with the original text beside it", () => {
    for (const d of documents) {
      expect(existsSync(join(site.dist, d.url, "index.html")), d.url).toBe(true);
      expect(existsSync(join(site.dist, d.url, d.source.file)), `${d.url}${d.source.file}`).toBe(true);
    }
  });

  it("has a search index that finds a phrase from each document on that document's page", async () => {
    const texts = documents.map((d) => JSON.stringify([d.preamble, d.items]));
    for (const [i, d] of documents.entries()) {
      const word = distinctiveWord(texts[i]!, texts.filter((_, j) => j !== i));
      const found = await pagefind.search(word);
      const urls = await Promise.all(found.results.map(async (r) => new URL((await r.data()).url, server.origin).pathname));
      expect(urls, `searching "${word}"`).toContain(d.url);
    }
  });

  it("every document page offers its people and its items' topics as search filters", () => {
    const minutes = documents.find((d) => d.source.file.startsWith("002"))!;
    const html = readFileSync(join(site.dist, minutes.url, "index.html"), "utf8");
    expect(html).toMatch(/data-pagefind-filter="person">[^<]*Cassidy</);
    expect(html).toMatch(/data-pagefind-filter="topic">Adoption</);
  });
});
