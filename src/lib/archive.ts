// The archive index as the pages see it: the data collections written by the pipeline's archive stage
// (scripts/pipeline/resolve/archive.ts), each loaded once per build and kept. Pages look things up
// here; none of them loops over the documents to compute an index of its own.
import { getCollection } from "astro:content";
import type {
  ActionEntity,
  CommitteeEntity,
  CouncilEntity,
  PersonSummary,
  ResolutionEntity,
  TopicSummary,
} from "../schema/archive.ts";

type Kind = "people" | "committees" | "councils" | "topics" | "resolutions" | "actions";
interface Loaded {
  /** Summaries: a person's whole entity is read with loadPerson (src/lib/records.ts). */
  people: PersonSummary;
  committees: CommitteeEntity;
  councils: CouncilEntity;
  /** Summaries: a topic's items are read with loadTopic (src/lib/records.ts). */
  topics: TopicSummary;
  resolutions: ResolutionEntity;
  actions: ActionEntity;
}

const lists = new Map<Kind, Promise<unknown[]>>();
const maps = new Map<Kind, Promise<Map<string, unknown>>>();

/** Every entity of a kind, in the order the pipeline wrote them. */
export function entities<K extends Kind>(kind: K): Promise<Loaded[K][]> {
  if (!lists.has(kind)) lists.set(kind, getCollection(kind).then((entries) => entries.map((e) => e.data as Loaded[K])));
  return lists.get(kind) as Promise<Loaded[K][]>;
}

/** The entities of a kind by id. */
export function entityMap<K extends Kind>(kind: K): Promise<Map<string, Loaded[K]>> {
  if (!maps.has(kind)) maps.set(kind, entities(kind).then((list) => new Map(list.map((e) => [(e as { id: string }).id, e]))));
  return maps.get(kind) as Promise<Map<string, Loaded[K]>>;
}

/** Picks entities by id, in the order of the ids, skipping unknown ones. */
export async function pick<K extends Kind>(kind: K, ids: readonly string[]): Promise<Loaded[K][]> {
  const map = await entityMap(kind);
  return ids.map((id) => map.get(id)).filter((e): e is Loaded[K] => e !== undefined);
}
