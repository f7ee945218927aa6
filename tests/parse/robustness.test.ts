// Hostile inputs: the parser never throws and always returns a schema-valid record, saying what it
// could not find in `warnings`.
import { describe, expect, it } from "vitest";
import { DocumentRecord } from "../../src/schema/record.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { parseText } from "./helpers.ts";

const cases: [string, string][] = [
  ["empty string", ""],
  ["only blank lines", "\n\n\n   \n"],
  ["one huge line", "word ".repeat(200_000)],
  ["no headings", "The committee met and talked about things.\n\nNothing was decided."],
  ["binary-ish noise", "\u0000\uFFFD\u0001 ### **  ** <b></b> | | \t\t\n- \n1.\n(a)"],
  ["BOM and CRLF", "\uFEFFMinutes of the Cabinet held on 1 May 2020\r\n\r\n1. Apologies\r\n\r\nNone.\r\n"],
  ["markup that looks like code", "{process.exit(1)}\n\n<script>alert(1)</script>\n\nimport fs from \"fs\"\n\nexport const x = 1\n\n</div>"],
];

describe("odd text", () => {
  for (const [name, text] of cases) {
    it(`${name}: no throw, schema-valid, every word kept`, () => {
      const r = parseText(text);
      expect(() => DocumentRecord.parse(r)).not.toThrow();
      expect(checkCoverage(text, r).missing).toEqual([]);
    });
  }

  it("a document with no date says so in warnings instead of inventing one", () => {
    const r = parseText("Some Committee\n\nThe meeting discussed the budget.");
    expect(r.date).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("no-date");
  });

  // CPU time of this thread, not wall time: the guard is against work that grows faster than the
  // items (a quadratic pass takes minutes here), and wall time on a loaded machine measured the load —
  // the same parse took 1 CPU-second and 8–12 s of wall time at a load average of 30.
  const threadCpuMs = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };

  it("10,000 items parse in linear time with unique anchors", () => {
    const parts = ["Minutes of the Example Committee held on 22/03/2018", "PRESENT: Councillors A Smith (Chair) and B Jones"];
    for (let i = 1; i <= 10_000; i++) parts.push(`${i}. ITEM NUMBER ${i}`, `The committee noted item ${i}.`, i % 2 ? "RESOLVED: That the report be noted." : "It was agreed that no action was needed.");
    const text = parts.join("\n\n");
    const t0 = threadCpuMs();
    const r = parseText(text);
    const ms = threadCpuMs() - t0;
    expect(r.items).toHaveLength(10_000);
    expect(new Set(r.items.map((i) => i.anchor)).size).toBe(10_000);
    expect(() => DocumentRecord.parse(r)).not.toThrow();
    expect(checkCoverage(text, r).ratio).toBe(1);
    expect(ms).toBeLessThan(5000);
  });

  it("two items with the same number get distinct anchors", () => {
    const r = parseText("Minutes of the Board held on 1 May 2020\n\n5. FIRST\n\nText.\n\n6. SECOND\n\nText.\n\n6. SECOND AGAIN\n\nText.");
    const anchors = r.items.map((i) => i.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
