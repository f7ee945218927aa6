// The documents' summaries as the pages read them (src/lib/documents-loader.ts): the MDX entries'
// front matter checked with the record schema, in the id order Astro's content store gave them, and
// parsed again only when an entry's file changed (the last build's summaries are kept by file digest).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDocumentSummaries } from "../../src/lib/documents-loader.ts";
import { withFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const summary = (id: string, title: string | null = null) => ({
  id,
  url: `/${id}/`,
  type: "minutes",
  title,
  council: { name: "Ashcombe County Council", slug: "ashcombe-county-council" },
  committee: { name: "Cabinet", slug: "cabinet" },
  date: "2020-09-29",
  year: 2020,
  startTime: "10:00",
  endTime: null,
  venue: null,
  source: { file: `${id.split("/").at(-1)}.txt`, path: `ashcombe/${id.split("/").at(-1)}.txt`, sha256: "c".repeat(64), bytes: 10, encoding: "utf-8", url: null },
});

/** A collection's `documents/` folder with an entry per summary (as the ingest writes them) and a cache folder. */
function collection(entries: Record<string, object>) {
  const dir = mkdtempSync(join(tmpdir(), "minutebook-summaries-"));
  folders.push(dir);
  const base = join(dir, "documents");
  for (const [file, data] of Object.entries(entries)) {
    mkdirSync(join(base, file, ".."), { recursive: true });
    writeFileSync(join(base, file), withFrontmatter("", data));
  }
  return { base, cache: join(dir, "cache") };
}

describe("the documents' summaries read from the collection's MDX entries", () => {
  it("lists every entry's summary by id as Astro's content store did (localeCompare), whatever the files' order", () => {
    const ids = ["a/cabinet/2020-09-29", "B/cabinet/2020-09-29", "a/cabinet/2020-09-29-2", "a-b/cabinet/2020-09-29"];
    const { base, cache } = collection(Object.fromEntries(ids.map((id, i) => [`f${i}/${i}.mdx`, summary(id)])));
    const read = readDocumentSummaries(base, cache);
    expect(read.map((s) => s.id)).toEqual(["a-b/cabinet/2020-09-29", "a/cabinet/2020-09-29", "a/cabinet/2020-09-29-2", "B/cabinet/2020-09-29"]);
    expect(read[0]).toEqual(summary("a-b/cabinet/2020-09-29"));
  });

  it("gives the same summaries from the cache as from the files, and parses again only a changed entry", () => {
    const { base, cache } = collection({ "x/1.mdx": summary("x/1", "First"), "x/2.mdx": summary("x/2", "Second") });
    const first = readDocumentSummaries(base, cache);
    expect(readDocumentSummaries(base, cache)).toEqual(first);
    // Mark each cached summary, so that a summary read from the cache can be told from one parsed again.
    const file = join(cache, "minutebook-document-summaries.json");
    const kept = JSON.parse(readFileSync(file, "utf8")) as { schema: string; entries: Record<string, { title: string }> };
    for (const entry of Object.values(kept.entries)) entry.title = `${entry.title} (cached)`;
    writeFileSync(file, JSON.stringify(kept));
    writeFileSync(join(base, "x/2.mdx"), withFrontmatter("", summary("x/2", "Second, corrected")));
    expect(readDocumentSummaries(base, cache).map((s) => s.title)).toEqual(["First (cached)", "Second, corrected"]);
  });

  it("parses every entry again when the cache was written for another schema", () => {
    const { base, cache } = collection({ "x/1.mdx": summary("x/1", "First") });
    readDocumentSummaries(base, cache);
    const file = join(cache, "minutebook-document-summaries.json");
    const kept = JSON.parse(readFileSync(file, "utf8")) as { schema: string; entries: Record<string, { title: string }> };
    for (const entry of Object.values(kept.entries)) entry.title = "stale";
    writeFileSync(file, JSON.stringify({ ...kept, schema: "another schema" }));
    expect(readDocumentSummaries(base, cache).map((s) => s.title)).toEqual(["First"]);
  });

  it("fails on an entry the schema rejects, naming its file, and gives no summaries before the first ingest", () => {
    const { base, cache } = collection({ "x/1.mdx": { ...summary("x/1"), type: "memo" } });
    expect(() => readDocumentSummaries(base, cache)).toThrow(`${join(base, "x", "1.mdx")}: not a document summary`);
    expect(readDocumentSummaries(join(base, "missing"), cache)).toEqual([]);
  });
});
