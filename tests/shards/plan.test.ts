// The shard plan: whole council folders, the shared control files to every shard, the site's release
// manifest and redirects to none (the join applies them to the whole site).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planShards, shardOf, writeShardSources } from "../../scripts/shards/plan.ts";
import { problemFile } from "../../scripts/shards/join.ts";

const minutes = (committee: string, date: string) => `${committee}\nMinutes of the meeting held on ${date}\n\n1. Apologies\nNone were received.\n`;

describe("planShards", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "minutebook-plan-"));
    const sources = join(work, "sources");
    const councils = { "north-council": 3, "south-council": 2, "east-council": 1 };
    for (const [council, n] of Object.entries(councils)) {
      mkdirSync(join(sources, council), { recursive: true });
      for (let i = 1; i <= n; i++) writeFileSync(join(sources, council, `cabinet-2024-0${i}-10.txt`), minutes("Cabinet", `${i} March 2024`));
    }
    for (const file of ["topics.yaml", "people.yaml", "published-urls.json", "redirects.json"]) writeFileSync(join(sources, file), file.endsWith(".json") ? "{}\n" : "[]\n");
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it("gives each council folder, whole, to one shard, balanced by documents, with the sources relative to the checkout", () => {
    const plan = planShards("sources", 2, work);
    expect(plan.sources).toBe("sources");
    expect(plan.shards).toEqual([
      { name: "shard-1", folders: ["north-council"], documents: 3 },
      { name: "shard-2", folders: ["east-council", "south-council"], documents: 3 },
    ]);
  });

  it("copies the shared control files to every shard, but not the site's release manifest or redirects", () => {
    const plan = planShards("sources", 2, work);
    expect(plan.shared).toEqual(["people.yaml", "topics.yaml"]);
    const out = join(work, "shard-2-sources");
    writeShardSources(plan, shardOf(plan, "shard-2"), out, work);
    expect(readdirSync(out).sort()).toEqual(["east-council", "people.yaml", "south-council", "topics.yaml"]);
  });

  it("refuses more shards than council folders, and a shard name the plan does not have", () => {
    expect(() => planShards("sources", 4, work)).toThrow(/3 council folder\(s\) with sources: too few for 4 shards/);
    expect(() => shardOf(planShards("sources", 2, work), "shard-3")).toThrow(/no shard "shard-3"/);
  });

  it("refuses a source outside any council folder: it could not be given to one shard", () => {
    writeFileSync(join(work, "sources", "loose-2024-01-01.txt"), minutes("Council", "1 January 2024"));
    expect(() => planShards("sources", 2, work)).toThrow(/outside any council folder/);
  });
});

describe("problemFile", () => {
  it("reads the source file of a printed problem, with or without a line", () => {
    expect(problemFile("warning: a-council/cabinet.txt:113: item 3: heading early")).toBe("a-council/cabinet.txt");
    expect(problemFile("error: b-council/report.pdf: no text")).toBe("b-council/report.pdf");
  });
});
