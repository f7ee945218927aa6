// The synthetic corpus is only a fair benchmark if the real parser reads it as it reads real minutes:
// every generated document must come back with the date, committee, council, item numbers and
// decisions the generator put in it, and one seed must always give the same bytes.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverSources } from "../../scripts/pipeline/corpus/discover.ts";
import { processOne, type ParsedSource } from "../../scripts/pipeline/process-one.ts";
import type { SourceProblem } from "../../scripts/pipeline/types.ts";
import type { Expected } from "../../scripts/corpus/layouts/common.ts";
import { writeCorpus } from "../../scripts/corpus/write.ts";
import { generateCorpus } from "../../scripts/corpus/generate.ts";

const DOCUMENTS = 30;
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9£]+/g, " ").trim();

function digest(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    try {
      out.set(f, createHash("sha256").update(readFileSync(join(root, f))).digest("hex"));
    } catch {
      // a folder
    }
  }
  return out;
}

describe("the synthetic corpus", () => {
  let dir: string;
  const parsed: { expected: Expected; parsed: ParsedSource | null; problems: SourceProblem[] }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "minutebook-corpus-test-"));
    writeCorpus({ documents: DOCUMENTS, out: join(dir, "a"), expected: join(dir, "expected") });
    for (const file of discoverSources([join(dir, "a")]).files) {
      const expected = JSON.parse(readFileSync(join(dir, "expected", `${file.relativePath}.json`), "utf8")) as Expected;
      parsed.push({ expected, ...(await processOne(file)) });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has every document, 15–30 KB on average, in several layouts and kinds", () => {
    expect(parsed).toHaveLength(DOCUMENTS);
    const sizes = parsed.map((p) => p.parsed?.record.source.bytes ?? 0);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(15_000);
    expect(mean).toBeLessThan(30_000);
    expect(new Set(parsed.map((p) => p.expected.type)).size).toBeGreaterThanOrEqual(2);
  });

  it("every document parses without errors and loses no word of its source", () => {
    for (const p of parsed) expect(p.problems.filter((x) => x.severity === "error"), p.expected.file).toEqual([]);
  });

  it("the parser reads each document's true type, council, committee and date", () => {
    for (const { expected, parsed: got } of parsed) {
      const r = got!.record;
      expect([r.type, r.council?.name, r.committee?.name, r.date], got!.file.relativePath).toEqual([expected.type, expected.council, expected.committee, expected.date]);
    }
  });

  it("the parser finds each document's item numbers, in order", () => {
    for (const { expected, parsed: got } of parsed) {
      expect(got!.record.items.map((i) => i.number), got!.file.relativePath).toEqual(expected.items.map((i) => i.number));
    }
  });

  it("the parser finds at least every decision the generator wrote, under its item", () => {
    for (const { expected, parsed: got } of parsed) {
      const r = got!.record;
      for (const item of expected.items) {
        const found = (r.items.find((i) => i.number === item.number)?.resolutions ?? []).map((x) => words(x.text));
        for (const text of item.resolutions) expect(found.some((f) => f.includes(words(text))), `${got!.file.relativePath} item ${item.number}: "${text}"`).toBe(true);
      }
      const documentLevel = (r.resolutions ?? []).map((x) => words(x.text));
      for (const text of expected.documentResolutions) expect(documentLevel.some((f) => f.includes(words(text))), `${got!.file.relativePath}: "${text}"`).toBe(true);
    }
  });

  it("every document gets its own file: meetings of one committee never share a date", () => {
    const paths = [...generateCorpus(3000)].map((d) => d.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("two runs with the same seed are byte-identical, and another seed differs", () => {
    writeCorpus({ documents: DOCUMENTS, out: join(dir, "b") });
    writeCorpus({ documents: DOCUMENTS, out: join(dir, "c"), seed: 7 });
    const a = digest(join(dir, "a"));
    expect(digest(join(dir, "b"))).toEqual(a);
    expect(digest(join(dir, "c"))).not.toEqual(a);
  });
});
