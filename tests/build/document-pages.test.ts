// What a reader of a sample document page gets: every word of the source, anchors that land on text,
// and decision boxes that hold their own words only (issue 11 items 1–2, issue 14 item 6).
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentsOf } from "../browser/pages.ts";
import { decodeEntities } from "../support/html.ts";
import { boxMarker } from "../../src/lib/blocks.ts";

const site = inject("sampleSite");
const documents = documentsOf(site);
const pageOf = (url: string) => readFileSync(join(site.dist, url, "index.html"), "utf8");
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Each element with an id: its tag name and its text content (tags dropped, entities decoded). */
function elementsWithIds(html: string): { id: string; tag: string; text: string }[] {
  const out: { id: string; tag: string; text: string }[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]+)"[^>]*>/g)) {
    const tag = m[1]!;
    if (VOID.has(tag)) continue;
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
    tags.lastIndex = m.index;
    let depth = 0;
    let end = html.length;
    for (let t; (t = tags.exec(html)); ) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    out.push({ id: m[2]!, tag, text: decodeEntities(html.slice(m.index + m[0].length, end).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim() });
  }
  return out;
}

/** The `(its own page)` links of decision boxes, with the markup just before each. */
const ownPageLinks = (html: string) => [...html.matchAll(/(.{0,200})<a data-pagefind-ignore href="resolutions\/[^"]+\/">\(its own page\)<\/a>/g)].map((m) => m[1]!);

describe("sample document pages", () => {
  it("show every word of their sources: the build's page-coverage gate passed on all five", () => {
    expect(site.status, site.output).toBe(0);
    const summary = /page coverage: (\d+) document page\(s\) checked, (\d+) of (\d+) source words shown in order/.exec(site.output);
    expect(summary, site.output).not.toBeNull();
    expect(Number(summary![1])).toBe(documents.length);
    expect(summary![2]).toBe(summary![3]);
  });

  it("no anchor is an empty element: every id on every document page has text content", () => {
    for (const d of documents) {
      const empty = elementsWithIds(pageOf(d.url)).filter((e) => e.text === "");
      expect(empty.map((e) => `<${e.tag} id="${e.id}">`), d.id).toEqual([]);
    }
  });

  it("the paragraphs between two key findings of the Buckinghamshire report are shown, in order, under their anchors", () => {
    const report = documents.find((d) => d.source.file.startsWith("003"))!;
    const html = pageOf(report.url);
    const byId = new Map(elementsWithIds(html).map((e) => [e.id, e]));
    const item = report.items.find((i) => i.number === "4")!;
    for (const p of item.paragraphs.filter((p) => p.lines[0] > 154 && p.lines[1] < 174)) {
      // Each paragraph's words are the text of its anchor (markers and links aside).
      expect(byId.get(p.anchor)?.text, p.anchor).toContain(p.text.replace(/^\d+\.\s*/, "").slice(0, 40));
    }
    // "…search cannot find 'withheld by exception' in this report" (issue 11).
    const withheld = item.paragraphs.find((p) => p.text.includes("withheld by exception"))!;
    expect(withheld.lines[0]).toBeGreaterThan(154);
    expect(byId.get(withheld.anchor)!.text).toContain("withheld by exception");
    const first = html.indexOf('id="item-4-r1"');
    const between = html.indexOf('id="item-4-p7"');
    const second = html.indexOf('id="item-4-r2"');
    expect(first).toBeLessThan(between);
    expect(between).toBeLessThan(second);
  });

  it("the Worcestershire 7 July 2023 item 595 shows its discussion as well as what was agreed", () => {
    const minutes = documents.find((d) => d.date === "2023-07-07")!;
    const section = elementsWithIds(pageOf(minutes.url)).find((e) => e.id === "item-595" && e.tag === "h2");
    expect(section).toBeDefined();
    const text = decodeEntities(pageOf(minutes.url).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
    expect(text).toContain("A Member questioned why the OFSTED performance data showed that some schools performance had gone from 'good' to 'inadequate'.");
    expect(text).toContain("It was agreed to provide the Panel with a detailed report.");
  });

  it("a decision box numbers an entry once: no marker before a text that numbers itself ('1 Key finding 1:')", () => {
    expect(boxMarker({ marker: "1", text: "Key finding 1: The improvement work should remain outcome focussed" })).toBeNull();
    expect(boxMarker({ marker: "2", text: "Recommendation 2: That visits take place" })).toBeNull();
    expect(boxMarker({ marker: "(a)", text: "That the report be noted." })).toBe("(a)");
    expect(boxMarker({ marker: "3", text: "That item 3: be deferred" })).toBe("3");
    for (const d of documents) {
      const text = decodeEntities(pageOf(d.url).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
      expect(text.match(/\b(\d+)\.? (?:Key finding|Finding|Recommendation) \1:/g), d.id).toBeNull();
    }
  });

  it("in a decision box, '(its own page)' follows the decision's words: no hidden source-line link leaves a gap before it", () => {
    let boxes = 0;
    for (const d of documents) {
      for (const before of ownPageLinks(pageOf(d.url))) {
        boxes++;
        // Only the words (or the inline element carrying a repeated paragraph's anchor) and a space come before it.
        expect(before, d.id).toMatch(/(?:[^>]|<\/span>) $/);
        expect(before, d.id).not.toMatch(/(?:<a href="#[^"]*" aria-label="[^"]*">|class="pl-src"[^<]*)<\/a> ?$/);
      }
    }
    expect(boxes).toBeGreaterThan(10);
  });
});
