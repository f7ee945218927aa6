// Source text is untrusted: in the source view (Shiki tokens rendered through Astro's escaping) and in
// the JSON-LD (`<` written as \u003c) markup and braces from a document stay text and nothing runs.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { documentsOf } from "../browser/pages.ts";
import { decodeEntities } from "../support/html.ts";
import { serialiseJsonLd } from "../../src/lib/json-ld.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

const COMMITTEE = 'Planning </script><script>alert("ld")</script> {globalThis.x=1} Committee';
const LINE_SCRIPT = "The officer read <script>alert(1)</script> aloud and {process.exit(1)} too.";
const LINE_CLOSE = 'Resolved: that </pre></span><img src=x onerror=alert(2)> and ${x} be noted.';
const withoutAttributeValues = (html: string) => html.replace(/="[^"]*"/g, '=""');

const SOURCE = [
  "Testshire County Council",
  "",
  "Minutes of the meeting held on 12 March 2024 at 10.00 am, County Hall",
  "",
  "Present: Councillor A. Smith (Chairman)",
  "",
  "1. Code in the minutes",
  "",
  LINE_SCRIPT,
  "",
  LINE_CLOSE,
  "",
].join("\n");

describe("hostile text in the source view and JSON-LD", () => {
  let site: BuiltSite;
  let record: PublishedDocument;
  let source: string;
  let documentPage: string;

  beforeAll(() => {
    const dir = join(mkdtempSync(join(tmpdir(), "minutebook-cite-hostile-")), "sources");
    mkdirSync(join(dir, "testshire"), { recursive: true });
    writeFileSync(join(dir, "testshire", "minutebook.json"), JSON.stringify({ council: "Testshire County Council", committee: COMMITTEE }));
    writeFileSync(join(dir, "testshire", "script.txt"), SOURCE);
    site = buildSite(dir);
    expect(site.status, site.output).toBe(0);
    record = documentsOf(site)[0]!;
    source = readFileSync(join(site.dist, record.url, "source", "index.html"), "utf8");
    documentPage = readFileSync(join(site.dist, record.url, "index.html"), "utf8");
  });

  it("a source line with <script> and {…} shows as text: escaped, no element made from it", () => {
    // Quoted attribute values may hold "<" (the page description does): only markup outside them counts.
    const markup = withoutAttributeValues(source);
    expect(markup).not.toContain("<script>alert");
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("</pre></span>");
    const line = (n: number) => {
      const m = new RegExp(`<span id="L${n}"><a href="#L${n}">${n}</a>(.*?)</span>(?=<span id="L|<span class="src-item"|</pre>)`, "s").exec(source);
      return decodeEntities(m![1]!.replace(/<a class="src-res"[^>]*>.*?<\/a>/g, "").replace(/<[^>]*>/g, ""));
    };
    expect(line(9)).toBe(LINE_SCRIPT);
    expect(line(11)).toBe(LINE_CLOSE);
  });

  it("the pages have only our own script elements", () => {
    for (const html of [source, documentPage]) {
      const scripts = [...withoutAttributeValues(html).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      for (const s of scripts) expect(s).toMatch(/^<script type=""/);
      expect([...html.matchAll(/<script type="([^"]*)"/g)].map((m) => m[1]).every((t) => t === "application/ld+json" || t === "module")).toBe(true);
    }
  });

  it("JSON-LD with a committee name that closes the script element stays one inert JSON value", () => {
    const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(documentPage)!;
    expect(m[1]).not.toContain("<");
    const data = JSON.parse(m[1]!);
    expect(data.organizer.name).toBe(COMMITTEE);
    expect(data.name).toContain(COMMITTEE);
  });

  it("the serialiser escapes <, >, & and line separators but keeps the meaning", () => {
    const value = { a: "</script><!-- & \u2028 \u2029 >" };
    const json = serialiseJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
