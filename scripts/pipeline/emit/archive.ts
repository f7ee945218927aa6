// Emit stage, archive: the cross-document index (see resolve/archive.ts) as JSON, in `<collection>/archive/`.
// Kinds that stay small are one file each, an array of entities with an `id`, read by Astro's `file()`
// loader (src/content.config.ts). Kinds that grow with the archive's text are one file per entity
// (`people/<id>.json`, `document-links/<id>.json`), read by the page that shows it (src/lib/records.ts);
// of people, the content collection keeps a summary (`people.json`). Kept in step with the archive:
// unchanged files are not rewritten, entities no longer in it are deleted (writer.ts); deterministic
// (the index is sorted).
import { PersonSummary, TopicSummary, type ArchiveIndex, type PersonEntity, type TopicEntity } from "../../../src/schema/archive.ts";
import { ENTITY_FOLDERS } from "../../../src/lib/records.ts";
import type { CollectionWriter } from "./writer.ts";

export const ARCHIVE_FOLDER = "archive";

/** Collection name → file name, shared with src/content.config.ts. `people.json` holds summaries. */
export const ARCHIVE_FILES = {
  people: "people.json",
  committees: "committees.json",
  councils: "councils.json",
  topics: "topics.json",
  resolutions: "resolutions.json",
  actions: "actions.json",
} as const satisfies Partial<Record<keyof ArchiveIndex, string>>;

/**
 * An entity already serialised, kept as its JSON's bytes and written as they are: a rebuild keeps the
 * last ingest's entries of the councils it does not touch (emit/archive-reuse.ts).
 */
export class SerializedEntity {
  readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }
}

/**
 * `JSON.stringify(entities)` and a newline, an entity at a time: the same bytes (an array of plain
 * objects is its elements' JSON between brackets, joined by commas) without one string of the whole
 * kind — topics alone are over 200 MB at 10,000 documents. A SerializedEntity is its bytes.
 */
export function* jsonArray(entities: readonly object[]): Generator<string | Buffer> {
  yield "[";
  for (let i = 0; i < entities.length; i++) {
    if (i > 0) yield ",";
    const entity = entities[i]!;
    yield entity instanceof SerializedEntity ? entity.bytes : JSON.stringify(entity);
  }
  yield "]\n";
}

/** One file per entity, each passed through `shape` on its own (no second copy of the whole kind in memory). */
export function writeEach<T extends { id: string }>(writer: CollectionWriter, folder: string, entities: readonly T[], shape: (entity: T) => unknown = (e) => e): void {
  for (const entity of entities) writer.writeLine(`${folder}/${entity.id}.json`, JSON.stringify(shape(entity)));
}

const ITEMS = '"items":[';

/**
 * A topic's file, `JSON.stringify(topic)` and a newline, as parts: the topic without its items, split
 * where they go (`"items":[` occurs only as that key: in a string a quote is escaped), and each item's
 * JSON. A topic's file is megabytes at 1,000 documents (one topic's items from every document): as one
 * string it was allocated in V8's large-object space, and with the archive's heap live each such
 * string brought a full collection nearer (a topic's JSON.stringify cost ten times its items' own).
 */
export function topicParts(topic: TopicEntity): string[] {
  const text = JSON.stringify({ ...topic, items: [] });
  const at = text.indexOf(`${ITEMS}]`) + ITEMS.length;
  const parts = [text.slice(0, at)];
  for (const [i, item] of topic.items.entries()) {
    if (i > 0) parts.push(",");
    parts.push(JSON.stringify(item));
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * A person's entity in the schema's key order, as `PersonEntity.parse` would give it, without parsing
 * (a deep copy of every mention and attendance record: a tenth of ingest's writing at 1,000 documents).
 * resolve/archive.ts builds every other key in the schema's order; `votes` is added when a vote first
 * names the person, so it comes last there and goes before `documents` here. tests/ingest/archive-files
 * checks the files against the schema's own parse.
 */
export function inSchemaOrder(person: PersonEntity): PersonEntity {
  const { votes, documents, ...rest } = person;
  return votes ? { ...rest, votes, documents } : { ...rest, documents };
}

/** The files each person has: the entity (open data, incremental builds) and what the page shows. */
export const PERSON_FOLDERS = [ENTITY_FOLDERS.people, ENTITY_FOLDERS.personPages] as const;

/**
 * Each person's files (PERSON_FOLDERS), both made from the entity in the schema's order (json-shapes.ts):
 * with a write thread, there, from a copy (writer.ts `writeValue`).
 */
export function writePeople(writer: CollectionWriter, people: readonly PersonEntity[]): void {
  for (const person of people) {
    writer.writeValue(inSchemaOrder(person), [
      [`${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.people}/${person.id}.json`, "value"],
      [`${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.personPages}/${person.id}.json`, "personPage"],
    ]);
  }
}

export function writeArchive(writer: CollectionWriter, index: ArchiveIndex): void {
  // In the schema's key order, as the content layer wrote them when people were a collection: the
  // open-data person.json keeps it. First: with a write thread their files are made there, while this
  // thread goes on with the rest.
  writePeople(writer, index.people);
  const collections = {
    ...index,
    people: index.people.map((p) => PersonSummary.parse(p)),
    topics: index.topics.map((t) => TopicSummary.parse({ ...t, itemCount: t.items.length })),
  };
  for (const [kind, file] of Object.entries(ARCHIVE_FILES) as [keyof typeof ARCHIVE_FILES, string][]) {
    writer.writeChunks(`${ARCHIVE_FOLDER}/${file}`, jsonArray(collections[kind]));
  }
  // Topics are built in the schema's key order.
  for (const topic of index.topics) writer.writeLineParts(`${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.topics}/${topic.id}.json`, topicParts(topic));
  writeEach(writer, `${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.documentLinks}`, index.documentLinks);
  writer.sweep(ARCHIVE_FOLDER);
}
