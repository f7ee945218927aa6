// The archive's per-entity files are written as built, without running each entity through its schema
// (emit/archive.ts: that parse was a deep copy of every person and topic). What pins that down: each
// file is exactly what the schema's own parse of it would write — the schema's key order, no key the
// schema does not know — so the open-data person.json and topic.json keep the published shape.
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PersonEntity, PersonPage, TopicEntity } from "../../src/schema/archive.ts";
import { personPage } from "../../src/lib/person-page.ts";
import { ENTITY_FOLDERS } from "../../src/lib/records.ts";
import { ARCHIVE_FOLDER } from "../../scripts/pipeline/emit/archive.ts";
import { ingestInto, SAMPLE_SOURCES, tempDir } from "./helpers.ts";
import { ROOT } from "../support/build-site.ts";

/** Minutes with recorded votes: the people they name have `votes` (the sample has none). */
const VOTES_SOURCES = join(ROOT, "tests", "fixtures", "votes");

const entityFiles = (collection: string, folder: string) => {
  const dir = join(collection, ARCHIVE_FOLDER, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
};

describe("the archive's entity files", () => {
  const collections: string[] = [];
  beforeAll(async () => {
    for (const sources of [SAMPLE_SOURCES, VOTES_SOURCES]) {
      const collection = join(tempDir("archive-files"), "collection");
      await ingestInto(collection, sources);
      collections.push(collection);
    }
  });

  it("each person's file is the schema's parse of it, votes before documents as the schema orders them", () => {
    const files = collections.flatMap((collection) => entityFiles(collection, ENTITY_FOLDERS.people));
    expect(files.length).toBeGreaterThan(0);
    // People a recorded vote names: `votes` is the one key the archive adds out of the schema's order.
    expect(files.some(({ text }) => "votes" in JSON.parse(text))).toBe(true);
    for (const { file, text } of files) expect(`${JSON.stringify(PersonEntity.parse(JSON.parse(text)))}\n`, file).toBe(text);
  });

  it("each topic's file is the schema's parse of it, paragraph links in the schema's key order", () => {
    const files = collections.flatMap((collection) => entityFiles(collection, ENTITY_FOLDERS.topics));
    expect(files.some(({ text }) => (JSON.parse(text) as TopicEntity).items.some((i) => i.paragraphs.length > 0))).toBe(true);
    for (const { file, text } of files) expect(`${JSON.stringify(TopicEntity.parse(JSON.parse(text)))}\n`, file).toBe(text);
  });

  it("each person has a page file, what personPage gives for their entity and the PersonPage schema's parse of it, smaller than the entity", () => {
    for (const collection of collections) {
      const entities = entityFiles(collection, ENTITY_FOLDERS.people);
      const pages = entityFiles(collection, ENTITY_FOLDERS.personPages);
      expect(pages.map((p) => p.file)).toEqual(entities.map((e) => e.file));
      entities.forEach(({ file, text }, i) => {
        const page = pages[i]!.text;
        expect(page, file).toBe(`${JSON.stringify(personPage(JSON.parse(text) as PersonEntity))}\n`);
        expect(`${JSON.stringify(PersonPage.parse(JSON.parse(page)))}\n`, file).toBe(page);
      });
      const bytes = (files: { text: string }[]) => files.reduce((n, f) => n + f.text.length, 0);
      expect(bytes(pages)).toBeLessThan(bytes(entities));
    }
  });
});
