// Emit stage, an ingest that scales with the change (issue 15, Deliver 2): what the last complete
// ingest wrote for a council is kept when nothing it was made from has changed, and only the other
// councils' part of the archive is built, stringified and compared again.
//
// A council's part of the archive — its people (person files), committees, council entry, document
// links, resolutions, actions and topic items — is made only from its own documents' records and the
// summaries (names, councils, party, ward, notes) of the people those records name: a person's entity
// lists only documents of the councils in their `councils`, a committee and a document's links only
// its council's documents (resolve/archive.ts). So each council gets a fingerprint of exactly those
// inputs; councils whose fingerprint changed (or that appeared or went) are rebuilt, together with
// every council that shares a person with one of them, before or after the change (a person first
// named in a second council changes their entity, and so their first council's part). Whole-archive
// files (people.json, committees.json, resolutions.json, …, a topic's items) are the last ingest's,
// read back, with the rebuilt councils' entries replaced, in the archive's order. The collection is
// byte-identical to a full ingest's (tests/ingest/incremental-ingest.test.ts).
//
// The state is versioned: the code of ingest's whole import closure, the parser version and the
// contents of people.yaml, topics.yaml and committees.yaml. Any change to them, an ingest that did
// not finish, or a file of the last ingest that is missing means a full build of the archive.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  PersonSummary,
  TopicSummary,
  type ArchiveIndex,
  type TopicEntity,
} from "../../../src/schema/archive.ts";
import { councilOf, type PublishedDocument } from "../../../src/schema/record.ts";
import { ENTITY_FOLDERS, RECORDS_FOLDER } from "../../../src/lib/records.ts";
import { CACHE_FOLDER } from "../cache/parse-cache.ts";
import { importClosure, parserVersion } from "../cache/parser-version.ts";
import { byDocumentOrder, topicEntity, type ArchivePerson } from "../resolve/archive.ts";
import type { CandidateTopic, PhraseSummary, TopicDefinition } from "../resolve/topics.ts";
import { documentTexts, updateSuggestions } from "../resolve/suggestion-state.ts";
import type { PeopleState } from "../resolve/people-reuse.ts";
import { DOCUMENTS_FOLDER, recordHash, writeCollection } from "./collection.ts";
import { ARCHIVE_FILES, ARCHIVE_FOLDER, jsonArray, PERSON_FOLDERS, SerializedEntity, writeEach, writePeople } from "./archive.ts";
import { elementBytes, parseElement, readArchiveSlices, type ArchiveSlices } from "./archive-slices.ts";
import { encodeLine } from "./write-file.ts";
import type { CollectionWriter } from "./writer.ts";

const STATE_FILE = join(CACHE_FOLDER, "ingest-state.json");

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** What the last complete ingest was made from, kept in the collection's `.cache/`. */
export interface IngestState {
  /** Code and settings it was made with (`ingestVersion`): a state of other code or settings is not read. */
  version: string;
  /** Document id → sha256 of its record's JSON, as written to `records/<id>.json`. */
  records: Record<string, string>;
  /** Document id → the parse cache's key of the outcome its record was made from (its texts are that outcome's). */
  outcomes: Record<string, string>;
  /** Document id → `recordInputs`: everything its record is made from. */
  recordKeys: Record<string, string>;
  /** Document id → the source path and sha256 its text (`sources/<id>.txt`) was decoded from. */
  sources: Record<string, string>;
  /** Council slug → fingerprint of everything its part of the archive is made from (`councilKeys`). */
  councils: Record<string, string>;
  /** What the candidate topics are found again from after a few documents change (resolve/suggestion-state.ts). */
  suggestions: PhraseSummary;
  /** What the people stage gave each record, for records no change reaches (resolve/people-reuse.ts). */
  people: PeopleState;
}

/**
 * The version an ingest's state is valid for: every file ingest.ts imports, followed through (resolve,
 * emit, the schema…), the packages they import, Node, the parser version, and the settings files.
 */
export function ingestVersion(settings: readonly string[]): string {
  const root = resolve(import.meta.dirname, "../../..");
  const { files, packages } = importClosure(resolve(import.meta.dirname, "../ingest.ts"));
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update("\0");
  for (const [name, version] of [...packages].sort(([a], [b]) => compare(a, b))) hash.update(`${name}@${version}\0`);
  hash.update(`node@${process.versions.node}\0parser@${parserVersion()}\0`);
  for (const file of settings) hash.update(existsSync(file) ? readFileSync(file) : "\0missing").update("\0");
  return hash.digest("hex");
}

/**
 * The last ingest's state, when it was made by this version and the completion marker (`marker`, the
 * JSON ingest.ts writes when it has finished) names it; else null. The marker names the state by its
 * hash (`stateHash`), so a collection written since by code that keeps no state (an older checkout)
 * does not pass for the one the state describes.
 */
export function loadState(collection: string, version: string, marker: string): IngestState | null {
  try {
    const text = readFileSync(join(collection, STATE_FILE), "utf8");
    const named = (JSON.parse(readFileSync(marker, "utf8")) as { state?: unknown }).state;
    const state = JSON.parse(text) as IngestState;
    return state.version === version && named === sha256(text) ? state : null;
  } catch {
    return null;
  }
}

/** Forgets the state: while an ingest writes, the collection is neither the old state's nor the new one's. */
export function clearState(collection: string): void {
  rmSync(join(collection, STATE_FILE), { force: true });
}

/** Writes the state; returns its hash, for the completion marker to name it. */
export function saveState(collection: string, state: IngestState): string {
  const text = `${JSON.stringify(state)}\n`;
  writeFileSync(join(collection, STATE_FILE), text);
  return sha256(text);
}

/** Per council, a fingerprint of its documents' records and of the summaries of everyone in it. */
export function councilKeys(documents: readonly PublishedDocument[], records: ReadonlyMap<string, string>, summaries: ReadonlyMap<string, ArchivePerson>): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (council: string, part: string) => (parts.get(council) ?? parts.set(council, []).get(council)!).push(part);
  for (const d of [...documents].sort((a, b) => compare(a.id, b.id))) add(councilOf(d).slug, `d\0${d.id}\0${records.get(d.id)}`);
  for (const id of [...summaries.keys()].sort(compare)) {
    const s = summaries.get(id)!;
    const part = `p\0${JSON.stringify([id, s.name, [...s.namesAsWritten].sort(compare), [...s.councils].sort(compare), s.party, s.ward, s.notes])}`;
    for (const council of s.councils) add(council, part);
  }
  return new Map([...parts].map(([council, list]) => [council, sha256(list.join("\n"))]));
}

/**
 * What a published record is made from, hashed: the cached outcome it was parsed as (parse-cache.ts:
 * the parser's version, the source's path, metadata and bytes), its id (and so its URL), and what the
 * people stage sets in it — attendance, declarations and people; named voters take their attendee's
 * id, so they follow from the outcome and the attendance (resolve/people.ts). Cheaper than the record's
 * JSON by the size of its items.
 */
export function recordInputs(document: PublishedDocument, outcomeKey: string): string {
  return sha256(`${outcomeKey}\0${document.id}\0${JSON.stringify([document.attendance, document.declarations, document.people])}`);
}

/**
 * The collection's entries and records (collection.ts `writeCollection`), a document whose record is
 * made from the same inputs as in the last ingest (`recordInputs`) kept as it is without being made,
 * stringified or hashed again. Returns each record's hash (in document order) and inputs.
 */
export function writeRecords(
  writer: CollectionWriter,
  documents: readonly PublishedDocument[],
  state: IngestState | null,
  outcomes: Readonly<Record<string, string>>,
): { records: Map<string, string>; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  const kept = new Map<string, string>();
  const changed: PublishedDocument[] = [];
  for (const d of documents) {
    const key = (keys[d.id] = recordInputs(d, outcomes[d.id]!));
    const hash = state?.recordKeys?.[d.id] === key ? state.records[d.id] : undefined;
    if (hash === undefined || !writer.keep(`${DOCUMENTS_FOLDER}/${d.id}.mdx`)) {
      changed.push(d);
      continue;
    }
    const record = `${RECORDS_FOLDER}/${d.id}.json`;
    if (writer.keep(record)) kept.set(d.id, hash);
    else {
      // As writeCollection writes a record: encoded once, hashed and written from the same bytes.
      const json = encodeLine(JSON.stringify(d));
      writer.writeBytes(record, json);
      kept.set(d.id, recordHash(json));
    }
  }
  const written = writeCollection(writer, changed, state?.records);
  const records = new Map(documents.map((d) => [d.id, kept.get(d.id) ?? written.get(d.id)!]));
  return { records, keys };
}

/**
 * The candidate topics from the last ingest's summary, when few documents' texts changed: a document
 * whose outcome is the last ingest's (the same parse cache key) has the same texts — the people stage
 * changes none; the others' old texts are read from their records as the last ingest wrote them
 * (checked against the state's hash of each). Null when they must be counted over the archive again.
 * Call it before the collection is written.
 */
export function suggestionsFromState(
  collection: string,
  state: IngestState,
  documents: readonly PublishedDocument[],
  outcomes: Readonly<Record<string, string>>,
  topics: readonly TopicDefinition[],
): { candidates: CandidateTopic[]; summary: PhraseSummary } | null {
  if (!state.suggestions) return null;
  const added = documents.filter((d) => state.outcomes?.[d.id] !== outcomes[d.id]);
  const gone = Object.keys(state.outcomes ?? {}).filter((id) => state.outcomes[id] !== outcomes[id]);
  // Counting a tenth of the archive on this thread costs more than counting it all on another.
  if (added.length + gone.length > documents.length / 10) return null;
  const removed: string[][] = [];
  for (const id of gone) {
    const json = readIfThere(join(collection, RECORDS_FOLDER, `${id}.json`));
    if (json === null || recordHash(json) !== state.records[id]) return null;
    removed.push(documentTexts(JSON.parse(json) as PublishedDocument));
  }
  return updateSuggestions(state.suggestions, removed, added.map(documentTexts), topics);
}

const readIfThere = (path: string): string | null => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
};

/**
 * The last ingest's whole-archive files, read back: the small ones parsed, the large ones split into
 * their elements' bytes (emit/archive-slices.ts), which are copied for the kept councils and never
 * parsed or stringified again — at 10,000 documents `resolutions.json`, `actions.json` and
 * `committees.json` are about 100 MB, and parsing them, filtering and stringifying them back was most of
 * a rebuild's archive step (docs/performance.md, "round two, session 8: ingest after a one-document change").
 */
interface Previous {
  people: PersonSummary[];
  topics: TopicSummary[];
  committees: ArchiveSlices;
  councils: ArchiveSlices;
  resolutions: ArchiveSlices;
  actions: ArchiveSlices;
}

/** Which councils to build again, and the last ingest's files the others are kept from. */
export interface ReusePlan {
  rebuild: ReadonlySet<string>;
  previous: Previous;
}

/**
 * The councils whose part of the archive must be built again: those whose fingerprint changed, that
 * are new or gone, and, repeatedly, every council of a person (as the last ingest or this one knows
 * them) who is in one of those. Null when that is every council, or when a file the others would be
 * kept from is missing: then the whole archive is built.
 */
export function planReuse(
  collection: string,
  state: IngestState,
  keys: ReadonlyMap<string, string>,
  summaries: ReadonlyMap<string, ArchivePerson>,
  documents: readonly PublishedDocument[],
): ReusePlan | null {
  const archive = join(collection, ARCHIVE_FOLDER);
  let previous: Previous;
  try {
    const read = <K extends "people" | "topics">(kind: K) => JSON.parse(readFileSync(join(archive, ARCHIVE_FILES[kind]), "utf8")) as Previous[K];
    const slices = (kind: "committees" | "councils" | "resolutions" | "actions") => {
      const found = readArchiveSlices(collection, kind);
      if (!found) throw new Error(`no ${ARCHIVE_FILES[kind]}`);
      return found;
    };
    previous = { people: read("people"), topics: read("topics"), committees: slices("committees"), councils: slices("councils"), resolutions: slices("resolutions"), actions: slices("actions") };
  } catch {
    return null;
  }
  const rebuild = new Set<string>();
  for (const [council, key] of keys) if (state.councils[council] !== key) rebuild.add(council);
  for (const council of Object.keys(state.councils)) if (!keys.has(council)) rebuild.add(council);
  // A person's councils, before and after: rebuilding one of them rebuilds all.
  const councilsOf = new Map<string, Set<string>>();
  for (const p of previous.people) councilsOf.set(p.id, new Set(p.councils.map((c) => c.slug)));
  for (const [id, s] of summaries) for (const c of s.councils) (councilsOf.get(id) ?? councilsOf.set(id, new Set()).get(id)!).add(c);
  for (let grew = rebuild.size > 0; grew; ) {
    grew = false;
    for (const councils of councilsOf.values()) {
      if (![...councils].some((c) => rebuild.has(c))) continue;
      for (const c of councils) {
        if (rebuild.has(c)) continue;
        rebuild.add(c);
        grew = true;
      }
    }
  }
  if ([...keys.keys()].every((c) => rebuild.has(c))) return null;
  // Every file to be kept must be there.
  const there = (folder: string, id: string) => statSync(join(archive, folder, `${id}.json`), { throwIfNoEntry: false })?.isFile() === true;
  for (const [id, s] of summaries) if (![...s.councils].some((c) => rebuild.has(c)) && !PERSON_FOLDERS.every((folder) => there(folder, id))) return null;
  for (const d of documents) if (!rebuild.has(councilOf(d).slug) && !there(ENTITY_FOLDERS.documentLinks, d.id)) return null;
  for (const t of previous.topics) if (!there(ENTITY_FOLDERS.topics, t.id)) return null;
  return { rebuild, previous };
}

/** Two lists each in the archive's document order, as one (a document's entries stay together, in their order). */
function mergeByDocument<T extends { document: Pick<PublishedDocument, "id" | "date" | "year"> }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byDocumentOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Writes the archive from `partial` (buildArchive of the rebuilt councils' documents, with every
 * person's summary) and, for the other councils, the last ingest's files: per-entity files kept as
 * they are, whole-archive files spliced. Returns how many topics have a page.
 */
export function writeArchiveReusing(
  writer: CollectionWriter,
  collection: string,
  partial: ArchiveIndex,
  plan: ReusePlan,
  summaries: ReadonlyMap<string, ArchivePerson>,
  documents: readonly PublishedDocument[],
  topicDefs: readonly TopicDefinition[],
): number {
  const { rebuild, previous } = plan;
  const rebuilt = (council: { slug: string }) => rebuild.has(council.slug);
  const people = partial.people.filter((p) => p.councils.some(rebuilt));
  // The kept councils' entries as the bytes the last ingest wrote, in the files' orders: by id (a
  // committee's is `<council slug>/<committee slug>`, a council's its slug), and by document (a
  // resolution's id is `<document id>/resolutions/…`, an action's `<document id>#…`).
  const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);
  const committees = [...keptById(previous.committees, (id) => id.slice(0, id.indexOf("/")), rebuild), ...partial.committees].sort(byId);
  const councils = [...keptById(previous.councils, (id) => id, rebuild), ...partial.councils].sort(byId);
  const documentsById = new Map(documents.map((d) => [d.id, d]));
  const resolutions = mergeByDocument<KeptDocumentElement | ArchiveIndex["resolutions"][number]>(keptByDocument(previous.resolutions, (id) => id.slice(0, id.lastIndexOf("/resolutions/")), documentsById, rebuild), partial.resolutions);
  const actions = mergeByDocument<KeptDocumentElement | ArchiveIndex["actions"][number]>(keptByDocument(previous.actions, (id) => id.slice(0, id.indexOf("#")), documentsById, rebuild), partial.actions);

  // A topic's items: the kept councils' from its last file, the rebuilt ones' from `partial`.
  const previousTopics = new Map(previous.topics.map((t) => [t.id, t]));
  const partialTopics = new Map(partial.topics.map((t) => [t.id, t]));
  const topicsFolder = `${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.topics}`;
  const topicSummaries: TopicSummary[] = [];
  for (const t of topicDefs) {
    const before = previousTopics.get(t.slug);
    const fresh = partialTopics.get(t.slug);
    if (!fresh && !before?.councils.some((c) => rebuild.has(c))) {
      if (before) {
        keepOrFail(writer, `${topicsFolder}/${t.slug}.json`);
        topicSummaries.push(before);
      }
      continue;
    }
    const kept = before ? keptItems(readFileSync(join(collection, topicsFolder, `${t.slug}.json`))).filter((i) => !rebuilt(councilOf(i.document))) : [];
    const items: (KeptItem | TopicItem)[] = mergeByDocument<KeptItem | TopicItem>(kept, fresh?.items ?? []);
    if (items.length === 0) continue;
    // The entity as topicEntity makes it (its councils and years are its items' documents'), its items
    // written one by one: the kept ones as the bytes they were, the others stringified.
    const entity = topicEntity(t, []);
    const { councils, years } = topicEntity(t, items as TopicItem[]);
    const text = `${JSON.stringify({ ...entity, councils, years })}\n`;
    const at = text.indexOf(`${ITEMS}]`) + ITEMS.length;
    writer.writeChunks(`${topicsFolder}/${t.slug}.json`, itemChunks(text.slice(0, at), items, text.slice(at)));
    topicSummaries.push(TopicSummary.parse({ ...entity, councils, years, itemCount: items.length }));
  }

  const collections = {
    people: [...previous.people.filter((p) => !p.councils.some(rebuilt)), ...people.map((p) => PersonSummary.parse(p))].sort((a, b) => compare(a.id, b.id)),
    committees,
    councils,
    topics: topicSummaries,
    resolutions,
    actions,
  };
  for (const [kind, file] of Object.entries(ARCHIVE_FILES) as [keyof typeof ARCHIVE_FILES, string][]) {
    writer.writeChunks(`${ARCHIVE_FOLDER}/${file}`, jsonArray(collections[kind]));
  }
  writePeople(writer, people);
  for (const [id, s] of summaries) {
    if ([...s.councils].some((c) => rebuild.has(c))) continue;
    for (const folder of PERSON_FOLDERS) keepOrFail(writer, `${ARCHIVE_FOLDER}/${folder}/${id}.json`);
  }
  const linksFolder = `${ARCHIVE_FOLDER}/${ENTITY_FOLDERS.documentLinks}`;
  writeEach(writer, linksFolder, partial.documentLinks);
  for (const d of documents) if (!rebuild.has(councilOf(d).slug)) keepOrFail(writer, `${linksFolder}/${d.id}.json`);
  writer.sweep(ARCHIVE_FOLDER);
  return topicSummaries.length;
}

/** An element of the last ingest's whole-archive file, kept as its bytes, with its id for the file's order. */
class KeptElement extends SerializedEntity {
  readonly id: string;
  constructor(id: string, bytes: Buffer) {
    super(bytes);
    this.id = id;
  }
}

/** A kept element of a file in document order, with its document. */
class KeptDocumentElement extends KeptElement {
  readonly document: Pick<PublishedDocument, "id" | "date" | "year">;
  constructor(id: string, bytes: Buffer, document: Pick<PublishedDocument, "id" | "date" | "year">) {
    super(id, bytes);
    this.document = document;
  }
}

/** The elements of `slices` whose council (from their id) is not rebuilt. */
function keptById(slices: ArchiveSlices, councilOfId: (id: string) => string, rebuild: ReadonlySet<string>): KeptElement[] {
  return slices.elements.filter((e) => !rebuild.has(councilOfId(e.id))).map((e) => new KeptElement(e.id, elementBytes(slices, e)));
}

/**
 * The elements of `slices` whose document's council is not rebuilt. The document is this ingest's with
 * the id the element names: the kept councils' documents are unchanged. One that is gone was in a
 * rebuilt council (its council's fingerprint lists its documents); its element is parsed to be sure.
 */
function keptByDocument(slices: ArchiveSlices, documentOfId: (id: string) => string, documents: ReadonlyMap<string, PublishedDocument>, rebuild: ReadonlySet<string>): KeptDocumentElement[] {
  const kept: KeptDocumentElement[] = [];
  for (const e of slices.elements) {
    const document = documents.get(documentOfId(e.id)) ?? parseElement<{ document: PublishedDocument }>(slices, e).document;
    if (!rebuild.has(councilOf(document).slug)) kept.push(new KeptDocumentElement(e.id, elementBytes(slices, e), document));
  }
  return kept;
}

type TopicItem = TopicEntity["items"][number];

/** An item of a topic's last file: its document, and its JSON's bytes as they are there. */
interface KeptItem {
  document: TopicItem["document"];
  json: Buffer;
}

const ITEMS = '"items":[';
const ITEM = Buffer.from('{"document":');
const NEXT_ITEM = Buffer.from(',{"document":');

/**
 * A topic file's items (JSON.stringify of a TopicEntity: resolve/archive.ts `topicEntity`), split
 * rather than parsed: only each item's document is decoded and read, the rest of an item stays the
 * bytes it was (a topic's file is tens of megabytes at 10,000 documents). The file is compact JSON, so
 * the key sequences below occur only where they are keys (in a string a quote is escaped): `"items":[`
 * once, before the items; each item starts `{"document":{…},"item":` (its document's objects end
 * `},"date"` and `},"committee"`); `],"councils":[` follows the last item.
 */
export function keptItems(file: Buffer): (KeptItem | TopicItem)[] {
  // Not as topicEntity writes it (edited by hand?): parsed whole.
  const parsed = () => (JSON.parse(file.toString("utf8")) as TopicEntity).items;
  const start = file.indexOf(ITEMS);
  const end = file.lastIndexOf('],"councils":[');
  if (start < 0 || end < start) return parsed();
  const body = file.subarray(start + ITEMS.length, end);
  const items: (KeptItem | TopicItem)[] = [];
  for (let from = 0; from < body.length; ) {
    const next = body.indexOf(NEXT_ITEM, from);
    const item = body.subarray(from, next < 0 ? body.length : next);
    const documentEnd = item.indexOf('},"item":');
    if (!item.subarray(0, ITEM.length).equals(ITEM) || documentEnd < 0) return parsed();
    items.push({ document: JSON.parse(item.toString("utf8", ITEM.length, documentEnd + 1)) as TopicItem["document"], json: item });
    from = next < 0 ? body.length : next + 1;
  }
  return items;
}

/** A topic file's text from the rest of it (`head` ends with `"items":[`) and its items. */
function* itemChunks(head: string, items: readonly (KeptItem | TopicItem)[], tail: string): Generator<string | Buffer> {
  yield head;
  for (const [i, item] of items.entries()) {
    if (i > 0) yield ",";
    yield "json" in item ? item.json : JSON.stringify(item);
  }
  yield tail;
}

/** planReuse checked that the file is there; gone since, the collection was changed under the build. */
function keepOrFail(writer: CollectionWriter, path: string): void {
  if (!writer.keep(path)) throw new Error(`${path} was removed while the build was running; build again`);
}
