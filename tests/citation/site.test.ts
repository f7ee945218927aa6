// The built sample: permanent links on every paragraph, "Cite this", the source view, JSON-LD, the
// sitemap, robots.txt, feeds and the JSON Lines download, read from the HTML and files a reader gets.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sax from "sax";
import { describe, expect, inject, it } from "vitest";
import { documentsOf } from "../browser/pages.ts";
import { decodeEntities } from "../support/html.ts";
import { TEST_SITE } from "../support/build-site.ts";
import { formatDate } from "../../src/lib/format.ts";
import { TOKEN_CLASS } from "../../src/lib/highlight.ts";
import { parseBibtex } from "./bibtex.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

const site = inject("sampleSite");
const SITE = TEST_SITE;
const documents = documentsOf(site);
const page = (url: string) => readFileSync(join(site.dist, url, "index.html"), "utf8");
const sample = documents.find((d) => d.type === "minutes" && d.items.some((i) => i.resolutions.length > 0))!;

/** The inner HTML of the first element with this opening-tag pattern (no nesting of the same tag inside). */
const inner = (html: string, open: RegExp, tag: string) => {
  const m = open.exec(html);
  if (!m) return null;
  const start = m.index + m[0].length;
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};
const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ""));

/** Fails on anything that is not well-formed XML. */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = sax.parser(true, {});
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const stack: (typeof elements)[number][] = [];
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (node) => {
    const el = { name: node.name, attributes: node.attributes as Record<string, string>, text: "" };
    elements.push(el);
    stack.push(el);
  };
  parser.ontext = (t) => {
    if (stack.length) stack.at(-1)!.text += t;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  return elements;
}

/**
 * A paragraph that only repeated a resolution keeps its anchor on the resolution's words in its box (see
 * placeResolutions): an inline element around them, with the resolution's own ¶ link.
 */
const absorbed = (html: string, anchor: string) =>
  new RegExp(`<(?:p|li) id="[^"]+-r\\d+">(?:<span class="marker">[^<]*</span>)?(?:<span id="[^"]+">)*<span id="${anchor}">[^<]`).test(html);

describe("paragraph permalinks", () => {
  it("every paragraph, list item, table and resolution of a document has its anchor and a ¶ link to it", () => {
    for (const record of documents) {
      const html = page(record.url);
      const anchors = [
        ...record.preamble.map((p) => p.anchor),
        ...record.items.flatMap((i) => [i.anchor, ...i.paragraphs.map((p) => p.anchor), ...i.resolutions.map((r) => r.anchor)]),
      ];
      for (const anchor of anchors) {
        expect(html, `${record.id}: id ${anchor}`).toContain(`id="${anchor}"`);
        // No anchor may be an empty marker: a citable paragraph shows its words and a ¶ link to them.
        // (Break caught: the renderer dropping a paragraph's words behind an empty <span id>; 26 of
        // 164 anchors of the Buckinghamshire report were such markers before the renderer fix of issue 11.)
        expect(html, `${record.id}: ${anchor} is an empty marker`).not.toContain(`<span id="${anchor}"></span>`);
        // A paragraph that only repeats a decision keeps its anchor on the decision's own words (its ¶ link is the decision's).
        if (absorbed(html, anchor)) continue;
        expect(html, `${record.id}: ¶ link to ${anchor}`).toMatch(new RegExp(`<a href="#${anchor}" aria-label="[^"]+"></a>`));
      }
    }
  });

  it("a link's accessible name says which paragraph of which item it is", () => {
    const html = page(sample.url);
    const item = sample.items.find((i) => i.paragraphs.length >= 2 && !absorbed(html, i.paragraphs[1]!.anchor))!;
    // The anchor carries the item number in its URL-safe form (221/12 → 221-12).
    expect(html).toContain(`<a href="#${item.paragraphs[1]!.anchor}" aria-label="Paragraph 2 of item ${item.anchor.slice("item-".length)}"></a>`);
    expect(html).toContain(`<a href="#${item.anchor}" aria-label="Item ${item.number}"></a>`);
  });

  it("the ¶ is drawn by CSS: the links have no text, so the search index and copied text never contain it", () => {
    for (const record of documents) {
      const html = page(record.url);
      // A ¶ link is a link to an anchor named by its aria-label (it has no class: site.css finds it as empty).
      const links = html.match(/<a href="#[^"]+" aria-label="[^"]+">/g) ?? [];
      expect(links.length, record.id).toBeGreaterThan(0);
      expect(html.match(/<a href="#[^"]+" aria-label="[^"]+"><\/a>/g)!.length, record.id).toBe(links.length);
    }
  });
});

describe("Cite this", () => {
  const html = page(sample.url);
  const box = inner(html, /<details class="cite cite-document"[^>]*>/, "details")!;
  const permalink = `${SITE}${sample.url}`;

  it("every document page has the panel, in a <details> that opens without JavaScript", () => {
    for (const record of documents) expect(page(record.url)).toMatch(/<details class="cite cite-document" id="cite"[^>]*><summary>Cite this document<\/summary>/);
  });

  it("the reference names council, committee, type, date and the permanent URL, accessed date left to the reader", () => {
    const reference = text(inner(box, /<p class="cite-text"[^>]*>/, "p")!);
    for (const part of [sample.council!.name, sample.committee!.name, "Minutes", formatDate(sample.date!), permalink, "(accessed [date])"]) {
      expect(reference).toContain(part);
    }
  });

  it("the CSL-JSON parses and points at the permanent URL", () => {
    const [item] = JSON.parse(text(inner(box, /<pre class="cite-code" data-format="csl"[^>]*>/, "pre")!));
    expect(item).toMatchObject({ URL: permalink, publisher: sample.council!.name, author: [{ literal: sample.committee!.name }] });
  });

  it("the BibTeX parses as one entry with the permanent URL", () => {
    const entry = parseBibtex(text(inner(box, /<pre class="cite-code" data-format="bibtex"[^>]*>/, "pre")!));
    expect(entry.fields.url).toBe(permalink);
  });

  it("the panel carries the facts the copy helper needs to cite any part of the page", () => {
    expect(box).toContain(`data-council="${sample.council!.name}"`);
    expect(box).toContain(`data-url="${permalink}"`);
  });

  it("each page says where its text came from: file, checksum and the publisher's URL when known", () => {
    for (const record of documents) {
      const source = inner(page(record.url), /<section class="source"[^>]*>/, "section")!;
      expect(source).toContain(record.source.file);
      expect(source).toContain(record.source.sha256);
      // No sample has a publisher's URL (the hostile corpus has one: tests/build/hostile-site.test.ts).
      expect(record.source.url).toBeNull();
      // The source view, the original file and the record sit beside the page: linked relatively.
      expect(source).toContain(`href="source/"`);
      expect(source).toContain(`href="${record.source.file}"`);
      expect(source).toContain(`href="record.json"`);
    }
  });
});

describe("source view", () => {
  const original = (record: PublishedDocument) => {
    const lines = readFileSync(join(site.collection, "sources", `${record.id}.txt`), "utf8").split("\n");
    if (lines.at(-1) === "") lines.pop();
    return lines;
  };
  /** The text of each numbered line, without its number link and the links back to the document. */
  const shownLines = (html: string) =>
    [...html.matchAll(/<span id="L(\d+)">(.*?)(?=<span id="L|<span class="src-item">|<\/pre>)/gs)].map((m) => ({
      n: Number(m[1]),
      text: text(m[2]!.replace(/^<a href="#L\d+">\d+<\/a>/, "").replace(/<a class="src-res"[^>]*>.*?<\/a>/g, "").replace(/<\/span>$/, "")),
    }));

  it("has one id=\"L<n>\" per source line, in order, and shows each line exactly as in the original", () => {
    for (const record of documents) {
      const html = page(`${record.url}source/`);
      const lines = original(record);
      const shown = shownLines(html);
      expect(shown.map((l) => l.n)).toEqual(lines.map((_, i) => i + 1));
      expect(shown.map((l) => l.text)).toEqual(lines);
      // The sample's sources are UTF-8 with LF endings: the decoded text is the file itself.
      const file = readFileSync(join(site.dist, record.url, record.source.file), "utf8").replace(/\r\n?/g, "\n").split("\n");
      if (file.at(-1) === "") file.pop();
      expect(lines).toEqual(file);
    }
  });

  it("each item's lines start with a link back to the item, and the item links to its lines", () => {
    for (const record of documents) {
      const source = page(`${record.url}source/`);
      const doc = page(record.url);
      for (const item of record.items) {
        expect(source).toContain(`<span class="src-item"><a href="../#${item.anchor}">`);
        expect(source).toMatch(new RegExp(`<a href="../#${item.anchor}">[^]*?</span><span id="L${item.lines[0]}">`));
        expect(doc).toContain(`href="source/#L${item.lines[0]}"`);
        for (const r of item.resolutions) expect(doc).toContain(`href="source/#L${r.lines[0]}"`);
      }
    }
  });

  it("is highlighted: item headings, decisions, names, dates and times of the sample are marked", () => {
    const html = page(`${sample.url}source/`);
    for (const kind of ["heading", "resolved", "name", "date", "time"] as const) expect(html, kind).toContain(`<span class="${TOKEN_CLASS[kind]}">`);
  });
});

describe("JSON-LD", () => {
  const ld = (html: string) => JSON.parse(inner(html, /<script type="application\/ld\+json">/, "script")!);

  it("minutes are an Event with name, startDate, location and organizer; reports a Report", () => {
    for (const record of documents) {
      const data = ld(page(record.url));
      expect(data["@context"]).toBe("https://schema.org");
      expect(data.url).toBe(`${SITE}${record.url}`);
      if (record.type === "minutes") {
        expect(data["@type"]).toBe("Event");
        expect(data.startDate.startsWith(record.date!)).toBe(true);
        expect(data.location.name).toBeTruthy();
        expect(data.organizer).toMatchObject({ name: record.committee!.name, parentOrganization: { name: record.council!.name } });
      } else {
        expect(data["@type"]).toBe("Report");
      }
    }
  });
});

describe("discovery: sitemap, robots.txt, feeds", () => {
  const sitemap = readFileSync(join(site.dist, "sitemap.xml"), "utf8");
  const locs = parseXml(sitemap).filter((e) => e.name === "loc").map((e) => e.text);

  it("the sitemap is well-formed, sorted, and lists every document page and its source view", () => {
    expect(locs).toEqual([...locs].sort());
    for (const record of documents) {
      expect(locs).toContain(`${SITE}${record.url}`);
      expect(locs).toContain(`${SITE}${record.url}source/`);
    }
    expect(locs).toContain(`${SITE}/`);
    expect(locs.some((l) => l.includes("404"))).toBe(false);
  });

  it("robots.txt points to the sitemap by its absolute URL", () => {
    expect(readFileSync(join(site.dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  it("every committee and the whole site have a well-formed Atom feed dated by their documents", () => {
    const feeds = ["feeds/all.xml", ...new Set(documents.map((d) => `${d.council!.slug}/${d.committee!.slug}/feed.xml`))];
    const dates = new Set(documents.map((d) => (d.date ? `${d.date}T00:00:00Z` : `${d.year}-01-01T00:00:00Z`)));
    for (const feed of feeds) {
      const elements = parseXml(readFileSync(join(site.dist, feed), "utf8"));
      expect(elements[0]!.name).toBe("feed");
      const ids = elements.filter((e) => e.name === "id").map((e) => e.text);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${SITE}/`)).toBe(true);
      // No build time anywhere: every date is a document's own date.
      for (const e of elements.filter((e) => e.name === "updated" || e.name === "published")) expect(dates).toContain(e.text);
    }
  });

  it("every person and every topic with a page has a well-formed Atom feed dated by their documents", () => {
    // Break caught: person or topic feeds no longer written (open-data.ts), or dated by the epoch or the build.
    const pages = (dir: string) =>
      readdirSync(join(site.dist, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith("index.html") && f !== "index.html")
        .map((f) => `${dir}/${f.slice(0, -"index.html".length)}`);
    const people = pages("people");
    // A topic's own page, not its year pages (navigation: the topic's feed is beside its page).
    const topics = pages("topics").filter((f) => f.split("/").length === 3);
    expect(people.length).toBeGreaterThan(0);
    expect(topics.length).toBeGreaterThan(0);
    const dates = new Set(documents.map((d) => (d.date ? `${d.date}T00:00:00Z` : `${d.year}-01-01T00:00:00Z`)));
    for (const folder of [...people, ...topics]) {
      const elements = parseXml(readFileSync(join(site.dist, folder, "feed.xml"), "utf8"));
      expect(elements[0]!.name, folder).toBe("feed");
      const updated = elements.filter((e) => e.name === "updated");
      expect(updated.length, folder).toBeGreaterThan(0);
      for (const e of updated) expect(dates, `${folder}feed.xml`).toContain(e.text);
    }
  });

  it("the site feed's entries carry each document's resolutions, linked to their anchors", () => {
    const xml = readFileSync(join(site.dist, "feeds/all.xml"), "utf8");
    const content = parseXml(xml).filter((e) => e.name === "content").map((e) => e.text).join("\n");
    for (const item of sample.items) for (const r of item.resolutions) expect(content).toContain(`${SITE}${sample.url}#${r.anchor}`);
  });
});

describe("bulk download", () => {
  it("data/documents.jsonl has one record per line, ordered by id, each the same as its record.json", () => {
    const lines = readFileSync(join(site.dist, "data/documents.jsonl"), "utf8").split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((l) => JSON.parse(l) as PublishedDocument);
    expect(records.map((r) => r.id)).toEqual(documents.map((d) => d.id).sort());
    for (const r of records) expect(r).toEqual(JSON.parse(readFileSync(join(site.dist, r.url, "record.json"), "utf8")));
  });

  it("the home page links to the download and the site feed", () => {
    const home = page("/");
    expect(home).toContain('href="/data/documents.jsonl"');
    expect(home).toContain('href="/feeds/all.xml"');
  });
});
