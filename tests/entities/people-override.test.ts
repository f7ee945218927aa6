// An edit to the people file changes the next build and survives a fresh ingest (the build never
// writes the file; the collection is regenerated from the sources every time).
import { beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";

const PERSON = "people/worcestershire-county-council/mackay-s";
const OVERRIDE = "- person: worcestershire-county-council/mackay-s\n  name: Stephen Override Mackay\n  party: Independent\n  ward: Bromsgrove West\n";

describe("a people override", () => {
  let sources: string;
  let first: BuiltSite;
  let second: BuiltSite;

  beforeAll(() => {
    sources = join(mkdtempSync(join(tmpdir(), "minutebook-people-")), "sources");
    cpSync(join(ROOT, "content/sources"), sources, { recursive: true });
    writeFileSync(join(sources, "people.yaml"), OVERRIDE);
    // The sample's topics go with it: other sources would get the general taxonomy, without the
    // sample's published topic pages.
    cpSync(join(ROOT, "content/topics.yaml"), join(sources, "topics.yaml"));
    first = buildSite(sources);
    // A fresh ingest: new collection and dist folders, same sources and people file.
    second = buildSite(sources);
  });

  it("changes the person page and its open data on the next build", () => {
    expect(first.status, first.output).toBe(0);
    const page = readFileSync(join(first.dist, PERSON, "index.html"), "utf8");
    expect(page).toContain("<h1>Stephen Override Mackay</h1>");
    expect(page).toContain("Independent");
    const data = JSON.parse(readFileSync(join(first.dist, PERSON, "person.json"), "utf8"));
    expect(data).toMatchObject({ name: "Stephen Override Mackay", party: "Independent", ward: "Bromsgrove West" });
  });

  it("survives a fresh ingest, and the build leaves the file as the editor wrote it", () => {
    expect(second.status, second.output).toBe(0);
    expect(readFileSync(join(second.dist, PERSON, "index.html"), "utf8")).toContain("<h1>Stephen Override Mackay</h1>");
    expect(readFileSync(join(sources, "people.yaml"), "utf8")).toBe(OVERRIDE);
  });
});
