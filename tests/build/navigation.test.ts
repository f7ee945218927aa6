// A reader finds every page by following links from the home page, and every page's header names the
// archive's sections with the current one marked (issue 14).
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeEntities, visibleText } from "../support/html.ts";
import type { ActionEntity, ResolutionEntity } from "../../src/schema/archive.ts";

const site = inject("sampleSite");

/** The file a site path is served from, or null. */
function fileOf(path: string): string | null {
  const candidates = path.endsWith("/") ? [join(site.dist, path, "index.html")] : [join(site.dist, path), join(site.dist, path, "index.html")];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const read = (path: string) => readFileSync(fileOf(path)!, "utf8");

/** The site-internal links of a page, as paths without query or fragment. */
function links(fromPath: string, html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const url = new URL(decodeEntities(m[1]!), `http://site${fromPath}`);
    if (url.origin === "http://site") out.push(decodeURIComponent(url.pathname));
  }
  return out;
}

/** The header's section links of a page: label, href and aria-current. */
function sections(html: string): { label: string; href: string; current: string | null }[] {
  const nav = /<nav class="site-nav" aria-label="Sections">([\s\S]*?)<\/nav>/.exec(html)?.[1];
  if (!nav) return [];
  return [...nav.matchAll(/<a href="([^"]*)"(?: aria-current="([^"]*)")?>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1]!,
    current: m[2] ?? null,
    label: m[3]!,
  }));
}

const sitemapPaths = [...readFileSync(join(site.dist, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]*)<\/loc>/g)].map(
  (m) => decodeURIComponent(new URL(decodeEntities(m[1]!)).pathname),
);

describe("finding one's way around the built sample", () => {
  it("reaches every page of the sitemap by following links from the home page", () => {
    expect(sitemapPaths.length).toBeGreaterThan(20);
    const seen = new Set<string>(["/"]);
    const queue = ["/"];
    while (queue.length) {
      const path = queue.shift()!;
      const file = fileOf(path);
      if (!file || !file.endsWith(".html")) continue;
      for (const next of links(path, readFileSync(file, "utf8"))) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const unreached = sitemapPaths.filter((p) => !seen.has(p));
    expect(unreached).toEqual([]);
  });

  // The same on every page of any archive: an incremental build re-renders only the pages a change
  // touched, so a header that depended on the archive's contents would go stale (src/lib/site-nav.ts).
  it("has the same header sections on every page", () => {
    const expected = ["Search", "Decisions", "People", "Topics", "Councils", "Actions"];
    for (const path of sitemapPaths) {
      expect(sections(read(path)).map((s) => s.label), path).toEqual(expected);
    }
  });

  it("marks the section a page belongs to, and only that one", () => {
    const cases: [string, string, string][] = [
      ["/resolutions/", "Decisions", "page"],
      ["/resolutions/kind/resolved/", "Decisions", "true"],
      ["/people/", "People", "page"],
      ["/people/worcestershire-county-council/mackay-s/", "People", "true"],
      ["/topics/", "Topics", "page"],
      ["/councils/", "Councils", "page"],
      ["/actions/", "Actions", "page"],
      ["/search/", "Search", "page"],
    ];
    for (const [path, label, current] of cases) {
      const marked = sections(read(path)).filter((s) => s.current !== null);
      expect(marked.map((s) => [s.label, s.current]), path).toEqual([[label, current]]);
    }
    expect(sections(read("/")).filter((s) => s.current !== null)).toEqual([]);
  });

  it("shows the latest decisions and documents on the home page and links to every register", () => {
    const home = read("/");
    expect(home).toMatch(/<h2 id="decisions-heading">Latest decisions<\/h2>\s*<ol class="entity-list resolution-list">\s*<li/);
    expect(home).toMatch(/<h2 id="recent-heading">Latest documents<\/h2>/);
    const targets = new Set(links("/", home.replace(/<header[\s\S]*?<\/header>/, "")));
    for (const register of ["/resolutions/", "/actions/", "/people/", "/topics/", "/councils/", "/search/"]) {
      expect(targets.has(register), register).toBe(true);
    }
  });
});

describe("the register of decisions' facets", () => {
  const registerPages = sitemapPaths.filter((p) => /^\/(?:[^/]+\/){0,2}resolutions\/(?:(?:kind|year)\/[^/]+\/)?$/.test(p));
  /** The facet navigation of a register page: each facet's URL (the current one's from its page) and whether it shows a count. */
  const facets = (path: string) => {
    const nav = /<nav class="register-facets"[^>]*>([\s\S]*?)<\/nav>/.exec(read(path))?.[1] ?? "";
    return [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => ({
      url: /href="([^"]*)"/.exec(m[1]!)?.[1] ?? (/aria-current="page"/.test(m[1]!) ? path : null),
      counted: /class="count"/.test(m[1]!),
    }));
  };

  // A count on every facet page would make each new resolution change every page of the register, so
  // an incremental build would re-render all of them (issue 15): counts live on the front page.
  it("links every facet from every register page, with counts on the register's front page only", () => {
    const front = facets("/resolutions/");
    expect(front.length).toBeGreaterThan(5);
    expect(front.every((f) => f.counted)).toBe(true);
    const all = front.map((f) => f.url).sort();
    expect(registerPages.length).toBeGreaterThan(5);
    for (const path of registerPages.filter((p) => p !== "/resolutions/")) {
      const shown = facets(path);
      expect(shown.map((f) => f.url).sort(), path).toEqual(all);
      expect(shown.some((f) => f.counted), path).toBe(false);
      expect(links(path, read(path)), path).toContain("/resolutions/");
    }
  });
});

describe("a topic's years", () => {
  const years = (path: string) => {
    const nav = /<nav aria-labelledby="years-heading" class="topic-years">([\s\S]*?)<\/nav>/.exec(read(path))?.[1] ?? "";
    return [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => ({ url: /href="([^"]*)"/.exec(m[1]!)?.[1], counted: /class="count"/.test(m[1]!) }));
  };

  // As the register's: a count of every year on each year page would make an item added to one year
  // change every year page of its topic.
  it("are all linked from the topic's page with their counts, and from each year page without", () => {
    const yearPages = sitemapPaths.filter((p) => /^\/topics\/[^/]+\/[^/]+\/$/.test(p));
    expect(yearPages.length).toBeGreaterThan(0);
    for (const path of yearPages) {
      const topic = path.replace(/[^/]+\/$/, "");
      const onTopic = years(topic);
      expect(onTopic.length, topic).toBeGreaterThan(0);
      expect(onTopic.every((y) => y.counted), topic).toBe(true);
      const onYear = years(path);
      expect(onYear.map((y) => y.url), path).toEqual(onTopic.map((y) => y.url));
      expect(onYear.some((y) => y.counted), path).toBe(false);
    }
  });
});

describe("the registers name each item by number and title", () => {
  const archive = (kind: string) => JSON.parse(readFileSync(join(site.collection, "archive", `${kind}.json`), "utf8"));
  const said = (item: { number: string; title: string }) => `item ${item.number}: ${item.title}`.replace(/\s+/g, " ").trim();

  it("every decision of the register of decisions and its facet pages shows its item's title", () => {
    const resolutions = new Map((archive("resolutions") as ResolutionEntity[]).map((r) => [r.id, r]));
    const registerPages = sitemapPaths.filter((p) => /^\/(?:[^/]+\/){0,2}resolutions\/(?:(?:kind|year)\/[^/]+\/)?$/.test(p));
    expect(registerPages).toContain("/resolutions/");
    let checked = 0;
    for (const path of registerPages) {
      for (const m of read(path).matchAll(/<li data-resolution="([^"]*)">([\s\S]*?)<\/li>/g)) {
        const r = resolutions.get(decodeEntities(m[1]!))!;
        if (!r.item?.title) continue;
        expect(visibleText(m[2]!), `${path} ${r.id}`).toContain(said(r.item));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("every action of the register of actions shows its item's title", () => {
    const text = visibleText(read("/actions/"));
    const actions = (archive("actions") as ActionEntity[]).filter((a) => a.item.title);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(text, a.id).toContain(said(a.item));
  });
});
