// The page-coverage gate in a real build (scripts/cli/build.ts → validate/page-coverage.ts): every word
// of each source but its furniture is on the document's page, in order, under its item; a build whose
// pages lose a word fails, naming the document, the lines and the words. Fixtures:
// tests/fixtures/page-coverage/ (minutes with decision boxes between paragraphs and inside a
// discussion, a table, a list, a quotation; a report with key findings between numbered paragraphs, a
// footnote and recommendations).
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { documentsOf } from "../browser/pages.ts";
import { checkPageCoverage } from "../../scripts/pipeline/validate/page-coverage.ts";
import { pageText } from "../../scripts/pipeline/validate/page-text.ts";
import { words } from "../../scripts/pipeline/validate/coverage.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

const FIXTURES = join(ROOT, "tests/fixtures/page-coverage");
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The page with one word of the element with this id removed, and that word: the first of its words
 * that the page shows only once (a word shown twice, as in a discussion and again in its decision box,
 * could go once without any loss). Null when the element has no such word.
 */
function dropWord(html: string, id: string, shownOnce: (word: string) => boolean): { html: string; word: string } | null {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `an element with id ${id}`).toBeGreaterThan(0);
  // The element's extent: from its start tag to the end tag that closes it.
  const open = html.lastIndexOf("<", at);
  const name = /^<([a-z0-9]+)/.exec(html.slice(open))![1]!;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
  tags.lastIndex = open;
  let depth = 0;
  let end = html.length;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  const text = /[^<>]*/y;
  for (let i = html.indexOf(">", at) + 1; i > 0 && i < end; i = html.indexOf(">", i) + 1) {
    text.lastIndex = i;
    // Entities blanked to spaces of their length, so that offsets in the chunk are offsets in the page.
    const chunk = text.exec(html)![0].replace(/&[#a-z0-9]+;/gi, (e) => " ".repeat(e.length));
    for (const m of chunk.matchAll(WORDS)) {
      const word = m[0].normalize("NFKC").toLowerCase();
      if (!shownOnce(word)) continue;
      const start = i + m.index;
      return { html: html.slice(0, start) + html.slice(start + m[0].length), word };
    }
  }
  return null;
}

describe("page coverage of a built site", () => {
  let site: BuiltSite;
  let documents: PublishedDocument[];
  const pageOf = (d: PublishedDocument) => readFileSync(join(site.dist, d.url, "index.html"), "utf8");
  const sourceOf = (d: PublishedDocument) => readFileSync(join(site.collection, "sources", `${d.id}.txt`), "utf8");

  beforeAll(() => {
    site = buildSite(FIXTURES);
    documents = documentsOf(site);
  });

  it("the fixtures hold every kind of block a page shows", () => {
    expect(site.status, site.output).toBe(0);
    const paragraphs = documents.flatMap((d) => d.items.flatMap((i) => i.paragraphs));
    const kinds = new Set(paragraphs.map((p) => p.kind));
    for (const kind of ["text", "list-item", "table"] as const) expect(kinds, kind).toContain(kind);
    expect(paragraphs.some((p) => p.footnote)).toBe(true);
    expect(paragraphs.some((p) => /"The libraries are the heart/.test(p.text))).toBe(true); // a quotation (the parser keeps quotations as text)
    const resolutions = documents.flatMap((d) => d.items.flatMap((i) => i.resolutions.map((r) => ({ item: i, r }))));
    expect(new Set(resolutions.map(({ r }) => r.kind))).toEqual(new Set(["resolved", "agreed", "finding", "recommendation"]));
    // Two boxes of one kind with a paragraph between them (the Buckinghamshire 2015 item 4 shape).
    const between = documents.flatMap((d) => d.items).filter((i) => {
      const [a, b] = i.resolutions;
      return a && b && a.kind === b.kind && i.paragraphs.some((p) => p.lines[0] > a.lines[1] && p.lines[1] < b.lines[0]);
    });
    expect(between.length).toBe(2);
    // A decision that is the last sentence of a discussion paragraph (the Worcestershire item 595 shape).
    expect(resolutions.some(({ item, r }) => item.paragraphs.some((p) => p.lines[0] === r.lines[0] && p.text.length > r.text.length + 20))).toBe(true);
  });

  it("the build checks every document page and finds every source word shown in order", () => {
    const summary = /page coverage: (\d+) document page\(s\) checked, (\d+) of (\d+) source words shown in order/.exec(site.output);
    expect(summary, site.output).not.toBeNull();
    expect(Number(summary![1])).toBe(documents.length);
    expect(summary![2]).toBe(summary![3]);
    expect(Number(summary![3])).toBeGreaterThan(350);
    for (const d of documents) {
      const result = checkPageCoverage(sourceOf(d), d, pageOf(d));
      expect(result.missing, d.id).toEqual([]);
      expect(result.outOfOrder, d.id).toEqual([]);
    }
  });

  it("one word taken out of any block — heading, paragraph, list item, table cell, footnote, decision — is caught under its item", () => {
    let checked = 0;
    for (const d of documents) {
      const html = pageOf(d);
      const text = pageText(html, new Set(d.items.map((i) => i.anchor)));
      const counts = new Map<string, number>();
      for (const w of words([text.outside, ...text.items.values()].join(" "))) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const item of d.items) {
        const blocks = [
          { anchor: item.anchor, lines: item.lines },
          ...item.paragraphs.map((p) => ({ anchor: p.anchor, lines: p.lines })),
          ...item.resolutions.map((r) => ({ anchor: r.anchor, lines: r.lines })),
        ];
        for (const block of blocks) {
          const broken = dropWord(html, block.anchor, (w) => counts.get(w) === 1);
          if (!broken) continue;
          const result = checkPageCoverage(sourceOf(d), d, broken.html);
          expect(result.outOfOrder, `${d.id}#${block.anchor}`).toEqual([]);
          expect(result.missing, `${d.id}#${block.anchor} without "${broken.word}"`).toEqual([
            { word: broken.word, item: item.anchor, line: expect.toSatisfy((l: number) => l >= block.lines[0] && l <= block.lines[1]) },
          ]);
          checked++;
        }
      }
    }
    // Nearly every heading, paragraph, cell and decision has a word of its own.
    expect(checked).toBeGreaterThan(30);
  });

  it("Pagefind indexes exactly the text the gate reads: no page chrome, facts, contents or tools", () => {
    const fragments = readdirSync(join(site.dist, "pagefind", "fragment")).map((f) => {
      const raw = gunzipSync(readFileSync(join(site.dist, "pagefind", "fragment", f))).toString("utf8");
      return JSON.parse(raw.slice(raw.indexOf("{"))) as { url: string; content: string; anchors: { element: string; id: string; text: string }[] };
    });
    for (const d of documents) {
      const fragment = fragments.find((f) => f.url === d.url)!;
      expect(fragment, d.url).toBeDefined();
      const text = pageText(pageOf(d), new Set(d.items.map((i) => i.anchor)));
      const shown = [text.outside, ...d.items.map((i) => text.items.get(i.anchor) ?? "")].join(" ");
      expect(words(fragment.content)).toEqual(words(shown));
      // Sub-results come from headings with ids: only the items' own headings.
      expect(fragment.anchors.filter((a) => /^h\d$/.test(a.element)).map((a) => a.id)).toEqual(d.items.map((i) => i.anchor));
    }
  });
});

describe("a build whose renderer loses words", () => {
  it("fails with a non-zero status, naming the document, the source lines and the words", () => {
    // The break: tests/support/hooks/drop-last-paragraph.mjs swaps the renderer's seam
    // (src/lib/render-hooks.ts) for one that leaves out each item's last paragraph ("The Chairman
    // thanked the librarians…", line 23 of the minutes).
    const broken = buildSite(FIXTURES, {}, { imports: [join(ROOT, "tests/support/hooks/drop-last-paragraph.mjs")] });
    expect(broken.status, broken.output).toBe(1);
    expect(broken.output).toMatch(/error: testshire\/2024-03-05-cabinet\.txt:\d+: \/testshire-county-council\/cabinet\/2024-03-05\/: the page does not show \d+ of \d+ source word\(s\)/);
    expect(broken.output).toMatch(/line 23 \(item-2\): the chairman thanked the librarians for their work during the consultation/);
    expect(broken.output).toMatch(/minutebook: 2 document page\(s\) lose words of their source: testshire\/2024-03-05-cabinet\.txt, testshire\/2024-06-report\.txt/);
  });
});
