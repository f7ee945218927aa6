// A search index split into date bands (MINUTEBOOK_SEARCH_SHARD_SIZE) still behaves as one index in
// the browser: the search page merges the shards, every document is found, filters count across
// shards, and date-sorted results stay in date order across band boundaries both ways. The newest band
// is searched first and older ones only on demand: a search with a page of results from the newest
// band loads no other band, and the reader reaches older results with "Search older meetings too".
import { beforeAll, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser, siteInBrowser } from "../support/browser-site.ts";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { documentsOf } from "./pages.ts";
import type { SearchShardsFile } from "../../scripts/pipeline/emit/search-index.ts";
import { searchTransfer } from "../../scripts/bench/search-transfer.ts";

const TOP_LINKS = ".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link";

describeInBrowser("search over a sharded index, in Chromium", () => {
  let site: BuiltSite;

  beforeAll(() => {
    site = buildSite(undefined, { MINUTEBOOK_SEARCH_SHARD_SIZE: "2" });
    expect(site.status, site.output).toBe(0);
  });
  // Declared after the build, so served once it is built.
  const web = siteInBrowser(() => site.dist);

  const dateOf = (url: string) => {
    const d = documentsOf(site).find((x) => x.url === new URL(url).pathname);
    return d?.date ?? (d?.year ? String(d.year) : "0000");
  };
  const topLinks = (page: Page) => page.$$eval(TOP_LINKS, (links) => links.map((a) => (a as HTMLAnchorElement).href));
  async function search(query: string, sort?: string): Promise<string[]> {
    const page = await web.browser.newPage();
    await page.goto(`${web.origin}/search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ""}`);
    const all = documentsOf(site).length;
    // Every document mentions children: wait until the results of every shard are in.
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(all);
    const links = await topLinks(page);
    await page.close();
    return links;
  }

  const shardsFile = () => JSON.parse(readFileSync(join(site.dist, "search", "shards.json"), "utf8")) as SearchShardsFile;

  it("splits the sample into three date bands, the newest Pagefind's own", () => {
    const file = shardsFile();
    expect(file.shards.map((s) => s.documents.length)).toEqual([2, 1, 2]);
    expect(file.shards.map((s) => s.bundle)).toEqual(["search/shard-1/", "search/shard-2/", "pagefind/"]);
  });

  it("merges older bands into a search, newest first, only while there is less than a page of results", async () => {
    const bandOf = (path: string) => /^\/(pagefind|search\/shard-\d+)\//.exec(path)?.[1];
    const loaded = async (query: string, first: number) => {
      const [t] = await searchTransfer(site.dist, [query], { first });
      return { results: t!.results, bands: [...new Set(t!.files.map((f) => bandOf(f.path)).filter(Boolean))] };
    };
    // "children" is in every document: a page of one result comes from the newest band alone.
    expect(await loaded("children", 1)).toEqual({ results: 2, bands: ["pagefind"] });
    // A page of five needs every band, merged newest first.
    expect(await loaded("children", 5)).toEqual({ results: documentsOf(site).length, bands: ["pagefind", "search/shard-2", "search/shard-1"] });
  });

  it("finds every document, whichever shard it is in", async () => {
    const urls = new Set((await search("children")).map((u) => new URL(u).pathname));
    expect(urls).toEqual(new Set(documentsOf(site).map((d) => d.url)));
  });

  it("newest first and oldest first order results by date across shards", async () => {
    const newest = (await search("children", "newest")).map(dateOf);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = (await search("children", "oldest")).map(dateOf);
    expect(oldest).toEqual([...oldest].sort());
  });

  it("with a page of results from the newest band, loads no other band until the reader asks for older meetings", async () => {
    const page = await web.browser.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${web.origin}/search/`);
    // A page of one result, as a page of five is on an archive with more than five documents a band.
    // (A string, not a function: the test runner would rewrite a function's import().)
    await page.evaluate(`import("/search/whole-words/pagefind.js").then((m) => m.options({ minimumResults: 1 }))`);
    await page.fill(".pagefind-ui__search-input", "children");
    const newest = shardsFile().shards.at(-1)!.documents.length;
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(newest);
    const older = page.locator("#search-older-button");
    await older.waitFor({ state: "visible", timeout: 10_000 });
    expect(requested.filter((p) => p.startsWith("/search/shard-"))).toEqual([]);
    // Every council is listed as a filter from the start (search/filters.json), older bands unloaded.
    await page.locator(".pagefind-ui__filter-name", { hasText: /council/i }).first().click();
    const councils = [...new Set(documentsOf(site).map((d) => d.council!.name))];
    await expect
      .poll(() => page.$$eval('input[name="council"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value)), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(councils));
    expect(requested.filter((p) => p.startsWith("/search/shard-"))).toEqual([]);
    await older.click();
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(newest + shardsFile().shards.at(-2)!.documents.length);
    expect(requested.some((p) => p.startsWith("/search/shard-2/"))).toBe(true);
    expect(requested.some((p) => p.startsWith("/search/shard-1/"))).toBe(false);
    await older.click();
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(documentsOf(site).length);
    await expect.poll(() => page.locator("#search-older").isHidden()).toBe(true);
    await page.close();
  });

  it("lists the archive's filter values with the counts Pagefind gives over every band", async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.origin}/search/?q=children`);
    const all = documentsOf(site).length;
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(all);
    // Every band is merged now: Pagefind's own filters over all of them against the file the page lists from the start.
    const [own, file] = await page.evaluate(`Promise.all([import("/pagefind/pagefind.js").then((m) => m.filters()), fetch("/search/filters.json").then((r) => r.json())])`) as [Record<string, Record<string, number>>, Record<string, Record<string, number>>];
    expect(Object.keys(file).sort()).toEqual(Object.keys(own).sort());
    for (const name of Object.keys(own)) expect([name, file[name]]).toEqual([name, own[name]]);
    expect(Object.keys(file.council!).length).toBe(new Set(documentsOf(site).map((d) => d.council!.name)).size);
    await page.close();
  });

  it("filter counts cover every shard", async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.origin}/search/?q=children`);
    await page.locator(".pagefind-ui__filter-name", { hasText: /council/i }).first().click();
    const councils = new Set(documentsOf(site).map((d) => d.council!.name));
    await expect
      .poll(() => page.$$eval('input[name="council"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value)), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([...councils]));
    await page.close();
  });
});
