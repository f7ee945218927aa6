// Emit stage, feeds: the Atom feeds of the site (RFC 4287, written by src/lib/atom.ts) — the whole
// site's, each committee's, each person's and each topic's — from the records and the archive
// entities. Pure: the caller reads the files and writes the XML (open-data.ts). Entries are made by
// src/lib/document-feed.ts; dates come from the records, never the clock.
import { atomDate, type AtomFeed } from "../../../src/lib/atom.ts";
import type { CommitteeGroup, Listed } from "../../../src/lib/document-groups.ts";
import { committeeFeedUrl, documentEntry, FEED_LENGTH, inFeeds, itemEntry, newestEntries, SITE_FEED_URL } from "../../../src/lib/document-feed.ts";
import type { PersonEntity, TopicEntity } from "../../../src/schema/archive.ts";
import type { PublishedDocument } from "../../../src/schema/record.ts";

/** The documents a feed carries, of a list newest first: the newest dated ones, at most FEED_LENGTH. */
export const feedDocuments = <D extends Listed>(newestFirst: readonly D[]): D[] => newestFirst.filter(inFeeds).slice(0, FEED_LENGTH);

/** The site-wide feed: the newest dated documents of every council (`records` from `feedDocuments`), with their resolutions. */
export function siteFeed(records: readonly PublishedDocument[], origin: URL): AtomFeed {
  return {
    id: new URL(SITE_FEED_URL, origin).href,
    title: "Minutebook: new minutes and reports",
    subtitle: "The newest council committee minutes, reports and decisions in the archive, with what was resolved.",
    self: new URL(SITE_FEED_URL, origin).href,
    alternate: new URL("/", origin).href,
    author: "Minutebook",
    entries: records.map((record) => documentEntry(record, origin)),
  };
}

/** A committee's feed, beside its page: its newest dated documents (`records` from `feedDocuments`) with their resolutions. */
export function committeeFeed(committee: CommitteeGroup<Listed>, records: readonly PublishedDocument[], origin: URL): AtomFeed {
  const self = new URL(committeeFeedUrl(committee.council.slug, committee.slug), origin).href;
  return {
    id: self,
    title: `${committee.name}, ${committee.council.name}`,
    subtitle: committee.stated
      ? `New minutes, reports and decisions of the ${committee.name} (${committee.council.name}) in Minutebook.`
      : `New minutes, reports and decisions that do not state their committee (${committee.council.name}) in Minutebook.`,
    self,
    alternate: new URL(committee.url, origin).href,
    author: committee.council.name,
    entries: records.map((record) => documentEntry(record, origin)),
  };
}

/** A person's feed, beside their page: the newest items that mention them, one entry per paragraph. */
export function personFeed(person: PersonEntity, origin: URL): AtomFeed {
  const self = new URL(`${person.url}feed.xml`, origin).href;
  // One entry per mention; the same paragraph named twice is one entry.
  const seen = new Set<string>();
  const mentions = person.mentions.filter((m) => !seen.has(m.href) && seen.add(m.href));
  return {
    id: self,
    title: `${person.name}: Minutebook`,
    subtitle: `Council committee records that mention ${person.name}.`,
    self,
    alternate: new URL(person.url, origin).href,
    author: "Minutebook",
    // Someone only listed as attending, never named in a paragraph, has no entries: the feed is dated by
    // the newest document that lists them, not by the epoch.
    emptyUpdated: newestDocumentDate(person),
    entries: newestEntries(
      mentions.map((m) => itemEntry(m.document, m.href, m.item ? `Item ${m.item.number}${m.item.title ? ` ${m.item.title}` : ""}` : "Front matter", m.excerpt, origin)),
    ),
  };
}

/** The Atom date of the newest document that names a person (undefined, so the epoch, only when none is dated). */
function newestDocumentDate(person: PersonEntity): string | undefined {
  const dates = [...person.documents, ...person.mentions.map((m) => m.document)]
    .filter((d) => d.date !== null || d.year !== null)
    .map((d) => atomDate(d.date ?? String(d.year)));
  return dates.length ? dates.reduce((max, d) => (d > max ? d : max)) : undefined;
}

/** A topic's feed, beside its page: the newest items that discuss it. */
export function topicFeed(topic: TopicEntity, origin: URL): AtomFeed {
  const self = new URL(`${topic.url}feed.xml`, origin).href;
  return {
    id: self,
    title: `${topic.name}: Minutebook`,
    subtitle: topic.description || `Council committee items about ${topic.name}.`,
    self,
    alternate: new URL(topic.url, origin).href,
    author: "Minutebook",
    entries: newestEntries(
      topic.items.map((t) =>
        itemEntry(t.document, t.item.href, `Item ${t.item.number}${t.item.title ? ` ${t.item.title}` : ""}`, t.paragraphs[0]?.excerpt ?? t.item.title, origin),
      ),
    ),
  };
}
