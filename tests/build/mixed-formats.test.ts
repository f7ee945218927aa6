// `MINUTEBOOK_SOURCES=<folder of .pdf/.docx/.html/.txt> npm run build` builds a site from a mixed
// folder as a user drops it: every readable document is published with its original beside it byte
// for byte, the source view marks a PDF's pages with links into the original, each bad file is named
// in the build summary with its reason, and a second build takes every document from the parse cache.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, folders, succeeded } from "../support/build-site.ts";
import { BAD, GOOD, writeMixedFolder } from "./mixed-formats.ts";

interface Published {
  url: string;
  source: { file: string; sha256: string; encoding: string; pages?: number[] };
}

describe("a build from a folder of PDF, Word, web-page and text files", () => {
  const work = mkdtempSync(join(tmpdir(), "minutebook-formats-"));
  const sources = join(work, "sources");
  const built = folders(work);
  const { collection, dist } = built;
  let first = "";
  let second = "";
  const records: Published[] = [];

  beforeAll(async () => {
    await writeMixedFolder(sources);
    // Twice into the same folders, as `npm run build` run again: the second build reads the parse cache.
    first = succeeded(buildSite(sources, {}, { into: built }));
    second = succeeded(buildSite(sources, {}, { into: built }));
    const names = readdirSync(join(collection, "records"), { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".json"));
    for (const name of names) records.push(JSON.parse(readFileSync(join(collection, "records", name), "utf8")) as Published);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("builds every readable document and names each bad file with its reason", () => {
    expect(records.map((r) => r.source.file).sort()).toEqual([...GOOD].sort());
    expect(first).toMatch(new RegExp(`built ${GOOD.length} document\\(s\\) from ${GOOD.length + Object.keys(BAD).length} source\\(s\\), ${Object.keys(BAD).length} skipped`));
    for (const [file, reason] of Object.entries(BAD)) {
      const line = first.split("\n").find((l) => l.startsWith(`error: ${file}: `));
      expect(line, `${file} is named in the summary`).toBeDefined();
      expect(line).toMatch(reason);
    }
  });

  it("publishes each original beside its page byte for byte, with its SHA-256 in the record", () => {
    for (const record of records) {
      const original = readFileSync(join(sources, record.source.file));
      const published = readFileSync(join(dist, record.url, record.source.file));
      expect(published.equals(original)).toBe(true);
      expect(createHash("sha256").update(original).digest("hex")).toBe(record.source.sha256);
    }
    expect(Object.fromEntries(records.map((r) => [r.source.file, r.source.encoding]))).toEqual({
      "planning-2024-03-12.pdf": "pdf",
      "planning-2024-03-19.docx": "docx",
      "planning-2024-03-26.txt": "utf-8",
      "cabinet-decision.html": "html (utf-8)",
    });
  });

  it("the source view shows the extracted text with each PDF page's start linked to that page of the original", () => {
    const pdf = records.find((r) => r.source.encoding === "pdf")!;
    expect(pdf.source.pages).toHaveLength(3);
    const html = readFileSync(join(dist, pdf.url, "source", "index.html"), "utf8");
    for (const page of [1, 2, 3]) expect(html).toContain(`href="../planning-2024-03-12.pdf#page=${page}"`);
    // The extracted text, numbered line by line: a heading as the parser read it, a footer kept as furniture.
    expect(html).toContain(`<a href="#L11">11</a>## 1. Apologies for Absence</span>`);
    expect(html).toContain(`<a href="#L15">15</a>Northshire County Council Page 1</span>`);
    // The script in the saved web page is not in its source view, nor anywhere on the site.
    const decision = records.find((r) => r.source.file === "cabinet-decision.html")!;
    expect(readFileSync(join(dist, decision.url, "source", "index.html"), "utf8")).not.toContain("alert(1)");
  });

  it("a second build takes every document from the parse cache, extracted text included", () => {
    expect(second).toMatch(/parse: 0 parsed, 12 unchanged \(cache\)/);
    expect(second).toMatch(new RegExp(`built ${GOOD.length} document\\(s\\)`));
  });
});
