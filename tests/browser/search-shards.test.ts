// A search index split into date bands (MINUTEBOOK_SEARCH_SHARD_SIZE) still behaves as one index in
// the browser: the search page merges the shards, every document is found, filters count across
// shards, and date-sorted results stay in date order across band boundaries both ways.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { browserAvailable, browserTitle, launchBrowser } from "../support/browser.ts";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";
import { documentsOf } from "./pages.ts";
import type { SearchShardsFile } from "../../scripts/pipeline/emit/search-index.ts";

const TOP_LINKS = ".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link";

describe.skipIf(!browserAvailable)(browserTitle("search over a sharded index, in Chromium"), () => {
  let site: BuiltSite;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    site = buildSite(undefined, { MINUTEBOOK_SEARCH_SHARD_SIZE: "2" });
    expect(site.status, site.output).toBe(0);
    server = await serveDirectory(site.dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const dateOf = (url: string) => {
    const d = documentsOf(site).find((x) => x.url === new URL(url).pathname);
    return d?.date ?? (d?.year ? String(d.year) : "0000");
  };
  const topLinks = (page: Page) => page.$$eval(TOP_LINKS, (links) => links.map((a) => (a as HTMLAnchorElement).href));
  async function search(query: string, sort?: string): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ""}`);
    const all = documentsOf(site).length;
    // Every document mentions children: wait until the results of every shard are in.
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 20_000 }).toBe(all);
    const links = await topLinks(page);
    await page.close();
    return links;
  }

  it("splits the sample into three date bands", () => {
    const file = JSON.parse(readFileSync(join(site.dist, "search", "shards.json"), "utf8")) as SearchShardsFile;
    expect(file.shards.map((s) => s.documents.length)).toEqual([2, 2, 1]);
    expect(file.shards[0]!.bundle).toBe("pagefind/");
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

  it("filter counts cover every shard", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=children`);
    await page.locator(".pagefind-ui__filter-name", { hasText: /council/i }).first().click();
    const councils = new Set(documentsOf(site).map((d) => d.council!.name));
    await expect
      .poll(() => page.$$eval('input[name="council"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value)), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([...councils]));
    await page.close();
  });
});
