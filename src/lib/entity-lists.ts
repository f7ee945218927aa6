// Lists on the entity pages (topics, people). A topic's items by year: `/topics/<slug>/` shows the
// newest year and links to each year's page, `/topics/<slug>/<yyyy>/` (or `…/undated/`). At 10,000 documents a topic lists tens of
// thousands of paragraphs, about 10 MB of HTML on one page; a year is a tenth or a twentieth of that.
// Year pages are navigation, not promises (README, "What is navigation"): they follow what the archive
// holds, like the registers by year.
import type { DocumentRef, TopicEntity } from "../schema/archive.ts";
import { loadTopic } from "./records.ts";

export type TopicItem = TopicEntity["items"][number];

export interface TopicYear {
  /** The URL segment: `2019`, or `undated`. */
  key: string;
  label: string;
  url: string;
  items: TopicItem[];
}

const yearOf = (d: Pick<DocumentRef, "date" | "year">): string | null => d.date?.slice(0, 4) ?? (d.year !== null ? String(d.year) : null);

/** The year page a document's items are listed on: its key (`2019`, `undated`) and label. */
export function yearKey(d: Pick<DocumentRef, "date" | "year">): { key: string; label: string } {
  const year = yearOf(d);
  return { key: year ?? "undated", label: year ?? "Undated" };
}

/** The years of a topic's items, oldest first, undated last; each year's items in the topic's order. */
export function topicYears(topic: Pick<TopicEntity, "url" | "items">): TopicYear[] {
  const years = new Map<string, TopicYear>();
  for (const entry of topic.items) {
    const { key, label } = yearKey(entry.document);
    let group = years.get(key);
    if (!group) years.set(key, (group = { key, label, url: `${topic.url}${key}/`, items: [] }));
    group.items.push(entry);
  }
  return [...years.values()].sort((a, b) => (a.key === "undated" ? 1 : b.key === "undated" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The year a topic's page shows: the newest dated one, else the undated items; none when the topic has no items. */
export function newestYear(years: readonly TopicYear[]): TopicYear | undefined {
  return years.findLast((y) => y.key !== "undated") ?? years.at(-1);
}

/** Runs of entries of the same document, in order: a document's title is shown once above its items. */
export function byDocument<T extends { document: DocumentRef }>(entries: readonly T[]): { document: DocumentRef; entries: T[] }[] {
  const runs: { document: DocumentRef; entries: T[] }[] = [];
  for (const e of entries) {
    const last = runs.at(-1);
    if (last && last.document.id === e.document.id) last.entries.push(e);
    else runs.push({ document: e.document, entries: [e] });
  }
  return runs;
}

/**
 * The label of a link to a paragraph of an item, after the first: "paragraph 7" for `item-13-05-p7` in
 * item `item-13-05`. The first paragraph of a list is linked by its excerpt, which says what the item
 * is about there; the others' excerpts were most of a topic's or person's page and say it again. A
 * paragraph whose anchor is not of that form (front matter, a list entry) keeps its excerpt.
 */
export function paragraphLabel(anchor: string, itemAnchor: string | null | undefined, excerpt: string): string {
  if (!itemAnchor || !anchor.startsWith(`${itemAnchor}-`)) return excerpt;
  const n = /^p(\d+)$/.exec(anchor.slice(itemAnchor.length + 1))?.[1];
  return n ? `paragraph ${n}` : excerpt;
}

let lastTopic: { id: string; topic: TopicEntity; years: TopicYear[] } | undefined;

/**
 * A topic with its years, by slug: the pages of one topic's years are rendered one after another, and
 * at 10,000 documents a topic's file is over 10 MB, so the last one read is kept (one topic at a time).
 */
export function topicWithYears(id: string): { topic: TopicEntity; years: TopicYear[] } {
  if (lastTopic?.id !== id) {
    const topic = loadTopic(id);
    lastTopic = { id, topic, years: topicYears(topic) };
  }
  return lastTopic;
}
