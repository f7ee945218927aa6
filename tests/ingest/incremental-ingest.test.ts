// An ingest that scales with the change (emit/archive-reuse.ts, issue 15 Deliver 2): after a change,
// only the councils it touches have their part of the archive built again, the rest is kept from the
// last ingest — and the collection is byte-identical to a full ingest of the same sources, whatever
// the change: an edited, added or removed source, a document moving committee, a person first named
// in a second council, an edited people.yaml (which builds the whole archive again). People are
// resolved again only in the records a change reaches (resolve/people-reuse.ts): `peopleResolved`.
import { beforeEach, describe, expect, it } from "vitest";
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_FOLDER } from "../../scripts/pipeline/cache/parse-cache.ts";
import { copyOf, differences, ingestInto, SAMPLE_SOURCES, tempDir, tree } from "./helpers.ts";

const WALSALL = join("walsall-council", "002_7ff3a627922ab07f.txt");
const WEST_SUSSEX = join("west-sussex-county-council", "004_ab3d313a01f42dff.txt");
const WORCESTERSHIRE = join("worcestershire-county-council", "000_8a6e13e5fabe1a3a.txt");
const WORCESTERSHIRE_2 = join("worcestershire-county-council", "001_87319a1a06042c68.txt");

const snapshot = (collection: string) => tree(collection, { skip: [CACHE_FOLDER] });

/** A full ingest of `sources` into a fresh collection (the parse cache copied, so nothing is parsed again). */
async function fullIngest(sources: string, parsedIn: string) {
  const collection = join(tempDir("incremental-full"), "collection");
  cpSync(join(parsedIn, CACHE_FOLDER, "parse"), join(collection, CACHE_FOLDER, "parse"), { recursive: true });
  const result = await ingestInto(collection, sources);
  expect(result.archiveRebuilt).toBeNull();
  return { tree: snapshot(collection), suggestedTopics: result.suggestedTopics };
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe("an incremental ingest", () => {
  let sources: string;
  let collection: string;
  beforeEach(async () => {
    sources = copyOf(SAMPLE_SOURCES);
    collection = join(tempDir("incremental"), "collection");
    const first = await ingestInto(collection, sources);
    expect(first.archiveRebuilt).toBeNull();
  });

  /** Ingests again, and checks the collection (and the candidate topics) against a full ingest of the same sources. */
  async function ingestAgainMatchingFull() {
    const result = await ingestInto(collection, sources);
    const full = await fullIngest(sources, collection);
    expect(differences(snapshot(collection), full.tree)).toEqual([]);
    expect(result.suggestedTopics).toEqual(full.suggestedTopics);
    return result;
  }

  it("the same sources again rebuild no council and write nothing", async () => {
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual([]);
    expect(result.peopleResolved).toBe(0);
    expect(result.changes.written).toEqual([]);
  });

  it("an edited source rebuilds its council only, and equals a full ingest", async () => {
    edit(join(sources, WALSALL), "Councillor G. Perry\n", "Councillor G. Perry\nCouncillor Z. Quartermaine\n");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["walsall-council"]);
    // People resolved again in Walsall's one record only; the other four kept theirs (resolve/people-reuse.ts).
    expect(result.peopleResolved).toBe(1);
    expect(result.changes.written).toContain("archive/people/walsall-council/quartermaine-z.json");
    expect(result.changes.written.filter((p) => /worcestershire|west-sussex|buckinghamshire/.test(p))).toEqual([]);
  });

  it("a text-only edit to one source keeps the other sources' texts and the other councils' files", async () => {
    appendFileSync(join(sources, WORCESTERSHIRE_2), "\nAn added closing line.\n");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["worcestershire-county-council"]);
  });

  it("a removed source, and a council whose only source is removed, equal a full ingest", async () => {
    rmSync(join(sources, WEST_SUSSEX));
    rmSync(join(sources, WORCESTERSHIRE_2));
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["west-sussex-county-council", "worcestershire-county-council"]);
    // A council gone changes the archive's council names, which place every record's people: all three resolved again.
    expect(result.peopleResolved).toBe(3);
    expect(result.changes.removed.some((p) => p.startsWith("archive/document-links/west-sussex-county-council/"))).toBe(true);
  });

  it("an added source equals a full ingest", async () => {
    const added = join("worcestershire-county-council", "005_added.txt");
    writeFileSync(join(sources, added), readFileSync(join(sources, WORCESTERSHIRE), "utf8").replace("22 March 2018", "19 April 2018"));
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["worcestershire-county-council"]);
    expect(result.peopleResolved).toBe(3);
    expect(result.changes.written.some((p) => p.startsWith("archive/document-links/worcestershire-county-council/") && p.endsWith("2018-04-19.json"))).toBe(true);
  });

  it("a document moving committee equals a full ingest (its old committee's meeting links change too)", async () => {
    edit(join(sources, WORCESTERSHIRE), "Children and Families Overview and Scrutiny Panel", "Corporate and Communities Overview and Scrutiny Panel");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["worcestershire-county-council"]);
    expect(result.changes.written.some((p) => p.startsWith("archive/document-links/worcestershire-county-council/corporate-and-communities"))).toBe(true);
  });

  it("a person first named in a second council rebuilds both councils, and equals a full ingest", async () => {
    // One person across two councils (a merge override, already in people.yaml at the first ingest,
    // when the Walsall name did not yet exist): the Worcestershire person's entity gains Walsall.
    appendFileSync(join(sources, "people.yaml"), "\n- merge: [worcestershire-county-council/mackay-s, walsall-council/mackay-s]\n  id: worcestershire-county-council/mackay-s\n");
    await ingestInto(collection, sources);
    edit(join(sources, WALSALL), "Councillor G. Perry\n", "Councillor G. Perry\nCouncillor S. Mackay\n");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["walsall-council", "worcestershire-county-council"]);
    // A merge override reaches across councils by name: every record is resolved again.
    expect(result.peopleResolved).toBe(5);
    const person = JSON.parse(readFileSync(join(collection, "archive/people/worcestershire-county-council/mackay-s.json"), "utf8")) as { councils: { slug: string }[] };
    expect(person.councils.map((c) => c.slug)).toEqual(["walsall-council", "worcestershire-county-council"]);
  });

  it("an edit that moves a person's merge rewrites the record of an unchanged source naming them, and equals a full ingest", async () => {
    // "Mr S M Mackay" (2018) and "Cllr Steve Mackay" (2023) are one person; "Mr Stuart M Mackay" is
    // another, so the 2023 record — its source untouched — names its person differently.
    edit(join(sources, WORCESTERSHIRE), "Mr S M Mackay", "Mr Stuart M Mackay");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toEqual(["worcestershire-county-council"]);
    // Both Worcestershire records resolved again — the untouched one too, as its council is reached.
    expect(result.peopleResolved).toBe(2);
    const records = result.changes.written.filter((p) => p.startsWith("records/worcestershire-county-council/"));
    expect(records).toEqual([
      "records/worcestershire-county-council/children-and-families-overview-and-scrutiny-panel/2018-03-22.json",
      "records/worcestershire-county-council/children-and-families-overview-and-scrutiny-panel/2023-07-07.json",
    ]);
  });

  it("a kept record deleted by hand is written again", async () => {
    const written = (await ingestInto(collection, sources)).changes.written;
    expect(written).toEqual([]);
    const record = tree(join(collection, "records"));
    const path = [...record.keys()].find((p) => p.startsWith("walsall-council/"))!;
    rmSync(join(collection, "records", path));
    const result = await ingestAgainMatchingFull();
    expect(result.changes.written).toEqual([`records/${path}`]);
  });

  it("an edited people.yaml, topics.yaml or committees.yaml builds the whole archive again", async () => {
    for (const [file, entry] of [
      ["people.yaml", "\n- person: worcestershire-county-council/mackay-s\n  name: Steve Mackay\n"],
      ["topics.yaml", "\n"],
      ["committees.yaml", "\n"],
    ] as const) {
      appendFileSync(join(sources, file), entry);
      const result = await ingestAgainMatchingFull();
      expect(result.archiveRebuilt, file).toBeNull();
    }
  });

  it("a collection written since by an ingest that keeps no state is not taken for the state's (the whole archive is built)", async () => {
    // An older checkout's ingest writes the completion marker without naming a state.
    writeFileSync(join(collection, CACHE_FOLDER, "ingest-complete.json"), `${JSON.stringify({ documents: 5 })}\n`);
    appendFileSync(join(sources, WALSALL), "\nAn added closing line.\n");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toBeNull();
  });

  it("a kept file deleted by hand is made again (the whole archive is built)", async () => {
    rmSync(join(collection, "archive/people/worcestershire-county-council/mackay-s.json"));
    appendFileSync(join(sources, WALSALL), "\nAn added closing line.\n");
    const result = await ingestAgainMatchingFull();
    expect(result.archiveRebuilt).toBeNull();
    expect(result.changes.written).toContain("archive/people/worcestershire-county-council/mackay-s.json");
  });
});
