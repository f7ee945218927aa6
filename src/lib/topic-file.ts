// A topic's year pages listed from its file's bytes, without parsing the file: the topic route lists
// every topic's pages before Astro renders any, and parsing each topic's whole file to find its years
// (about 210 MB of JSON at 10,000 documents, all of it UTF-8 to decode) was 8% of a full render at
// 3,000 documents and grew faster than the pages (docs/performance.md, "Round two, session 8"). The
// render still parses each topic once (src/lib/entity-lists.ts `topicWithYears`).
//
// The file is one JSON object written by JSON.stringify (scripts/pipeline/emit/archive.ts), its items
// objects that start with their document. Inside a JSON string every `"` is escaped, so `,{"document":{`
// and `},"item":` are the structure's, never text's. Anything else (another layout, a count that does
// not match the topic's summary) gives null, and the route parses the file as before.
import { createHash } from "node:crypto";
import type { DocumentRef, TopicEntity, TopicSummary } from "../schema/archive.ts";
import { objectEnd } from "../../scripts/pipeline/emit/archive-slices.ts";
import { yearKey } from "./entity-lists.ts";

const ITEMS = Buffer.from('"items":[');
const FIRST = Buffer.from('{"document":{');
const NEXT = Buffer.from(',{"document":{');
const AFTER_DOCUMENT = Buffer.from('},"item":');

/** A year of a topic's items: its page's key, label and URL, and the digest of its items' bytes. */
export interface TopicYearDigest {
  key: string;
  label: string;
  url: string;
  items: number;
  /** SHA-256 of the year's items, each as the file holds it, in the file's order. */
  digest: Buffer;
}

/**
 * The topic (without its items) and its years, oldest first and undated last as `topicYears` orders
 * them; null when the file is not laid out as expected.
 */
export function scanTopicYears(file: Buffer, summary: Pick<TopicSummary, "itemCount">): { topic: Omit<TopicEntity, "items">; years: TopicYearDigest[] } | null {
  const open = file.indexOf(ITEMS);
  if (open < 0) return null;
  const starts: number[] = [];
  let at = open + ITEMS.length;
  if (file[at] !== 0x5d /* ] */) {
    if (!file.subarray(at, at + FIRST.length).equals(FIRST)) return null;
    starts.push(at);
    while ((at = file.indexOf(NEXT, at)) >= 0) starts.push(++at);
  }
  if (starts.length !== summary.itemCount) return null;
  // The items end where the array does: the last item is one object, so its end is found by parsing
  // the rest of the file with the items taken out (the other keys after it).
  const head = file.subarray(0, open).toString("utf8");
  const end = starts.length ? lastItemEnd(file, starts.at(-1)!) : open + ITEMS.length;
  if (end < 0) return null;
  let topic: TopicEntity;
  try {
    topic = JSON.parse(`${head}"items":[${file.subarray(end).toString("utf8")}`) as TopicEntity;
  } catch {
    return null;
  }
  if (!Array.isArray(topic.items) || topic.items.length !== 0) return null;
  const { items: _, ...rest } = topic;
  const years = new Map<string, { label: string; items: number; hash: ReturnType<typeof createHash> }>();
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const stop = i + 1 < starts.length ? starts[i + 1]! - 1 : end;
    const documentEnd = file.indexOf(AFTER_DOCUMENT, start);
    if (documentEnd < 0 || documentEnd > stop) return null;
    let document: Pick<DocumentRef, "date" | "year">;
    try {
      document = (JSON.parse(`${file.subarray(start, documentEnd + 1).toString("utf8")}}`) as { document: DocumentRef }).document;
    } catch {
      return null;
    }
    const { key, label } = yearKey(document);
    let year = years.get(key);
    if (!year) years.set(key, (year = { label, items: 0, hash: createHash("sha256") }));
    year.items++;
    year.hash.update(file.subarray(start, stop));
  }
  const list = [...years].map(([key, y]) => ({ key, label: y.label, url: `${topic.url}${key}/`, items: y.items, digest: y.hash.digest() }));
  return { topic: rest, years: list.sort((a, b) => (a.key === "undated" ? 1 : b.key === "undated" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

/**
 * The digest `scanTopicYears` gives a year, from parsed items: each item's JSON, as JSON.stringify
 * wrote it into the file. For a topic file the scan cannot read, so that its year pages' digests are
 * the same whichever way they were computed.
 */
export function yearDigest(items: readonly TopicEntity["items"][number][]): Buffer {
  const hash = createHash("sha256");
  for (const item of items) hash.update(JSON.stringify(item));
  return hash.digest();
}

/**
 * The index of the `]` closing the items array, given the last item's start: the last item's object
 * ends where `objectEnd` says, and the array must close right after it; -1 otherwise.
 */
function lastItemEnd(file: Buffer, start: number): number {
  try {
    const end = objectEnd(file, start);
    return file[end] === 0x5d /* ] */ ? end : -1;
  } catch {
    return -1;
  }
}
