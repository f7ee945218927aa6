// Every page of the built sample is valid HTML, and every internal link and #anchor resolves.
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";

const site = inject("sampleSite");
const pages = readdirSync(site.dist, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))
  .sort();

const isRedirect = (html: string) => html.includes('name="minutebook:redirect"');

function resolveHref(fromPage: string, href: string): URL {
  const base = new URL(`http://site/${fromPage.replace(/index\.html$/, "")}`);
  return new URL(href, base);
}

function targetFile(url: URL): string | null {
  const path = decodeURIComponent(url.pathname);
  const candidates = path.endsWith("/") ? [join(site.dist, path, "index.html")] : [join(site.dist, path), join(site.dist, path, "index.html")];
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe("the built sample site", () => {
  it("has pages to check", () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it("is valid HTML on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Long attribute values and our own text content are fine; these rules are about authoring style.
        "no-trailing-whitespace": "off",
        "long-title": "off",
      },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(site.dist, page), "utf8"), page);
      for (const result of report.results) for (const m of result.messages) failures.push(`${page}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });

  it("has no broken internal link or #anchor", () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsOf.has(file)) {
        const html = readFileSync(file, "utf8");
        idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      }
      return idsOf.get(file)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(site.dist, page), "utf8");
      if (isRedirect(html)) continue;
      for (const [, raw] of html.matchAll(/\shref="([^"]+)"/g)) {
        const href = raw!.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|tel:)/.test(href) && !href.startsWith("http://site")) continue;
        const url = resolveHref(page, href);
        if (url.host !== "site") continue;
        const file = targetFile(url);
        if (!file) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith(".html") && !ids(file).has(anchor)) broken.push(`${page}: ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
