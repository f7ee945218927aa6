// Search as a resident uses it: type a query, see results, filter by committee, open a result and land
// on the matching part of the document; a shared search URL restores the same results.
import { beforeAll, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, siteInBrowser } from "../support/browser-site.ts";
import { documentsOf } from "./pages.ts";

const RESULT = ".pagefind-ui__result";
const RESULT_LINK = ".pagefind-ui__result-link";
/** Links of whole results (not their sub-results), in the order shown. */
const topLinks = (p: Page) =>
  p.$$eval(".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link", (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );

describeInBrowser("search in Chromium", () => {
  const site = inject("sampleSite");
  const web = siteInBrowser(() => site.dist);
  let page: Page;

  beforeAll(async () => {
    page = await web.browser.newPage();
  });

  const resultUrls = () => page.$$eval(RESULT_LINK, (links) => links.map((a) => (a as HTMLAnchorElement).href));

  it("typing a query shows results and puts the query in the URL", async () => {
    await page.goto(`${web.origin}/search/`);
    await page.fill(".pagefind-ui__search-input", "foster carers");
    await page.waitForSelector(RESULT, { timeout: 15_000 });
    expect((await resultUrls()).length).toBeGreaterThan(0);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "foster carers");
  });

  it("filtering by committee keeps only that committee's documents", async () => {
    const committee = page.locator(".pagefind-ui__filter-name", { hasText: /committee/i }).first();
    // Known flake (open): in some full-suite runs, when the accessibility file ran first, Pagefind UI
    // never rendered its filter groups on this page (30 s wait, nothing in the DOM) while it does alone.
    // Until its cause is found, the filters are given one fresh load of the same search URL.
    if (!(await committee.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
      await page.reload();
      await page.waitForSelector(RESULT, { timeout: 15_000 });
    }
    await committee.click();
    const option = page.locator('input[name="committee"]').first();
    const value = await option.getAttribute("value");
    await option.check();
    await page.waitForFunction((v) => new URLSearchParams(location.search).getAll("committee").includes(v!), value);
    const committeePages = new Set(documentsOf(site).filter((d) => d.committee!.name === value).map((d) => d.url));
    const outside = async () => {
      const urls = await resultUrls();
      return urls.length === 0 ? ["(no results yet)"] : urls.map((u) => new URL(u).pathname).filter((p) => !committeePages.has(p));
    };
    // Every remaining result is a page of that committee.
    await expect.poll(outside, { timeout: 15_000 }).toEqual([]);
  });

  it("a shared search URL restores the same results", async () => {
    const url = page.url();
    expect(new URL(url).searchParams.get("committee")).toBeTruthy();
    const before = await topLinks(page);
    expect(before.length).toBeGreaterThan(0);
    const other = await web.browser.newPage();
    await other.goto(url);
    await expect.poll(() => topLinks(other), { timeout: 15_000 }).toEqual(before);
    await other.close();
  });

  it("opening a sub-result lands on the matching part of the document", async () => {
    await page.goto(`${web.origin}/search/?q=${encodeURIComponent("foster carers")}`);
    await page.waitForSelector(RESULT, { timeout: 15_000 });
    // Sub-results render after their result: wait for one that points into an item.
    const anchoredLink = async () =>
      (await page.$$eval(".pagefind-ui__result-nested .pagefind-ui__result-link", (links) => links.map((a) => (a as HTMLAnchorElement).href))).find((href) =>
        new URL(href).hash.startsWith("#item-"),
      );
    await expect.poll(anchoredLink, { timeout: 15_000, message: "a result points into a document" }).toBeDefined();
    const anchored = await anchoredLink();
    await page.goto(anchored!);
    const hash = decodeURIComponent(new URL(anchored!).hash.slice(1));
    const target = page.locator(`[id="${hash}"]`);
    await expect.poll(() => target.count()).toBe(1);
    const text = (await target.evaluate((el) => (el.closest("section") ?? el).textContent ?? "")).toLowerCase();
    expect(text).toMatch(/foster/);
  });

  it("newest first puts results in date order and keeps the order in the URL", async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.origin}/search/?q=children`);
    await page.waitForSelector(RESULT, { timeout: 15_000 });
    await page.selectOption("#search-sort-order", "newest");
    await page.waitForURL(/sort=newest/);
    await page.waitForSelector(RESULT, { timeout: 15_000 });
    // An undated report sorts by the year it covers, as its page's sort key says.
    const dateOf = (url: string) => {
      const d = documentsOf(site).find((x) => x.url === new URL(url).pathname);
      return d?.date ?? (d?.year ? String(d.year) : "0000");
    };
    await expect.poll(async () => (await topLinks(page)).length, { timeout: 15_000 }).toBeGreaterThan(2);
    const dates = (await topLinks(page)).map(dateOf);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.inputValue("#search-sort-order")).toBe("newest");
    await page.close();
  });

  it("on a 375 px phone the results come first: search box, sort, one closed Filters disclosure, then results", async () => {
    const phone = await web.browser.newPage({ viewport: { width: 375, height: 667 } });
    await phone.goto(`${web.origin}/search/?q=foster`);
    await phone.waitForSelector(RESULT, { timeout: 15_000 });
    await phone.waitForSelector(".pagefind-ui__filter-panel", { state: "attached", timeout: 15_000 });
    const box = async (selector: string) => (await phone.locator(selector).first().boundingBox())!;
    const input = await box(".pagefind-ui__search-input");
    const sort = await box("#search-sort");
    const toggle = await box("#search-filters-toggle > summary");
    const result = await box(RESULT);
    // In this order from the top, none overlapping the next.
    expect(sort.y).toBeGreaterThanOrEqual(input.y + input.height);
    expect(toggle.y).toBeGreaterThanOrEqual(sort.y + sort.height);
    expect(result.y).toBeGreaterThanOrEqual(toggle.y + toggle.height);
    // The first result starts on the first screen; the six filter groups are out of the way.
    expect(result.y).toBeLessThan(667);
    expect(await phone.locator(".pagefind-ui__filter-panel").isVisible()).toBe(false);
    expect(await phone.locator(".pagefind-ui__filter-name").first().isVisible()).toBe(false);
    // The sort control has its own visible label, on its own line above it.
    const label = await box('label[for="search-sort-order"]');
    const select = await box("#search-sort-order");
    expect(await phone.locator('label[for="search-sort-order"]').textContent()).toBe("Sort results");
    expect(select.y).toBeGreaterThanOrEqual(label.y + label.height);
    // Opening "Filters" from the keyboard shows them, between the disclosure and the results.
    await phone.focus("#search-filters-toggle > summary");
    await phone.keyboard.press("Enter");
    expect(await phone.locator(".pagefind-ui__filter-panel").isVisible()).toBe(true);
    const filters = await box(".pagefind-ui__filter-panel");
    expect(filters.y).toBeGreaterThanOrEqual(toggle.y + toggle.height);
    expect((await box(RESULT)).y).toBeGreaterThanOrEqual(filters.y + filters.height);
    // No sideways scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await phone.close();
  });

  it("on a wide screen the filters sit beside the results with no disclosure", async () => {
    const wide = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(`${web.origin}/search/?q=foster`);
    await wide.waitForSelector(RESULT, { timeout: 15_000 });
    await wide.waitForSelector(".pagefind-ui__filter-panel", { timeout: 15_000 });
    expect(await wide.locator("#search-filters-toggle").isVisible()).toBe(false);
    expect(await wide.locator(".pagefind-ui__filter-panel").isVisible()).toBe(true);
    await wide.close();
  });
});
