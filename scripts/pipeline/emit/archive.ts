// Emit stage, archive: the cross-document index (see resolve/archive.ts) as JSON data collections,
// one file per kind in `<collection>/archive/`, each an array of entities with an `id`, read by Astro's
// `file()` loader (src/content.config.ts). Replaces what was there; deterministic (the index is sorted).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveIndex } from "../../../src/schema/archive.ts";

export const ARCHIVE_FOLDER = "archive";

/** Collection name → file name, shared with src/content.config.ts. */
export const ARCHIVE_FILES = {
  people: "people.json",
  committees: "committees.json",
  councils: "councils.json",
  topics: "topics.json",
  resolutions: "resolutions.json",
  actions: "actions.json",
  documentLinks: "document-links.json",
} as const satisfies Record<keyof ArchiveIndex, string>;

export function writeArchive(collectionDir: string, index: ArchiveIndex): void {
  const dir = join(collectionDir, ARCHIVE_FOLDER);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [kind, file] of Object.entries(ARCHIVE_FILES) as [keyof ArchiveIndex, string][]) {
    writeFileSync(join(dir, file), `${JSON.stringify(index[kind])}\n`);
  }
}
