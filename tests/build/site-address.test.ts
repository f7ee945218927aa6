// A fresh clone builds without MINUTEBOOK_SITE: the build says that permanent links and citations need
// it, and no page shows the placeholder origin; links and citations complete themselves from wherever
// the site is served (`npm run preview` included). The sample built with the origin set is the other
// half (tests/citation/site.test.ts). Issue 14.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { buildSite, TEST_SITE, type BuiltSite } from "../support/build-site.ts";
import { browserAvailable, browserTitle, launchBrowser } from "../support/browser.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";
import { documentsOf } from "../browser/pages.ts";
import { DEFAULT_SITE } from "../../src/lib/site.ts";

const htmlPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))
    .sort();

describe("building without the site's address (MINUTEBOOK_SITE unset)", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(undefined, { MINUTEBOOK_SITE: "" });
  });

  it("builds, and the build warns that permanent links and citations need MINUTEBOOK_SITE", () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toMatch(/warning: MINUTEBOOK_SITE is not set[^\n]*permanent links, citations/);
  });

  it("shows the placeholder origin on no page, and gives no canonical link", () => {
    const pages = htmlPages(site.dist);
    expect(pages.length).toBeGreaterThan(20);
    const leaking = pages.filter((p) => readFileSync(join(site.dist, p), "utf8").includes(new URL(DEFAULT_SITE).host));
    expect(leaking).toEqual([]);
    const canonical = pages.filter((p) => readFileSync(join(site.dist, p), "utf8").includes('rel="canonical"'));
    expect(canonical).toEqual([]);
  });

  it("prints root-relative permanent links and citations, with a note that says why", () => {
    const record = documentsOf(site)[0]!;
    const html = readFileSync(join(site.dist, record.url, "index.html"), "utf8");
    expect(html).toContain(`<dd class="permalink"><a href="${record.url}">${record.url}</a></dd>`);
    expect(html).toContain(`data-url="${record.url}"`);
    expect(html).toMatch(/<p class="cite-note cite-origin">\s*This copy of the archive was built without its public address/);
  });

  describe.skipIf(!browserAvailable)(browserTitle("served locally, in Chromium"), () => {
    let server: RunningServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveDirectory(site.dist);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("the document reference names the address the reader is at", async () => {
      const record = documentsOf(site).find((d) => d.type === "minutes")!;
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${record.url}`);
      await page.waitForSelector("button.copy", { state: "attached" });
      const reference = await page.locator('#cite .cite-text[data-format="text"]').textContent();
      expect(reference).toContain(`${server.origin}${record.url}`);
      await context.close();
    });
  });
});

describe("the sample built with its address set", () => {
  const sample = inject("sampleSite");

  it("gives pages a canonical link on that origin and no note about a missing address", () => {
    const record = documentsOf(sample)[0]!;
    const html = readFileSync(join(sample.dist, record.url, "index.html"), "utf8");
    expect(html).toContain(`<link rel="canonical" href="${TEST_SITE}${record.url}">`);
    expect(html).not.toContain("cite-origin");
    expect(sample.output).not.toContain("MINUTEBOOK_SITE is not set");
  });
});
