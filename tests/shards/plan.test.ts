// The shard plan: whole council folders, the shared control files to every shard, of the site's release
// manifest and redirects only the shard's own lines (the join checks the whole of them).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planShards, shardOf, shardRelease, writeShardSources } from "../../scripts/shards/plan.ts";
import type { UrlManifest } from "../../scripts/pipeline/emit/url-manifest.ts";
import { problemFile } from "../../scripts/shards/join.ts";

const minutes = (committee: string, date: string) => `${committee}\nMinutes of the meeting held on ${date}\n\n1. Apologies\nNone were received.\n`;

/** A release of three councils whose slugs differ from their folder names, as a council's metadata may make them. */
const release: UrlManifest = {
  documents: {
    "east-council/cabinet-2024-01-10.txt": "east/cabinet/2024-01-10",
    "north-council/cabinet-2024-01-10.txt": "north/cabinet/2024-01-10",
    "south-council/cabinet-2024-01-10.txt": "south/cabinet/2024-01-10",
  },
  pages: {
    "/": [],
    "/east/": [],
    "/east/cabinet/2024-01-10/": ["item-1"],
    "/north/cabinet/2024-01-10/": ["item-1"],
    "/people/south/jones-a/": [],
    "/south/cabinet/2024-01-10/": ["item-1"],
    "/topics/budget/": ["year-2024"],
  },
  files: ["/east/cabinet/2024-01-10/record.json", "/feeds/all.xml", "/north/cabinet/2024-01-10/record.json"],
  redirects: { "/south/cabinet/2023-12-01/": "/south/cabinet/2024-01-10/", "/topics/old/": "/topics/budget/" },
  withdrawn: ["/north/cabinet/2020-01-01/"],
};

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

  it("copies the shared control files to every shard, and of the site's release manifest and redirects only the shard's own lines", () => {
    const plan = planShards("sources", 2, work);
    expect(plan.shared).toEqual(["people.yaml", "topics.yaml"]);
    writeFileSync(join(work, "sources", "published-urls.json"), JSON.stringify(release));
    writeFileSync(join(work, "sources", "redirects.json"), JSON.stringify({ "/east/cabinet/2023-01-01/": "/east/cabinet/2024-01-10/", "/north/old/": "/north/new/", "/topics/old/": "/topics/new/" }));
    const out = join(work, "shard-2-sources");
    writeShardSources(plan, shardOf(plan, "shard-2"), out, work);
    expect(readdirSync(out).sort()).toEqual(["east-council", "people.yaml", "published-urls.json", "redirects.json", "south-council", "topics.yaml"]);
    expect(JSON.parse(readFileSync(join(out, "published-urls.json"), "utf8"))).toEqual(shardRelease(release, ["east-council", "south-council"]));
    expect(JSON.parse(readFileSync(join(out, "redirects.json"), "utf8"))).toEqual({ "/east/cabinet/2023-01-01/": "/east/cabinet/2024-01-10/" });
  });

  it("a shard's release is its sources' documents and the URLs under its councils and their people; the pages across the archive are the join's", () => {
    const own = shardRelease(release, ["east-council", "south-council"]);
    expect(own.documents).toEqual({ "east-council/cabinet-2024-01-10.txt": "east/cabinet/2024-01-10", "south-council/cabinet-2024-01-10.txt": "south/cabinet/2024-01-10" });
    expect(Object.keys(own.pages)).toEqual(["/east/", "/east/cabinet/2024-01-10/", "/people/south/jones-a/", "/south/cabinet/2024-01-10/"]);
    expect(own.files).toEqual(["/east/cabinet/2024-01-10/record.json"]);
    expect(own.redirects).toEqual({ "/south/cabinet/2023-12-01/": "/south/cabinet/2024-01-10/" });
    expect(own.withdrawn).toEqual([]);
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
