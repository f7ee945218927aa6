// The full record of one document, and the archive entities kept one file each, read at render time.
// Astro keeps the whole content store (and every getStaticPaths prop) in memory and serialises the
// store to one string, which at 10,000 documents is longer than V8 allows (docs/performance.md). So
// what grows with the archive is written by the ingest stage as one JSON file per document or entity
// (scripts/pipeline/emit/collection.ts, archive.ts) and read here, one file at a time, by the page
// that shows it, and by the open-data emit stage (scripts/pipeline/emit/open-data.ts), which passes
// the collection folder in. The files were validated against their schemas when the pipeline wrote them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PublishedDocument } from "../schema/record.ts";
import type { DocumentLinks, PersonEntity, PersonPage, TopicEntity } from "../schema/archive.ts";

/** Where the ingest stage wrote the collection (the same folder src/lib/documents.ts reads the summaries from). */
export const collectionDir = (): string => process.env.MINUTEBOOK_COLLECTION ?? "content/collection";

export const RECORDS_FOLDER = "records";
/** One file per entity, by id, under `<collection>/archive/`. */
export const ENTITY_FOLDERS = { people: "people", personPages: "person-pages", topics: "topics", documentLinks: "document-links" } as const;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/** The published record of a document, by its permanent id. */
export function loadRecord(id: string, dir = collectionDir()): PublishedDocument {
  return readJson<PublishedDocument>(join(dir, RECORDS_FOLDER, `${id}.json`));
}

/** A person of the archive index, by id. */
/** A topic of the archive index with every item tagged with it, by slug. */
export function loadTopic(id: string, dir = collectionDir()): TopicEntity {
  return readJson<TopicEntity>(topicFile(id, dir));
}

/** The file of a topic's entity (its page's whole input). */
export const topicFile = (id: string, dir = collectionDir()): string => join(dir, "archive", ENTITY_FOLDERS.topics, `${id}.json`);

export function loadPerson(id: string, dir = collectionDir()): PersonEntity {
  return readJson<PersonEntity>(join(dir, "archive", ENTITY_FOLDERS.people, `${id}.json`));
}

/** What a person's page shows (scripts/pipeline/emit/person-pages.ts), by id. */
export function loadPersonPage(id: string, dir = collectionDir()): PersonPage {
  return readJson<PersonPage>(join(dir, "archive", ENTITY_FOLDERS.personPages, `${id}.json`));
}

/** A document's links to the rest of the archive; undefined when the ingest wrote none (an older collection). */
export function loadDocumentLinks(id: string): DocumentLinks | undefined {
  const text = readIfExists(join(collectionDir(), "archive", ENTITY_FOLDERS.documentLinks, `${id}.json`));
  return text === null ? undefined : (JSON.parse(text) as DocumentLinks);
}

/**
 * A file's text, or null when there is none: one read rather than a check and a read, for the files
 * every document page opens (about 20,000 pages at 10,000 documents).
 */
export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
