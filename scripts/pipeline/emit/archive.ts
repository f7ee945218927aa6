// Emit stage, archive: the cross-document index (see resolve/archive.ts) as JSON, in `<collection>/archive/`.
// Kinds that stay small are one file each, an array of entities with an `id`, read by Astro's `file()`
// loader (src/content.config.ts). Kinds that grow with the archive's text are one file per entity
// (`people/<id>.json`, `document-links/<id>.json`), read by the page that shows it (src/lib/records.ts);
// of people, the content collection keeps a summary (`people.json`). Replaces what was there;
// deterministic (the index is sorted).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PersonEntity, PersonSummary, type ArchiveIndex } from "../../../src/schema/archive.ts";
import { ENTITY_FOLDERS } from "../../../src/lib/records.ts";

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

/** One file per entity, each passed through `shape` on its own (no second copy of the whole kind in memory). */
function writeEach<T extends { id: string }>(dir: string, entities: readonly T[], shape: (entity: T) => unknown = (e) => e): void {
  for (const entity of entities) {
    const path = join(dir, `${entity.id}.json`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(shape(entity))}\n`);
  }
}

export function writeArchive(collectionDir: string, index: ArchiveIndex): void {
  const dir = join(collectionDir, ARCHIVE_FOLDER);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const collections = { ...index, people: index.people.map((p) => PersonSummary.parse(p)) };
  for (const [kind, file] of Object.entries(ARCHIVE_FILES) as [keyof typeof ARCHIVE_FILES, string][]) {
    writeFileSync(join(dir, file), `${JSON.stringify(collections[kind])}\n`);
  }
  // Through the schema, as the content layer did when people were a collection: the open-data
  // person.json keeps the schema's key order.
  writeEach(join(dir, ENTITY_FOLDERS.people), index.people, (p) => PersonEntity.parse(p));
  writeEach(join(dir, ENTITY_FOLDERS.documentLinks), index.documentLinks);
}
