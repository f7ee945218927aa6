// The page-coverage check (scripts/pipeline/validate/page-coverage.ts): every word of the source but
// its furniture is in the page's searchable text, in source order, inside its own item's section.
import { describe, expect, it } from "vitest";
import { checkPageCoverage, describeLoss } from "../../scripts/pipeline/validate/page-coverage.ts";
import { pageText } from "../../scripts/pipeline/validate/page-text.ts";
import type { DocumentRecord, Item } from "../../src/schema/record.ts";

const SOURCE = [
  "TESTSHIRE COUNCIL", // 1
  "", // 2
  "1. Apologies", // 3
  "Apologies were received from Cllr Brown.", // 4
  "", // 5
  "Page 1 of 2", // 6 (furniture)
  "", // 7
  "2. Library Review", // 8
  "The committee discussed the co-", // 9
  "ordination of library hours.", // 10
  "RESOLVED: That the hours be approved.", // 11
].join("\n");

const item = (number: string, title: string, lines: [number, number]): Item => ({
  number,
  title,
  anchor: `item-${number}`,
  text: "",
  paragraphs: [],
  resolutions: [],
  actions: [],
  exempt: null,
  lines,
});

const RECORD: Pick<DocumentRecord, "items" | "furniture" | "preamble"> = {
  preamble: [{ anchor: "preamble-p1", kind: "heading", text: "TESTSHIRE COUNCIL", rows: null, header: false, level: 3, marker: null, lines: [1, 1] }],
  items: [item("1", "Apologies", [3, 4]), item("2", "Library Review", [8, 11])],
  furniture: [{ text: "Page 1 of 2", lines: [6, 6] }],
};

/** A page as the site's templates write it: chrome outside the searchable body, items in sections. */
const page = (item1: string, item2: string, outside = "<h3><span id=\"preamble-p1\">TESTSHIRE COUNCIL</span></h3>") =>
  `<!doctype html><html><body><header><a href="/">Minutebook</a></header><main><article>` +
  `<h1 data-pagefind-meta="title">Cabinet</h1><nav class="contents" data-pagefind-ignore="all"><h2 id="contents-heading">Contents</h2></nav>` +
  `<div class="document-text" data-pagefind-body>${outside}` +
  `<section class="item" aria-labelledby="item-1"><h2 id="item-1"><span class="item-number">1</span> Apologies</h2>` +
  `<div class="item-tools" data-pagefind-ignore="all"><a href="source/#L3">Source, lines 3–4</a></div>${item1}</section>` +
  `<section class="item" aria-labelledby="item-2"><h2 id="item-2"><span class="item-number">2</span> Library Review</h2>${item2}</section>` +
  `</div><details class="furniture"><ul><li>Page 1 of 2</li></ul></details></article></main></body></html>`;

const ITEM1 = `<p id="item-1-p1">Apologies were received from <a href="/people/brown/">Cllr Brown</a>.<a href="#item-1-p1" aria-label="Paragraph 1 of item 1"></a></p>`;
const ITEM2 =
  `<p id="item-2-p1">The committee discussed the co-\nordination of library hours.</p>` +
  `<div class="resolution-box" role="group" aria-labelledby="item-2-resolved"><h3><span id="item-2-resolved">Resolved</span></h3>` +
  `<p id="item-2-r1"><span id="item-2-p2">That the hours be approved.</span> <a data-pagefind-ignore href="resolutions/2-1/">(its own page)</a></p></div>`;

describe("the page-coverage check", () => {
  it("a page that shows every word in order passes, whatever labels, links and tools it adds", () => {
    const result = checkPageCoverage(SOURCE, RECORD, page(ITEM1, ITEM2));
    expect(result.missing).toEqual([]);
    expect(result.outOfOrder).toEqual([]);
    expect(result.bodyFound).toBe(true);
    // 31 words less the furniture's 4 ("Page 1 of 2"); "co-ordination" is one word.
    expect(result.total).toBe(27);
  });

  it("a word the page does not show is named with its line and its item", () => {
    const lossy = ITEM2.replace("of library hours", "of hours");
    const result = checkPageCoverage(SOURCE, RECORD, page(ITEM1, lossy));
    expect(result.missing).toEqual([{ line: 10, word: "library", item: "item-2" }]);
    expect(describeLoss(result.missing)).toEqual(["line 10 (item-2): library"]);
  });

  it("words shown under the wrong item are missing from their own item", () => {
    const result = checkPageCoverage(SOURCE, RECORD, page(ITEM1 + "<p>That the hours be approved.</p>", ITEM2.replace("That the hours be approved.", "")));
    expect(result.missing.map((m) => [m.word, m.item])).toEqual([
      ["that", "item-2"],
      ["the", "item-2"],
      ["hours", "item-2"],
      ["be", "item-2"],
      ["approved", "item-2"],
    ]);
  });

  it("words shown out of source order are reported as such", () => {
    const swapped = `<p>Resolved: That the hours be approved.</p><p>The committee discussed the co-\nordination of library hours.</p>`;
    const result = checkPageCoverage(SOURCE, RECORD, page(ITEM1, swapped));
    expect(result.missing).toEqual([]);
    expect(result.outOfOrder.length).toBeGreaterThan(0);
    expect(result.outOfOrder.every((l) => l.item === "item-2")).toBe(true);
  });

  it("a word broken at a line's end counts once, shown joined or as its halves", () => {
    const joined = ITEM2.replace("co-\nordination", "coordination");
    expect(checkPageCoverage(SOURCE, RECORD, page(ITEM1, joined)).missing).toEqual([]);
    const lost = ITEM2.replace("co-\nordination", "");
    expect(checkPageCoverage(SOURCE, RECORD, page(ITEM1, lost)).missing).toEqual([{ line: 9, word: "co-ordination", item: "item-2" }]);
  });

  it("text search leaves out does not count: ignored elements, text outside the searchable body, attributes", () => {
    const hidden = ITEM1.replace("Apologies were received from", `<span data-pagefind-ignore>Apologies were received from</span>`);
    expect(checkPageCoverage(SOURCE, RECORD, page(hidden, ITEM2)).missing.map((m) => m.word)).toEqual(["apologies", "were", "received", "from"]);
    const inAttribute = `<p title="Apologies were received from Cllr Brown"></p>`;
    expect(checkPageCoverage(SOURCE, RECORD, page(inAttribute, ITEM2)).missing).toHaveLength(6);
    // The preamble shown only outside the searchable body (e.g. in the page header) is lost.
    const result = checkPageCoverage(SOURCE, RECORD, page(ITEM1, ITEM2, ""));
    expect(result.missing).toEqual([
      { line: 1, word: "testshire", item: null },
      { line: 1, word: "council", item: null },
    ]);
  });

  it("a page without a searchable body loses every word", () => {
    const result = checkPageCoverage(SOURCE, RECORD, "<html><body><p>Apologies were received</p></body></html>");
    expect(result.bodyFound).toBe(false);
    expect(result.missing).toHaveLength(result.total);
  });

  it("furniture need not be shown in the text", () => {
    const html = page(ITEM1, ITEM2).replace("Page 1 of 2", "");
    expect(checkPageCoverage(SOURCE, RECORD, html).missing).toEqual([]);
  });

  it("an item heading printed over two columns' lines is read first, as the page shows it", () => {
    // "316 Confirmation of the Minutes of" / a line of the text / "the Previous Meeting"
    const source = ["316 Confirmation of the Minutes of", "", "The Minutes were agreed", "", "the Previous Meeting", "", "and signed."].join("\n");
    const record = { preamble: [], furniture: [], items: [{ ...item("316", "Confirmation of the Minutes of the Previous Meeting", [1, 7]), heading: "316 Confirmation of the Minutes of the Previous Meeting" }] };
    const html = `<div data-pagefind-body><section aria-labelledby="item-316"><h2 id="item-316">316 Confirmation of the Minutes of the Previous Meeting</h2><p>The Minutes were agreed and signed.</p></section></div>`;
    const result = checkPageCoverage(source, record, html);
    expect(result.missing).toEqual([]);
    expect(result.outOfOrder).toEqual([]);
  });

  it("an item heading on the line before the item's first line counts under the item", () => {
    // A parish layout: the record's item starts at its text, the line after "Min Ref 18/031 …".
    const source = ["ASHCOMBE PARISH COUNCIL", "", "Min Ref 18/031 Apologies for absence", "Apologies were received from Cllr Dunne."].join("\n");
    const record = {
      preamble: [{ anchor: "preamble-p1", kind: "heading" as const, text: "ASHCOMBE PARISH COUNCIL", rows: null, header: false, level: 3, marker: null, lines: [1, 1] as [number, number] }],
      furniture: [],
      items: [{ ...item("18/031", "Apologies for absence", [4, 4]), anchor: "item-18-031", heading: "Min Ref 18/031 Apologies for absence" }],
    };
    const html =
      `<div data-pagefind-body><h3>ASHCOMBE PARISH COUNCIL</h3><section aria-labelledby="item-18-031"><h2 id="item-18-031">18/031 Apologies for absence</h2>` +
      `<p>Min Ref 18/031 Apologies for absence</p><p>Apologies were received from Cllr Dunne.</p></section></div>`;
    const result = checkPageCoverage(source, record, html);
    expect(result.missing).toEqual([]);
    expect(result.outOfOrder).toEqual([]);
    // …and the heading's words are required under the item, not before the items.
    const moved = html.replace("<p>Min Ref 18/031 Apologies for absence</p>", "").replace("<h3>ASHCOMBE PARISH COUNCIL</h3>", "<h3>ASHCOMBE PARISH COUNCIL Min Ref</h3>");
    expect(checkPageCoverage(source, record, moved).missing.map((m) => [m.word, m.item])).toEqual([
      ["min", "item-18-031"],
      ["ref", "item-18-031"],
    ]);
  });
});

describe("the page's searchable text", () => {
  it("decodes entities, joins inline elements and separates blocks and cells", () => {
    const text = pageText(`<div data-pagefind-body><p>in-house foster<a href="/t/">ing</a> &amp; Children&#39;s</p><table><tr><td>£3.2m</td><td>£3.0m</td></tr></table></div>`, new Set());
    expect(text.outside.replace(/\s+/g, " ").trim()).toBe("in-house fostering & Children's £3.2m £3.0m");
  });

  it("finds the searchable body by its attribute, never by those words in a title, a value or a text", () => {
    const html =
      `<html><head><title>data-pagefind-body</title><meta name="description" content="x data-pagefind-body y"></head>` +
      `<body><p title="data-pagefind-body">decoy</p><p>data-pagefind-body</p><div class="document-text" data-pagefind-body><p>real</p></div><p>after</p></body></html>`;
    expect(pageText(html, new Set()).outside.trim()).toBe("real");
  });

  it("skips scripts, styles and comments", () => {
    const text = pageText(`<div data-pagefind-body><script>var hidden = "<p>x</p>";</script><style>p{}</style><!-- note --><p>shown</p></div>`, new Set());
    expect(text.outside.trim()).toBe("shown");
  });
});
