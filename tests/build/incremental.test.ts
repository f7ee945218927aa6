// Incremental builds: after adding or changing a source, `npm run build` renders only the pages that
// change touched, and the site it leaves is byte-for-byte the site a full build of the same sources
// gives. Anything it cannot follow page by page (a removed source) falls back to a full build. Pages
// listing across the archive (home, councils, committees, registers, topics) are rendered only when
// what they show changed (src/lib/page-selection.ts `rendersListing`); one whose inputs were named
// incompletely would be left stale, and the comparison with a fresh full build finds it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { ResolutionEntity } from "../../src/schema/archive.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, ROOT, succeeded } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

const SAMPLE = join(ROOT, "content", "sources");
const ADDED = "worcestershire-county-council";
const CHANGED = join("walsall-council", "002_7ff3a627922ab07f.txt");
// Two more meetings made from it: one in a year no document had (a new year of the register), one of a
// committee the council did not have (new committee pages, a new line on the council's and home page).
const NEW_YEAR = join("walsall-council", "005_new_year.txt");
const NEW_COMMITTEE = join("walsall-council", "006_new_committee.txt");
// And one more meeting of the same committee in a year the register has, with one person no document
// named: what adding a document to a growing archive usually is.
const ADDED_MEETING = join("walsall-council", "007_added_meeting.txt");
const NEW_PERSON = "Councillor Z. Quillfeather";

/** Builds into the folders given, as `npm run build` into the same ones again; its output. */
const build = (sources: string, collection: string, dist: string): string => succeeded(buildSite(sources, {}, { into: { collection, dist } }));

describe("an incremental build", () => {
  const work = mkdtempSync(join(tmpdir(), "minutebook-incremental-"));
  const sources = join(work, "sources");
  const collection = join(work, "collection");
  const dist = join(work, "dist");
  const outputs: string[] = [];
  /** After each build, the digest of each page listing across the archive it recorded (page → digest). */
  const listings: Record<string, string>[] = [];
  const built = (output: string) => {
    outputs.push(output);
    listings.push(JSON.parse(readFileSync(join(collection, ".build-state.json"), "utf8")).listings);
  };

  beforeAll(() => {
    // The sample without one council's documents, and without the sample's released URLs (which
    // promise every sample page).
    cpSync(SAMPLE, sources, { recursive: true });
    rmSync(join(sources, "published-urls.json"));
    cpSync(join(SAMPLE, ADDED), join(work, "held-back"), { recursive: true });
    rmSync(join(sources, ADDED), { recursive: true });
    built(build(sources, collection, dist));
    // Add a council's documents, then change one sentence of another document.
    cpSync(join(work, "held-back"), join(sources, ADDED), { recursive: true });
    built(build(sources, collection, dist));
    const meeting = readFileSync(join(sources, CHANGED), "utf8");
    expect(meeting).toContain("13 SEPTEMBER, 2012");
    writeFileSync(join(sources, NEW_YEAR), meeting.replace("13 SEPTEMBER, 2012", "13 SEPTEMBER, 2031"));
    writeFileSync(join(sources, NEW_COMMITTEE), meeting.replace("CHILDREN'S AND YOUNG PEOPLE SCRUTINY AND PERFORMANCE PANEL", "HIGHWAYS AND TRANSPORT SCRUTINY PANEL"));
    built(build(sources, collection, dist));
    const text = readFileSync(join(sources, CHANGED), "utf8");
    const edited = text.replace("There were no substitutions for the duration of the meeting.", "There were no substitutions at any point of the meeting.");
    expect(edited).not.toBe(text);
    writeFileSync(join(sources, CHANGED), edited);
    built(build(sources, collection, dist));
    expect(edited).toContain("Councillor G. Perry");
    writeFileSync(join(sources, ADDED_MEETING), edited.replace("13 SEPTEMBER, 2012", "27 SEPTEMBER, 2012").replace("Councillor G. Perry", NEW_PERSON));
    built(build(sources, collection, dist));
    // Six builds of the sample: more than the default hook timeout on a loaded machine.
  }, 900_000);

  it("renders only the pages of the added or changed documents", () => {
    expect(outputs[0]).not.toMatch(/incremental build/);
    expect(outputs[1]).toMatch(/incremental build: 2 document\(s\)/);
    // The two new meetings, and the one they were made from: the same committee or council, so its
    // links to related meetings name them.
    expect(outputs[2]).toMatch(/incremental build: 3 document\(s\)/);
    expect(outputs[3]).toMatch(/incremental build: 1 document\(s\)/);
    expect(outputs[3]).toMatch(/parse: 1 parsed, 6 unchanged/);
    expect(outputs[4]).toMatch(/parse: 1 parsed, 7 unchanged/);
  });

  it("renders only the pages listing across the archive whose content changed", () => {
    const relisted = (output: string) => {
      const m = /(\d+) of (\d+) page\(s\) listing across the archive re-rendered/.exec(output);
      expect(m, output).not.toBeNull();
      return { rendered: Number(m![1]), listings: Number(m![2]) };
    };
    // A changed sentence in one Walsall meeting touches its own council's and committee's listings,
    // not another council's.
    const changed = relisted(outputs[3]!);
    expect(changed.rendered).toBeGreaterThan(0);
    expect(changed.rendered).toBeLessThan(changed.listings / 2);
    const added = relisted(outputs[4]!);
    expect(added.rendered).toBe(Object.keys(listings[4]!).filter((page) => listings[3]![page] !== listings[4]![page]).length);
  });

  // A new resolution is on its own facets' register pages and the register's front page (which alone
  // shows each facet's count): not on every page of the register (issue 15). The other pages it may
  // touch are those that list its council, committee, year, people or topics; no other council's.
  it("re-renders, for an added meeting, only the listing pages of its own council, committee, year, kinds, people and topics", () => {
    const resolutions = JSON.parse(readFileSync(join(collection, "archive", "resolutions.json"), "utf8")) as ResolutionEntity[];
    const own = resolutions.filter((r) => r.document.date === "2012-09-27" && r.document.council?.slug === "walsall-council");
    expect(own.length).toBeGreaterThan(0);
    const committee = own[0]!.document.committee!.slug;
    const document = JSON.stringify(own[0]!.document.id);
    const topicsDir = join(collection, "archive", "topics");
    const topics = new Set(readdirSync(topicsDir).filter((f) => readFileSync(join(topicsDir, f), "utf8").includes(document)).map((f) => f.replace(/\.json$/, "")));
    const rendered = Object.keys(listings[4]!).filter((page) => listings[3]![page] !== listings[4]![page]).sort();
    const register = rendered.filter((page) => /(?:^|\/)resolutions\/(?:(?:kind|year)\/[^/]+\/)?$/.test(page));
    expect(register).toEqual(
      ["/resolutions/", "/walsall-council/resolutions/", `/walsall-council/${committee}/resolutions/`, "/resolutions/year/2012/", ...new Set(own.map((r) => `/resolutions/kind/${r.kind}/`))].sort(),
    );
    const expected = new Set(["/", "/councils/", "/people/", "/topics/", "/actions/", "/walsall-council/", `/walsall-council/${committee}/`, ...register]);
    const unexpected = rendered.filter((page) => !expected.has(page) && !/^\/topics\/[^/]+\/(?:2012\/)?$/.test(page));
    expect(unexpected).toEqual([]);
    // The new person is listed in the people index.
    expect(rendered).toContain("/people/");
    // Pages of topics its items are not about are not rendered again; of those they are about, the
    // topic's page and its year's (a year page shows no other year's count).
    const topicPages = rendered.filter((page) => /^\/topics\/[^/]+\//.test(page)).map((page) => page.split("/")[2]!);
    expect(topicPages.filter((t) => !topics.has(t))).toEqual([]);
    // So the count is bounded by the document, not by the archive: at most the eleven pages named
    // above, one register page per kind of its resolutions, and two pages for each of its topics.
    const kinds = new Set(own.map((r) => r.kind));
    expect(rendered.length).toBeLessThanOrEqual(11 + kinds.size + 2 * topics.size);
  });

  // The search step patches the one band (scripts/pipeline/emit/search-patch.ts) rather than
  // re-indexing it; the next test checks the result is still a full build's.
  it("patches the search band of the added and changed documents instead of re-indexing it", () => {
    for (const output of outputs.slice(1)) expect(output).toMatch(/1 rebuilt, 1 of them patched/);
    expect(outputs.join("\n")).not.toMatch(/re-indexed whole/);
  });

  it("leaves the same site as a full build of the same sources", () => {
    const fresh = join(work, "fresh");
    build(sources, join(fresh, "collection"), join(fresh, "dist"));
    expect(treeDifferences(tree(dist), tree(join(fresh, "dist")))).toEqual([]);
  });

  it("falls back to a full build when a source is removed, and says why", () => {
    rmSync(join(sources, ADDED), { recursive: true });
    const output = build(sources, collection, dist);
    expect(output).toMatch(/full build: .*removed/);
    const fresh = join(work, "fresh-after-removal");
    build(sources, join(fresh, "collection"), join(fresh, "dist"));
    expect(treeDifferences(tree(dist), tree(join(fresh, "dist")))).toEqual([]);
  });
});
