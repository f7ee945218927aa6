// The archive index as the pages see it: the files written by the pipeline's archive stage
// (scripts/pipeline/emit/archive.ts, one JSON array per kind in `<collection>/archive/`), each read
// once per build and kept. Pages look things up here; none of them loops over the documents to compute
// an index of its own.
//
// Read from the files, not from Astro's content store: the store is compiled into the build as one
// JavaScript string module, parsed, and unflattened again (devalue) — at 10,000 documents 75 MB, 64 MB
// of it the resolutions, and most of the Astro process's module compilation and garbage collection
// (docs/performance.md, "Round two, session 5"). The archive stage builds these entities from the
// validated records with the schema's types, as it does the per-entity files of src/lib/records.ts.
// A collection folder without them (an older ingest) gives empty lists rather than a failed build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARCHIVE_FILES, ARCHIVE_FOLDER } from "../../scripts/pipeline/emit/archive.ts";
import { collectionDir } from "./records.ts";
import type {
  ActionEntity,
  CommitteeEntity,
  CouncilEntity,
  PersonSummary,
  ResolutionEntity,
  TopicSummary,
} from "../schema/archive.ts";

type Kind = keyof typeof ARCHIVE_FILES;
interface Loaded {
  /** Summaries: a person's page reads what it shows with loadPersonPage (src/lib/records.ts). */
  people: PersonSummary;
  committees: CommitteeEntity;
  councils: CouncilEntity;
  /** Summaries: a topic's items are read with loadTopic (src/lib/records.ts). */
  topics: TopicSummary;
  resolutions: ResolutionEntity;
  actions: ActionEntity;
}

// Kept per file for the whole process, not per module: Astro loads this module once for the pages and
// again for the integrations (src/integrations/sitemap.ts lists each resolution's page), and each copy
// parsed `resolutions.json` (about 60 MB at 10,000 documents) on its own. Keyed by the file's path, so a
// process that reads two collections (the tests) keeps them apart.
type Shared = { lists: Map<string, unknown[]>; maps: Map<string, Map<string, unknown>> };
const shared: Shared = ((globalThis as { [key: symbol]: Shared })[Symbol.for("minutebook.archive")] ??= { lists: new Map(), maps: new Map() });

// The order the pages have always listed entities in: Astro's content store sorted each collection by
// id with `localeCompare` (astro/dist/content/data-store-writer.js, sortCollections); a collator with
// the same (default) locale and options compares alike, faster.
const byId = new Intl.Collator().compare;

const pathOf = (kind: Kind): string => join(collectionDir(), ARCHIVE_FOLDER, ARCHIVE_FILES[kind]);

function read(path: string): unknown[] {
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, "utf8")) as { id: string }[]).sort((a, b) => byId(a.id, b.id));
}

/** Every entity of a kind, in the order of their ids (as Astro's content store kept them). */
export async function entities<K extends Kind>(kind: K): Promise<Loaded[K][]> {
  const path = pathOf(kind);
  let list = shared.lists.get(path);
  if (!list) shared.lists.set(path, (list = read(path)));
  return list as Loaded[K][];
}

/** The entities of a kind by id. */
export async function entityMap<K extends Kind>(kind: K): Promise<Map<string, Loaded[K]>> {
  const path = pathOf(kind);
  let map = shared.maps.get(path);
  if (!map) shared.maps.set(path, (map = new Map((await entities(kind)).map((e) => [(e as { id: string }).id, e]))));
  return map as Map<string, Loaded[K]>;
}

/** Picks entities by id, in the order of the ids, skipping unknown ones. */
export async function pick<K extends Kind>(kind: K, ids: readonly string[]): Promise<Loaded[K][]> {
  const map = await entityMap(kind);
  return ids.map((id) => map.get(id)).filter((e): e is Loaded[K] => e !== undefined);
}
