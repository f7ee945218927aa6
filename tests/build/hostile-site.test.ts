// The hostile fixtures corpus (tests/fixtures/hostile/README.md lists each file and what must happen),
// plus the ones too big for git, made here: a 20 MB document, a single 1 MB line, 10,000 items.
import { beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { visibleText } from "../support/html.ts";
import { documentsOf } from "../browser/pages.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

const HEADER = (committee: string, date: string) =>
  `${committee}\n\nMinutes of the meeting held on ${date} at 10.00 am, County Hall\n\nPresent: Councillor A. Smith (Chairman)\n\n`;

function makeCorpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "minutebook-hostile-")), "corpus");
  cpSync(join(ROOT, "tests/fixtures/hostile/corpus"), dir, { recursive: true });
  const big = HEADER("Big Committee", "1 March 2024") + "1. Everything\n\n" + "The committee discussed the matter at length. ".repeat(460_000);
  writeFileSync(join(dir, "testshire", "big-20mb.txt"), big);
  const line = " lorem".repeat(175_000) + " lastword";
  writeFileSync(join(dir, "testshire", "one-line-1mb.txt"), `${HEADER("Long Line Committee", "2 March 2024")}1. The line\n\nfirstword ${line}\n`);
  const items = Array.from({ length: 10_000 }, (_, i) => `${i + 1}. Item number ${i + 1}\n\nThe committee noted item ${i + 1}.\n`).join("\n");
  writeFileSync(join(dir, "testshire", "ten-thousand-items.txt"), HEADER("Many Items Committee", "3 March 2024") + items);
  return dir;
}

describe("a corpus with hostile and broken sources", () => {
  let site: BuiltSite;
  let documents: PublishedDocument[];
  const bySource = (file: string) => documents.find((d) => d.source.file === file)!;
  const pageOf = (d: PublishedDocument) => readFileSync(join(site.dist, d.url, "index.html"), "utf8");

  beforeAll(() => {
    site = buildSite(makeCorpus());
    documents = documentsOf(site);
  });

  it("still builds every readable document, and loses no word of any", () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).not.toMatch(/text-lost|missing from the parsed record/);
    // 15 files less the empty, the binary and the 20 MB one.
    expect(documents).toHaveLength(12);
  });

  it("names each unreadable file and says what is wrong and what it did", () => {
    expect(site.output).toMatch(/error: testshire\/empty\.txt: the file is empty \(0 bytes\); skipped/);
    expect(site.output).toMatch(/error: testshire\/binary\.txt: the file looks binary .*; skipped/);
    expect(site.output).toMatch(/error: testshire\/big-20mb\.txt: the file is 2\d\.\d MB, over the 16 MB limit .*; skipped/);
  });

  it("shows code-like text from a source as text, and runs none of it", () => {
    const page = pageOf(bySource("mdx-injection.txt"));
    const text = visibleText(page);
    for (const literal of ["{process.exit(1)}", "<script>alert(1)</script>", 'import fs from "fs"', "export const x = 1", "</div>", "<Component prop={1} />", "{globalThis.__pwned = true}", "{be noted}"]) {
      expect(text).toContain(literal);
    }
    expect(page).not.toMatch(/<script>alert\(1\)/);
    expect(page).not.toMatch(/<Component/);
  });

  it("a publisher's URL from minutebook.json is kept in the record and shown, escaped, as a link on the page", () => {
    // Break caught: the source section no longer showing or linking `source.url` (tests/citation/site.test.ts
    // cannot: no sample document has a publisher's URL).
    const url = "https://testshire.example/meetings/minutes.pdf?id=7&lang=en";
    const d = bySource("windows-1252.txt");
    expect(d.source.url).toBe(url);
    const page = pageOf(d);
    const source = page.slice(page.indexOf('<section class="source"'), page.indexOf("</section>", page.indexOf('<section class="source"')));
    expect(source).toContain(`href="${url.replace("&", "&amp;")}"`);
    expect(visibleText(source)).toContain(url);
  });

  it("a .md source's own front matter is text: it sets no field and runs no engine", () => {
    const d = bySource("frontmatter-attack.md");
    expect(d.council?.name).toBe("Testshire County Council");
    expect(d.id).not.toMatch(/hijacked|passwd|\.\./);
    expect(d.url).not.toBe("/");
    const text = visibleText(pageOf(d));
    expect(text).toContain("---js");
    expect(text).toContain("council: Fake Borough Council");
    expect(documents.some((x) => x.council?.name === "Evil Council")).toBe(false);
  });

  it("names that are YAML special values survive as the same strings", () => {
    const names = bySource("yaml-names.txt").attendance.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Councillor Y. Yes", "Councillor N. Null", "Councillor T. True", "Ms O. Off"]));
    for (const n of names) expect(typeof n).toBe("string");
  });

  it("NUL bytes become U+FFFD with a warning naming the file and line, and the rest is read", () => {
    expect(site.output).toMatch(/warning: testshire\/nul-bytes\.txt:9: 3 control character/);
    expect(visibleText(pageOf(bySource("nul-bytes.txt")))).toContain("The auditor\uFFFD reported on the\uFFFD\uFFFD internal audit plan.");
  });

  it("UTF-16 and windows-1252 sources are decoded to the right characters", () => {
    expect(visibleText(pageOf(bySource("utf16-bom.txt")))).toContain("The board noted “a £2.5m pressure”.");
    expect(bySource("utf16-bom.txt").attendance.map((a) => a.name)).toContain("Councillor Ł. Nowak");
    expect(visibleText(pageOf(bySource("windows-1252.txt")))).toContain("The Leader said the “preferred option” would cost £1.2m.");
  });

  it("two sets of minutes of one committee and date get two URLs, each with its own text", () => {
    const a = bySource("same-meeting-a.txt");
    const b = bySource("same-meeting-b.txt");
    expect(a.url).toBe("/testshire-county-council/health-scrutiny-panel/2024-02-14/");
    expect(b.url).toBe("/testshire-county-council/health-scrutiny-panel/2024-02-14/minutes-2/");
    expect(visibleText(pageOf(a))).toContain("The panel received the first report.");
    expect(visibleText(pageOf(b))).toContain("The panel received a second, separate set of minutes.");
  });

  it("a document with no date is built as undated, with a warning", () => {
    expect(bySource("no-date.txt").url).toBe("/testshire-county-council/standards-committee/undated/");
    expect(site.output).toMatch(/warning: testshire\/no-date\.txt.*no meeting date/);
  });

  it("a date in the future is kept, with a warning", () => {
    expect(bySource("future-date.txt").date).toBe("2099-01-15");
    expect(site.output).toMatch(/warning: testshire\/future-date\.txt: the date found, 2099-01-15, is in the future/);
  });

  it("a single 1 MB line is kept whole", () => {
    const text = visibleText(pageOf(bySource("one-line-1mb.txt")));
    expect(text).toContain("firstword lorem lorem");
    expect(text).toContain("lorem lastword");
  });

  it("10,000 items each get their anchor", () => {
    const d = bySource("ten-thousand-items.txt");
    expect(d.items).toHaveLength(10_000);
    const page = pageOf(d);
    expect(page).toContain('id="item-1"');
    expect(page).toContain('id="item-10000"');
  });

  it("a document's URL is made of slugs only, so nothing a source says can place a page elsewhere", () => {
    for (const d of documents) expect(d.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/);
    expect(existsSync(join(site.dist, "etc"))).toBe(false);
    expect(existsSync(join(site.dist, "hijacked"))).toBe(false);
  });
});
