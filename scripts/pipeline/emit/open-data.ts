// Emit stage, open data: the data files published beside the pages, written into the built site from
// the collection the ingest stage wrote (records/<id>.json, archive/*.json, archive/people/<id>.json),
// without going through Astro — they are data, and Astro's renderer costs about 2 ms per output
// (docs/performance.md):
//   <document>/record.json                         the published record (src/schema/record.ts)
//   <document>/resolutions/<slug>/resolution.json  each resolution (src/schema/archive.ts)
//   people/<id>/person.json, people/<id>/feed.xml  each person, and the items that mention them
//                                                  (by reference: src/schema/open-data.ts)
//   <council>/<committee>/committee.json, feed.xml each committee, and its newest documents
//   topics/<slug>/topic.json, topics/<slug>/feed.xml each topic, and the items that discuss it
//                                                  (by reference: src/schema/open-data.ts)
//   feeds/all.xml                                  the newest documents of the whole site
// Compact JSON (no indent) with a trailing newline: these are data for programs, and the indent was a
// fifth of their bytes and of the site's (docs/performance.md, "round two"). A selection writes only
// some of them (an incremental build's changed documents and entities).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { atomXml } from "../../../src/lib/atom.ts";
import { groupByCouncil, newestFirst, withPages, type CommitteeGroup } from "../../../src/lib/document-groups.ts";
import { loadPerson, loadRecord, loadTopic, RECORDS_FOLDER } from "../../../src/lib/records.ts";
import { siteOrigin } from "../../../src/lib/site.ts";
import { CommitteeEntity, ResolutionEntity, type DocumentRef, type PersonSummary, type TopicSummary } from "../../../src/schema/archive.ts";
import { ARCHIVE_FILES, ARCHIVE_FOLDER } from "./archive.ts";
import { parseElement, readArchiveSlices, resolutionsOf } from "./archive-slices.ts";
import { personJson, topicJson } from "./entity-json.ts";
import { committeeFeed, feedDocuments, personFeed, siteFeed, topicFeed } from "./feeds.ts";
import { publishedJson } from "./json.ts";

/**
 * What to write. Each kind left out is written whole; an empty set writes none of that kind. Without a
 * selection, everything is written.
 */
export interface OpenDataSelection {
  /** Document ids: each one's record.json and the resolution.json of each of its resolutions. */
  documents?: ReadonlySet<string>;
  /** Person ids: person.json and feed.xml. */
  people?: ReadonlySet<string>;
  /** Committee ids (`<council slug>/<committee slug>`): committee.json and feed.xml. */
  committees?: ReadonlySet<string>;
  /** Topic slugs: topic.json and feed.xml. */
  topics?: ReadonlySet<string>;
  /** /feeds/all.xml (default: written). */
  siteFeed?: boolean;
}

export interface OpenDataOptions {
  /** The public origin for the feeds' absolute URLs (default: MINUTEBOOK_SITE, as Astro's `site`). */
  site?: string;
  selection?: OpenDataSelection;
}

/** A kind of the archive index as the pipeline wrote it; none when the ingest wrote no archive. */
function readKind<T>(collectionDir: string, kind: keyof typeof ARCHIVE_FILES): T[] {
  const path = join(collectionDir, ARCHIVE_FOLDER, ARCHIVE_FILES[kind]);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : [];
}

const json = publishedJson;
const chosen = (set: ReadonlySet<string> | undefined, id: string) => set === undefined || set.has(id);

// Committees, topics and resolutions are published through their schemas, as Astro's content layer
// gave them to the endpoints that wrote these files before: the JSON has the schema's key order (zod's
// output follows the schema, not the object) and no other keys; people and topics through their
// published shapes (emit/entity-json.ts). Records were validated when the pipeline wrote them (process.ts).

/**
 * The committees `writeOpenData` reads: all of them, unless the selection names its committees, leaves
 * out the site feed (which lists the newest documents of all) and its documents are all in those
 * committees — then only those are parsed from the file (emit/archive-slices.ts): what it writes of a
 * committee (committee.json, its feed) comes from that committee's own documents, grouped by the same
 * council and committee slugs the archive grouped them by (resolve/archive.ts `committeeId`).
 */
function committeesNeeded(collectionDir: string, selection: OpenDataSelection): CommitteeEntity[] {
  const slices = selection.committees === undefined || (selection.siteFeed ?? true) ? null : readArchiveSlices(collectionDir, "committees");
  if (!slices) return readKind<CommitteeEntity>(collectionDir, "committees");
  const some = slices.elements.filter((e) => selection.committees!.has(e.id)).map((e) => parseElement<CommitteeEntity>(slices, e));
  const held = new Set(some.flatMap((c) => c.documents.map((d) => d.id)));
  if (selection.documents !== undefined && [...selection.documents].some((id) => !held.has(id))) return slices.elements.map((e) => parseElement<CommitteeEntity>(slices, e));
  return some;
}

/** Writes the open data; returns how many files, and which (site-relative paths, in the order written). */
export function writeOpenData(collectionDir: string, distDir: string, options: OpenDataOptions = {}): { files: number; paths: string[] } {
  const origin = new URL(options.site ?? siteOrigin());
  const selection = options.selection ?? {};
  let files = 0;
  const paths: string[] = [];
  // Folders made so far: a document's record.json and its resolutions, a person's JSON and feed share
  // folders, and a recursive mkdir per file was a sixth of the stage's time (docs/performance.md).
  const made = new Set<string>();
  const folderOf = (path: string) => {
    const full = join(distDir, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    files++;
    paths.push(path);
    return full;
  };
  const write = (path: string, text: string) => writeFileSync(folderOf(path), text);
  // A record.json is the collection's record file byte for byte: both are `JSON.stringify(record)` and a
  // newline (emit/collection.ts, json.ts `publishedJson`), so it is copied, not parsed and serialised again.
  const copy = (path: string, from: string) => copyFileSync(from, folderOf(path));

  // Every document appears in exactly one committee of the archive index.
  const committees = committeesNeeded(collectionDir, selection);
  const documents: DocumentRef[] = committees.flatMap((c) => c.documents);

  for (const d of documents) if (chosen(selection.documents, d.id)) copy(`${d.id}/record.json`, join(collectionDir, RECORDS_FOLDER, `${d.id}.json`));
  // A selection's resolutions are found in the file's bytes (emit/archive-slices.ts), not parsed with all the others.
  const resolutions = selection.documents === undefined ? readKind<ResolutionEntity>(collectionDir, "resolutions") : resolutionsOf<ResolutionEntity>(collectionDir, selection.documents);
  for (const r of resolutions) write(`${r.document.id}/resolutions/${r.slug}/resolution.json`, json(ResolutionEntity.parse(r)));

  // Committee pages (and so their files) exist for councils that can have a page (RESERVED_SEGMENTS).
  const groups = new Map<string, CommitteeGroup<DocumentRef>>(
    withPages(groupByCouncil(documents)).flatMap((council) => council.committees.map((c) => [`${c.council.slug}/${c.slug}`, c])),
  );
  for (const committee of committees) {
    const group = groups.get(committee.id);
    if (!group || !chosen(selection.committees, committee.id)) continue;
    write(`${committee.id}/committee.json`, json(CommitteeEntity.parse(committee)));
    const records = feedDocuments(group.documents).map((d) => loadRecord(d.id, collectionDir));
    write(`${committee.id}/feed.xml`, atomXml(committeeFeed(group, records, origin)));
  }

  for (const { id } of readKind<PersonSummary>(collectionDir, "people")) {
    if (!chosen(selection.people, id)) continue;
    const person = loadPerson(id, collectionDir);
    write(`people/${id}/person.json`, json(personJson(person)));
    write(`people/${id}/feed.xml`, atomXml(personFeed(person, origin)));
  }

  for (const { id } of readKind<TopicSummary>(collectionDir, "topics")) {
    if (!chosen(selection.topics, id)) continue;
    const topic = loadTopic(id, collectionDir);
    write(`topics/${topic.id}/topic.json`, json(topicJson(topic)));
    write(`topics/${topic.id}/feed.xml`, atomXml(topicFeed(topic, origin)));
  }

  if (selection.siteFeed ?? true) {
    const records = feedDocuments([...documents].sort(newestFirst)).map((d) => loadRecord(d.id, collectionDir));
    write("feeds/all.xml", atomXml(siteFeed(records, origin)));
  }
  return { files, paths };
}
