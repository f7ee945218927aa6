// Incremental builds: from what the ingest stage changed in the collection, decide whether the last
// build's site can be updated in place and which pages to render. Only additions and changes are
// incremental; a removed source, a document whose permanent id moved, different code, control files
// (people, topics, committees, redirects, the released manifest) or settings mean a full build, since
// they can touch any page. Pages that list across the archive are rendered when what they show changed
// since the last build (the digests it recorded, src/lib/page-selection.ts).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ChangedPages } from "../../src/lib/page-selection.ts";
import type { UrlManifest } from "./emit/url-manifest.ts";
import type { BuildState } from "./emit/build-state.ts";

/** What the ingest stage wrote (collection-relative paths) — see ingest.ts. */
export interface CollectionChanges {
  firstBuild: boolean;
  written: readonly string[];
  removed: readonly string[];
}

export type IncrementalPlan = { full: true; reason: string } | { full: false; selection: ChangedPages };

const DOCUMENT_FILES = [/^records\/(.+)\.json$/, /^documents\/(.+)\.mdx$/, /^sources\/(.+)\.txt$/, /^archive\/document-links\/(.+)\.json$/];
const PERSON_FILES = [/^archive\/people\/(.+)\.json$/, /^archive\/person-pages\/(.+)\.json$/];
const TOPIC_FILE = /^archive\/topics\/(.+)\.json$/;

const match = (patterns: readonly RegExp[], path: string) => patterns.map((re) => re.exec(path)?.[1]).find((id) => id !== undefined);

/**
 * Why the build must be full, from what is known before ingest runs (the last build's state and
 * manifest, this build's fingerprint and dist/), or null when it may be incremental: the part of
 * `planIncremental` that lets the build start an incremental Astro run beside ingest (early-render.ts).
 */
export function fullBeforeIngest(input: { state: BuildState | null; fingerprint: string; dist: string; previous: boolean }): string | null {
  const { state } = input;
  if (!state || !input.previous) return "no earlier build to update";
  if (state.dist !== input.dist) return `the last build went to ${state.dist}`;
  if (state.fingerprint !== input.fingerprint) return "the site's code, settings or control files changed";
  return null;
}

export function planIncremental(input: {
  changes: CollectionChanges;
  state: BuildState | null;
  fingerprint: string;
  dist: string;
  collection: string;
  /** The manifest the last build wrote into dist/. */
  previous: UrlManifest | null;
  /** Source path → permanent id, this build. */
  ids: ReadonlyMap<string, string>;
}): IncrementalPlan {
  const { changes, state, previous } = input;
  const known = fullBeforeIngest({ ...input, previous: previous !== null });
  if (known !== null || !state || !previous) return { full: true, reason: known ?? "no earlier build to update" };
  if (changes.firstBuild) return { full: true, reason: "no earlier build to update" };
  if (changes.removed.length) return { full: true, reason: `${changes.removed.length} file(s) of the collection were removed` };
  for (const [path, id] of Object.entries(previous.documents)) {
    if (input.ids.get(path) !== id) return { full: true, reason: `${path} is no longer published as ${id}` };
  }
  const documents = new Set<string>();
  const people = new Set<string>();
  const topics = new Set<string>();
  for (const path of changes.written) {
    const document = match(DOCUMENT_FILES, path);
    if (document !== undefined) documents.add(document);
    const person = match(PERSON_FILES, path);
    if (person !== undefined) people.add(person);
    const topic = TOPIC_FILE.exec(path)?.[1];
    if (topic !== undefined) topics.add(topic);
  }
  // A person's page shows its own file (`archive/person-pages/<id>.json`, a written one is selected
  // above) and the actions it names, which come from their documents: re-render it when one of the
  // documents it names (a reference `"<id>"`) or one of its actions (`"<id>#…`) changed. Searched in the
  // page files, not the entities (`archive/people/`), which hold the same references in about three
  // times the bytes (700 MB at 10,000 documents, read by every incremental build).
  const pagesDir = join(input.collection, "archive", "person-pages");
  if (documents.size && existsSync(pagesDir)) {
    // Searched as bytes (UTF-8 of the same strings): decoding every page file was most of this scan
    // (200 MB at 10,000 documents).
    const quoted = [...documents].flatMap((id) => [JSON.stringify(id), JSON.stringify(`${id}#`).slice(0, -1)]).map((q) => Buffer.from(q));
    for (const file of readdirSync(pagesDir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".json")) continue;
      const bytes = readFileSync(join(pagesDir, file));
      if (quoted.some((q) => bytes.includes(q))) people.add(file.slice(0, -".json".length).split("\\").join("/"));
    }
  }
  // The topics whose file changed: the pages of the others are the last build's (src/lib/page-selection.ts `keepsListings`).
  return { full: false, selection: { documents: [...documents].sort(), people: [...people].sort(), ...(state.listings ? { listings: state.listings, topics: [...topics].sort() } : {}) } };
}
