// The copy of a document page given to Pagefind (scripts/pipeline/emit/search-page.ts): smaller, so
// that Pagefind parses less, and giving the same bundle byte for byte as the whole page.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, inject, it } from "vitest";
import { pageForIndex } from "../../scripts/pipeline/emit/search-page.ts";
import { documentsOf } from "../browser/pages.ts";

describe("pageForIndex", () => {
  // Pagefind keeps every element with an id as an anchor, with its text, in the page's fragment, which
  // each result downloads; only headings' anchors are used (sub-results labelled by item).
  it("drops the ids of everything but headings", () => {
    const html = `<h2 id="item-4" data-pagefind-weight="7">4 Budget</h2><p class="x" id="item-4-p1">Text <a href="#item-4">¶</a></p><li id="l2">Item</li><span data-id="k" id="L3">line</span><h3 id="sub">Sub</h3><h1 id="t">T</h1>`;
    expect(pageForIndex(html)).toBe(`<h2 id="item-4" data-pagefind-weight="7">4 Budget</h2><p>Text <a>¶</a></p><li>Item</li><span>line</span><h3 id="sub">Sub</h3><h1 id="t">T</h1>`);
  });

  it("keeps only headings' ids on a sample page, each one it keeps in the page's order", () => {
    const site = inject("sampleSite");
    const [first] = documentsOf(site);
    const html = readFileSync(join(site.dist, first!.url, "index.html"), "utf8");
    const headingIds = (h: string) => [...h.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
    const indexed = pageForIndex(html);
    // Headings inside data-pagefind-ignore="all" parts (the source view's) go with them; the bundle
    // test below shows Pagefind's anchors are the same.
    expect(headingIds(indexed).length).toBeGreaterThan(0);
    expect(headingIds(html).filter((id) => headingIds(indexed).includes(id))).toEqual(headingIds(indexed));
    expect([...indexed.matchAll(/\sid="/g)].length).toBe(headingIds(indexed).length);
  });

  it("keeps every text node and element, and only the attributes Pagefind reads", () => {
    const html = `<html lang="en-GB" class="x"><body><main data-pagefind-body><p class="a" title="a > b" aria-label="x">One &amp; <em>two</em></p><img src="/a.png" alt="A map" loading="lazy"><span data-pagefind-meta="image[data-src]" data-src="/b.png" hidden>m</span><div data-pagefind-index-attrs="title" title="Indexed">t</div></main></body></html>`;
    expect(pageForIndex(html)).toBe(`<html lang="en-GB"><body><main data-pagefind-body><p>One &amp; <em>two</em></p><img src="/a.png" alt="A map"><span data-pagefind-meta="image[data-src]" data-src="/b.png">m</span><div data-pagefind-index-attrs="title" title="Indexed">t</div></main></body></html>`);
  });

  it("drops an ignore-all element with everything in it, nested elements of its name included", () => {
    const html = `<div data-pagefind-body><div class="tools" data-pagefind-ignore="all"><div><div>in</div></div><span data-pagefind-filter="person">Hidden</span></div><div>kept</div><p data-pagefind-ignore>shown to filters</p></div>`;
    expect(pageForIndex(html)).toBe(`<div data-pagefind-body><div>kept</div><p data-pagefind-ignore>shown to filters</p></div>`);
  });

  it("drops scripts, styles and comments with their contents, whatever they hold", () => {
    const html = `<head><style>p>a{color:red}</style><script type="application/ld+json">{"a":"</div><p>"}</script></head><!-- <p>old</p> --><p>text</p>`;
    expect(pageForIndex(html)).toBe(`<head></head><p>text</p>`);
  });

  it("leaves an ignore-all element that never closes as its tag alone, not the rest of the page", () => {
    expect(pageForIndex(`<p>a</p><section data-pagefind-ignore="all"><p>b</p>`)).toBe(`<p>a</p><p>b</p>`);
  });
});

// The invariant that lets the copy be smaller: Pagefind's bundle (index, fragments, filters, metadata)
// from the copies of the sample site's pages is byte for byte the one from the pages themselves, less
// only the non-heading ids (dropped on purpose, above).
describe("pageForIndex on the sample site", () => {
  afterAll(() => pagefind.close());

  const bundleOf = async (pages: { url: string; html: string }[]) => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(errors.join("; "));
    for (const page of pages) expect((await index.addHTMLFile({ url: page.url, content: page.html })).errors).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), "minutebook-search-page-"));
    expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
    const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:pf_\w+|json)$/.test(f)).sort();
    return new Map(files.map((f) => [f, readFileSync(join(out, f))]));
  };

  it("gives Pagefind's bundle byte for byte, from at least a quarter fewer bytes", async () => {
    const site = inject("sampleSite");
    const pages = documentsOf(site).map((d) => ({ url: `/${d.id}/`, html: readFileSync(join(site.dist, d.url, "index.html"), "utf8") }));
    const headingIdsOnly = (html: string) => html.replace(/<(?!h[1-6][\s>])([a-z][a-z0-9-]*)(\s[^>]*?)?\sid="[^"]*"/gi, (_, tag: string, before = "") => `<${tag}${before}`);
    const whole = pages.map((p) => ({ url: p.url, html: headingIdsOnly(p.html) }));
    const copies = pages.map((p) => ({ url: p.url, html: pageForIndex(p.html) }));
    const [expected, actual] = [await bundleOf(whole), await bundleOf(copies)];
    expect(expected.size).toBeGreaterThan(pages.length);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
    const size = (list: { html: string }[]) => list.reduce((sum, p) => sum + p.html.length, 0);
    expect(size(copies)).toBeLessThan(size(whole) * 0.75);
  });
});
