// The open-data emit stage (scripts/pipeline/emit/open-data.ts) over the built sample's collection:
// it writes what the build published, byte for byte, and a selection writes only the files of what
// was chosen (for incremental builds).
import { afterAll, describe, expect, inject, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeOpenData } from "../../scripts/pipeline/emit/open-data.ts";
import { openDataChanges } from "../../scripts/pipeline/emit/open-data-changes.ts";
import type { UrlManifest } from "../../scripts/pipeline/emit/url-manifest.ts";
import { resolutionSlug } from "../../src/schema/archive.ts";
import { documentsOf } from "../browser/pages.ts";
import { TEST_SITE } from "../support/build-site.ts";

const site = inject("sampleSite");
const documents = documentsOf(site);
const scratch = mkdtempSync(join(tmpdir(), "minutebook-open-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split("\\").join("/"))
    .sort();

function expectSameAsBuilt(dir: string): string[] {
  const files = filesIn(dir);
  for (const f of files) expect(readFileSync(join(dir, f), "utf8"), f).toBe(readFileSync(join(site.dist, f), "utf8"));
  return files;
}

describe("open-data emit stage", () => {
  it("builds", () => {
    expect(site.status, site.output).toBe(0);
  });

  it("writes the open-data files of every document, resolution, person, committee and topic, and the manifest promises each", () => {
    // Expected from the collection, independently of the stage: each record's own file and its
    // resolutions', each person's, committee's and topic's JSON and feed, and the site feed.
    // (Break caught: a kind of file no longer written, or written under another path.)
    const out = join(scratch, "all");
    const { files } = writeOpenData(site.collection, out, { site: TEST_SITE });
    const written = filesIn(out);
    const archive = (kind: string) =>
      readdirSync(join(site.collection, "archive", kind), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -".json".length).split("\\").join("/"));
    const expected = [
      ...documents.flatMap((d) => [
        `${d.id}/record.json`,
        ...[...d.items.flatMap((i) => i.resolutions), ...(d.resolutions ?? [])].map((r) => `${d.id}/resolutions/${resolutionSlug(r.anchor)}/resolution.json`),
      ]),
      ...archive("people").flatMap((id) => [`people/${id}/person.json`, `people/${id}/feed.xml`]),
      ...[...new Set(documents.map((d) => `${d.council!.slug}/${d.committee!.slug}`))].flatMap((c) => [`${c}/committee.json`, `${c}/feed.xml`]),
      ...archive("topics").flatMap((slug) => [`topics/${slug}/topic.json`, `topics/${slug}/feed.xml`]),
      "feeds/all.xml",
    ].sort();
    expect(written).toEqual(expected);
    expect(files).toBe(expected.length);
    // Each record.json is the published record the collection holds.
    for (const d of documents) expect(JSON.parse(readFileSync(join(out, d.id, "record.json"), "utf8")), d.id).toEqual(d);
    const manifest = JSON.parse(readFileSync(join(site.dist, "url-manifest.json"), "utf8")) as UrlManifest;
    for (const f of written) expect(manifest.files, f).toContain(`/${f}`);
  });

  it("a selection writes only the files of the chosen documents, people, committees and topics", () => {
    const document = documents.find((d) => d.items.some((i) => i.resolutions.length > 1))!;
    const person = "worcestershire-county-council/mackay-s";
    const committee = `${document.council!.slug}/${document.committee!.slug}`;
    const out = join(scratch, "some");
    writeOpenData(site.collection, out, {
      site: TEST_SITE,
      selection: { documents: new Set([document.id]), people: new Set([person]), committees: new Set([committee]), topics: new Set(["fostering"]), siteFeed: false },
    });
    const resolutions = [...document.items.flatMap((i) => i.resolutions), ...(document.resolutions ?? [])].map(
      (r) => `${document.id}/resolutions/${resolutionSlug(r.anchor)}/resolution.json`,
    );
    expect(expectSameAsBuilt(out)).toEqual(
      [
        `${document.id}/record.json`,
        ...resolutions,
        `people/${person}/person.json`,
        `people/${person}/feed.xml`,
        `${committee}/committee.json`,
        `${committee}/feed.xml`,
        "topics/fostering/topic.json",
        "topics/fostering/feed.xml",
      ].sort(),
    );
  });

  it("a selection whose documents are not all in its committees still writes each chosen document's files (every committee read)", () => {
    const [first, other] = [documents[0]!, documents.find((d) => d.committee!.slug !== documents[0]!.committee!.slug || d.council!.slug !== documents[0]!.council!.slug)!];
    const committee = `${other.council!.slug}/${other.committee!.slug}`;
    const out = join(scratch, "apart");
    writeOpenData(site.collection, out, { site: TEST_SITE, selection: { documents: new Set([first.id]), people: new Set(), committees: new Set([committee]), topics: new Set(), siteFeed: false } });
    const written = expectSameAsBuilt(out);
    expect(written).toContain(`${first.id}/record.json`);
    expect(written).toContain(`${committee}/committee.json`);
    expect(written.filter((f) => f.endsWith("/committee.json"))).toEqual([`${committee}/committee.json`]);
  });

  it("a rebuild selects the committees holding a changed document and those whose published JSON differs, compared as bytes", () => {
    const dist = join(scratch, "published");
    cpSync(site.dist, dist, { recursive: true });
    const committees = filesIn(dist).filter((f) => f.endsWith("/committee.json")).map((f) => f.slice(0, -"/committee.json".length));
    expect(committees.length).toBeGreaterThan(3);
    const changed = documents[0]!;
    const own = `${changed.council!.slug}/${changed.committee!.slug}`;
    const select = () =>
      openDataChanges({ collection: site.collection, dist, documents: [], changed: { documents: new Set([changed.id]), people: new Set() }, written: [] }).committees;
    // As built: only the changed document's own committee (its feed and JSON follow its documents).
    expect([...select()]).toEqual([own]);
    // A published file that is not what the collection gives (one byte more; gone) is written again.
    const [edited, removed] = committees.filter((c) => c !== own);
    writeFileSync(join(dist, edited!, "committee.json"), `${readFileSync(join(dist, edited!, "committee.json"), "utf8")} `);
    rmSync(join(dist, removed!, "committee.json"));
    expect([...select()].sort()).toEqual([own, edited!, removed!].sort());
  });

  it("a kind left out of a selection is written whole; an empty set writes none of it", () => {
    const out = join(scratch, "kinds");
    const { files } = writeOpenData(site.collection, out, { site: TEST_SITE, selection: { documents: new Set(), people: new Set(), committees: new Set(), siteFeed: false } });
    const written = expectSameAsBuilt(out);
    expect(written.length).toBe(files);
    expect(written.every((f) => f.startsWith("topics/"))).toBe(true);
    expect(written.filter((f) => f.endsWith("/topic.json")).length).toBe(filesIn(site.dist).filter((f) => f.endsWith("/topic.json")).length);
  });
});
