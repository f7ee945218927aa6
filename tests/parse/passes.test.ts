// The parse stage is a sequence of passes (scripts/pipeline/parse/passes/), run by a short driver in
// the order docs/parsing.md describes. These tests fail when the code and the documented list part:
// a pass added, removed, renamed, moved to another module or run out of order.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, PASSES, type ParseTrace } from "../../scripts/pipeline/parse/index.ts";
import { ROOT } from "../support/build-site.ts";

/** The rows of the table under "## The passes" in docs/parsing.md: number, pass, module. */
function documentedPasses(): { n: number; name: string; module: string }[] {
  const doc = readFileSync(join(ROOT, "docs/parsing.md"), "utf8");
  const section = doc.slice(doc.indexOf("## The passes"), doc.indexOf("\n### ", doc.indexOf("## The passes")));
  return section
    .split("\n")
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => {
      const [n, name, module] = l.split("|").slice(1, 4).map((c) => c.trim());
      return { n: Number(n), name: name!, module: module!.replace(/`/g, "") };
    });
}

const minutes = [
  "Harbour Board",
  "Minutes of the meeting held on 4 March 2024 at 10.00 am",
  "",
  "Present: Councillors Ashdown (Chair), Brennan and Cole",
  "",
  "HB 7   APOLOGIES",
  "Apologies were received from Councillor Dunmore.",
  "",
  "HB 8   PILOTAGE CHARGES",
  "RESOLVED that the charges be increased by 3%.",
].join("\n");
const source = { file: "x.txt", path: "x.txt", sha256: "0".repeat(64), bytes: minutes.length, encoding: "utf-8", url: null };

describe("the parse passes", () => {
  it("docs/parsing.md lists the driver's passes, numbered in order, with their modules", () => {
    const documented = documentedPasses();
    expect(documented.map((p) => p.n)).toEqual(documented.map((_, i) => i + 1));
    expect(documented.map(({ name, module }) => ({ name, module }))).toEqual(PASSES.map(({ name, module }) => ({ name, module })));
  });

  it("every listed pass is a module of its own", () => {
    for (const p of PASSES) expect(existsSync(join(ROOT, "scripts/pipeline/parse", p.module)), p.module).toBe(true);
    expect(new Set(PASSES.map((p) => p.module)).size).toBe(PASSES.length);
  });

  it("the driver runs every pass once, in the listed order, and the trace says what each produced", () => {
    const trace: ParseTrace = { passes: [], headings: [], decisions: [], votes: [] };
    const record = parseDocument({ text: minutes, source, meta: {} }, trace);
    expect(trace.passes.map((p) => p.name)).toEqual(PASSES.map((p) => p.name));
    expect(record.items.map((i) => i.number)).toEqual(["HB 7", "HB 8"]);
    const said = new Map(trace.passes.map((p) => [p.name, p.summary]));
    expect(said.get("document structure")).toMatch(/^minutes; 2 item\(s\)/);
    expect(said.get("decisions")).toBe("1 decision(s) in items, 0 outside");
  });

  it("without a trace the passes describe nothing and the record is the same", () => {
    const traced = parseDocument({ text: minutes, source, meta: {} }, { passes: [], headings: [], decisions: [], votes: [] });
    expect(parseDocument({ text: minutes, source, meta: {} })).toEqual(traced);
  });
});
