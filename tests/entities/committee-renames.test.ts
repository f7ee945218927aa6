import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildArchive } from "../../scripts/pipeline/resolve/archive.ts";
import { parseYamlList } from "../../scripts/pipeline/resolve/yaml-list.ts";
import { CommitteeRename } from "../../scripts/pipeline/resolve/committees.ts";
import { publishedDocument } from "../support/records.ts";
import { visibleText } from "../support/html.ts";

const doc = (committee: string, date: string) =>
  publishedDocument({
    committee: { name: committee, slug: committee.toLowerCase().replace(/[^a-z]+/g, "-") },
    date,
    id: `testshire-county-council/${committee.toLowerCase().replace(/[^a-z]+/g, "-")}/${date}`,
    url: `/testshire-county-council/${committee.toLowerCase().replace(/[^a-z]+/g, "-")}/${date}/`,
    source: { file: `${date}.txt`, path: `${date}.txt`, sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null },
  });

describe("renamed committees", () => {
  it("a rename in the overrides links the old committee and the new one both ways", () => {
    const renames = parseYamlList(
      "- council: Testshire County Council\n  from: Schools Panel\n  to: Learning Panel\n  date: 2019-05-01\n",
      "committees.yaml",
      CommitteeRename,
      "committee renames",
    );
    const archive = buildArchive([doc("Schools Panel", "2018-01-10"), doc("Learning Panel", "2020-02-11")], { committeeRenames: renames });
    const byId = new Map(archive.committees.map((c) => [c.id, c]));
    expect(byId.get("testshire-county-council/schools-panel")!.renamedTo).toEqual({
      name: "Learning Panel",
      url: "/testshire-county-council/learning-panel/",
      from: "2019-05-01",
    });
    expect(byId.get("testshire-county-council/learning-panel")!.formerly).toEqual([
      { name: "Schools Panel", url: "/testshire-county-council/schools-panel/", until: "2019-05-01" },
    ]);
  });

  it("a bad entry is reported with the file and the entry", () => {
    expect(() => parseYamlList("- council: X\n  from: A\n", "committees.yaml", CommitteeRename, "committee renames")).toThrow(/committees\.yaml: entry 1 \(to\)/);
  });

  it("the sample's select committee page names the committee whose role it took over", () => {
    const site = inject("sampleSite");
    const html = readFileSync(join(site.dist, "buckinghamshire-county-council/childrens-social-care-and-learning-select-committee/index.html"), "utf8");
    expect(visibleText(html)).toContain("Formerly the Education, Skills and Children's Services Select Committee.");
  });
});
