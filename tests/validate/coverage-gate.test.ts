// Nothing lost: when a record would drop words of its source, processing reports it as an error that
// names the file, the words and their lines, and the build fails on it (scripts/cli/build.ts).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { discoverSources } from "../../scripts/pipeline/corpus/discover.ts";
import { processSources } from "../../scripts/pipeline/process.ts";
import { parseDocument } from "../../scripts/pipeline/parse/index.ts";
import type { ParseInput } from "../../scripts/pipeline/types.ts";
import { ROOT } from "../support/build-site.ts";

const samples = discoverSources([join(ROOT, "content/sources")]).files;

describe("the coverage gate", () => {
  it("the real parser loses no word of any sample", async () => {
    const corpus = await processSources(samples);
    expect(corpus.problems.filter((p) => p.code === "text-lost")).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
  });

  it("a parser that drops a paragraph is caught, naming the file, the words and the line", async () => {
    const dropping = (input: ParseInput) => {
      const record = parseDocument(input);
      const item = record.items.find((i) => i.number === "315")!; // "Public Participation": "None."
      return { ...record, items: record.items.map((i) => (i === item ? { ...i, paragraphs: [], text: "" } : i)) };
    };
    const corpus = await processSources(samples.filter((f) => f.fileName.startsWith("000")), { parse: dropping });
    const lost = corpus.problems.filter((p) => p.code === "text-lost");
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ file: "worcestershire-county-council/000_8a6e13e5fabe1a3a.txt", severity: "error" });
    expect(lost[0]!.message).toMatch(/1 word\(s\) of the source are missing from the parsed record .*"none" \(line \d+\)/);
  });
});
