// Resolution pages written by the pipeline (scripts/pipeline/emit/resolution-pages.ts), framed by the
// built 404 page: a resolution's words are text, never markup; the page keeps the site's frame (its
// header and breadcrumbs, not its footer) and takes its own title, description,
// canonical link, current section, breadcrumbs and content; its links lead to the same permanent URLs,
// relative where shorter; and the built sample has one page per resolution, listed in the sitemap.
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolutionFrame, resolutionPage } from "../../scripts/pipeline/emit/resolution-pages.ts";
import { shortHref } from "../../src/lib/href.ts";
import type { ResolutionEntity } from "../../src/schema/archive.ts";

const site = inject("sampleSite");

const FRAME =
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found · Minutebook</title>' +
  '<meta name="description" content="Default."><link rel="alternate" type="application/atom+xml" title="Feed" href="/feeds/all.xml">' +
  '<link rel="canonical" href="https://council.example/404/"></head><body><a class="skip-link" href="#main">Skip to main content</a>' +
  '<header class="site-header"><a class="site-name" href="/">Minutebook</a><form class="search-form" role="search" action="/search/"><input type="search" name="q"></form>' +
  '<nav class="site-nav" aria-label="Sections"><ul><li><a href="/search/">Search</a></li></ul></nav></header>' +
  '<div class="wrap"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><span aria-current="page">Page not found</span></li></ol></nav></div>' +
  '<main id="main" class="wrap" tabindex="-1"><h1>Page not found</h1></main><footer class="site-footer">Footer of the site</footer></body></html>';

function resolution(over: Partial<ResolutionEntity> = {}): ResolutionEntity {
  const document = {
    id: "people/planning-committee/2024-03-01",
    url: "/people/planning-committee/2024-03-01/",
    type: "minutes" as const,
    title: null,
    council: { name: "People Parish Council", slug: "people" },
    committee: { name: "Planning Committee", slug: "planning-committee" },
    date: "2024-03-01",
    year: 2024,
  };
  return {
    id: `${document.id}/resolutions/7-1`,
    slug: "7-1",
    url: `${document.url}resolutions/7-1/`,
    anchor: "item-7-r1",
    href: `${document.url}#item-7-r1`,
    kind: "resolved",
    marker: null,
    text: 'that the "Old Forge" <script>alert(1)</script> & its yard be listed',
    document,
    item: { number: "7", title: "Tom's <b>Forge</b>", anchor: "item-7", href: `${document.url}#item-7` },
    topics: ["heritage"],
    lines: [40, 42],
    ...over,
  } as ResolutionEntity;
}

describe("resolution pages written by the pipeline", () => {
  it("shows a resolution's words and its item's title as text, never as markup (untrusted text is data)", () => {
    const page = resolutionPage(FRAME, resolution(), new Map([["heritage", "Heritage & listed buildings"]]));
    const body = page.slice(page.indexOf("<body>"));
    expect(body).not.toContain("<script>alert");
    expect(body).not.toContain("<b>Forge");
    expect(page).toContain("that the &quot;Old Forge&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; its yard be listed");
    // In an attribute only `&` and `"` need escaping (as Astro escapes them): the rest stays as written.
    expect(page).toContain('<meta name="description" content="that the &quot;Old Forge&quot; <script>alert(1)</script> &amp; its yard be listed">');
    expect(page).toContain("Tom&#39;s &lt;b&gt;Forge&lt;/b&gt;");
    expect(page).toContain('<a href="/topics/heritage/">Heritage &amp; listed buildings</a>');
  });

  it("keeps the site's way-finding frame and gives the page its own title, address, section, trail and content", () => {
    const r = resolution();
    const page = resolutionPage(FRAME, r, new Map());
    // The header stays whole (its search box's id is a published anchor); the footer and the feed link
    // are on every other page and not repeated on five pages a document.
    expect(page).toContain('<a class="skip-link" href="#main">Skip to main content</a>');
    expect(page).toContain('<a class="site-name" href="/">Minutebook</a>');
    expect(page).toContain('<form class="search-form" role="search" action="/search/"><input type="search" name="q"></form>');
    expect(page).not.toContain("<footer");
    expect(page).not.toContain('rel="alternate"');
    expect(page).toContain("<title>Resolved, item 7 — Minutes — Planning Committee, 1 March 2024 · Minutebook</title>");
    expect(page).toContain(`<link rel="canonical" href="https://council.example${r.url}">`);
    expect(page).not.toContain("Page not found");
    // A council whose slug is a section's ("people") has no page of its own, and its documents sit
    // under that section's path: the header marks the section, the trail leaves the council unlinked.
    expect(page).toContain('<a href="/search/">Search</a>');
    expect(page).toContain('<a href="/people/" aria-current="true">People</a>');
    expect(page).toContain('<li><span>People Parish Council</span></li>');
    expect(page).toContain(`<li><a href="../../">Minutes — Planning Committee, 1 March 2024</a></li><li><span aria-current="page">Resolved, item 7</span></li>`);
    // The promise of a resolution URL: the resolution, where it stands in the words, its own link.
    expect(page).toContain(`<a href="../../#item-7-r1">This resolution in place</a> (source lines 40–42)`);
    expect(page).toContain(`<a href="../../#item-7">7 Tom&#39;s &lt;b&gt;Forge&lt;/b&gt;</a> (the discussion)`);
    expect(page).toContain(`<a href="resolution.json">`);
    expect(page).toContain(`<a href="${r.url}">${r.url}</a>`);
  });

  it("links relatively only where that is shorter, and every link leads to the permanent URL it stands for", () => {
    const r = resolution();
    const page = resolutionPage(FRAME, r, new Map([["heritage", "Heritage"]]));
    const main = page.slice(page.indexOf("<main"));
    const targets = [...main.matchAll(/<a href="([^"]+)">/g)].map((m) => {
      const u = new URL(m[1]!, `https://council.example${r.url}`);
      return u.pathname + u.hash;
    });
    expect(targets).toEqual([
      "/resolutions/kind/resolved/",
      r.document.url,
      "/people/planning-committee/",
      "/people/",
      r.item!.href,
      r.href,
      "/topics/heritage/",
      r.url,
      `${r.url}resolution.json`,
    ]);
    // A register's address is shorter as it is than climbing five folders to it.
    expect(main).toContain('<a href="/resolutions/kind/resolved/">');
    expect(shortHref(r.url, "/topics/heritage/")).toBe("/topics/heritage/");
    expect(shortHref(r.url, `${r.document.url}#item-7-r1`)).toBe("../../#item-7-r1");
    expect(shortHref(r.url, r.url)).toBe("./");
  });

  it("refuses a frame it cannot fill rather than writing pages without their content", () => {
    expect(() => resolutionPage("<html><body>no main here</body></html>", resolution(), new Map())).toThrow(/404 page/);
    expect(() => resolutionFrame("<html><body>no main here</body></html>", new Map())).toThrow(/404 page/);
  });

  it("the frame cut once gives each page byte for byte as framing the whole 404 page does, for the built sample's 404 page and every resolution", () => {
    const hostile = [
      resolution(),
      resolution({ marker: "ii", item: null, text: '</main><footer class="site-footer"> <nav class="site-nav" aria-label="Sections"><ul> $& $1 \u0000' }),
      resolution({ votes: [] }),
    ];
    const names = new Map([["heritage", "Heritage & listed <buildings>"]]);
    for (const template of [FRAME, FRAME.replace(/<link rel="canonical"[^>]*>/, ""), readFileSync(join(site.dist, "404.html"), "utf8")]) {
      const frame = resolutionFrame(template, names);
      for (const r of hostile) expect(frame(r)).toBe(resolutionPage(template, r, names));
    }
    const template = readFileSync(join(site.dist, "404.html"), "utf8");
    const resolutions = JSON.parse(readFileSync(join(site.collection, "archive", "resolutions.json"), "utf8")) as ResolutionEntity[];
    const topics = new Map((JSON.parse(readFileSync(join(site.collection, "archive", "topics.json"), "utf8")) as { id: string; name: string }[]).map((t) => [t.id, t.name]));
    const frame = resolutionFrame(template, topics);
    expect(resolutions.length).toBeGreaterThan(10);
    for (const r of resolutions) expect(frame(r), r.url).toBe(resolutionPage(template, r, topics));
    // What the build wrote is the frame's page.
    for (const r of resolutions.slice(0, 20)) expect(readFileSync(join(site.dist, r.url, "index.html"), "utf8")).toBe(frame(r));
  });

  it("gives every resolution of the built sample its page, in the sitemap", () => {
    expect(site.status, site.output).toBe(0);
    const resolutions = JSON.parse(readFileSync(join(site.collection, "archive", "resolutions.json"), "utf8")) as ResolutionEntity[];
    const sitemap = readFileSync(join(site.dist, "sitemap.xml"), "utf8");
    expect(resolutions.length).toBeGreaterThan(0);
    for (const r of resolutions) {
      const page = readFileSync(join(site.dist, r.url, "index.html"), "utf8");
      expect(page, r.url).toContain(`<a href="${r.href.replace(r.document.url, "../../")}">This resolution in place</a>`);
      expect(sitemap, r.url).toContain(`${r.url}</loc>`);
    }
  });
});
