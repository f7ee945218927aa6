// person.json and topic.json list documents by reference (src/schema/open-data.ts): each document
// once, the rest by document id and anchor. Checked against the archive entities the pages read, over
// the built sample, and feeds carry the newest FEED_LENGTH entries.
import { describe, expect, inject, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { personFeed } from "../../scripts/pipeline/emit/feeds.ts";
import { FEED_LENGTH } from "../../src/lib/document-feed.ts";
import type { DocumentRef, PersonEntity, TopicEntity } from "../../src/schema/archive.ts";
import { PublishedPerson, PublishedTopic } from "../../src/schema/open-data.ts";
import { documentsOf } from "../browser/pages.ts";
import { TEST_SITE } from "../support/build-site.ts";

const site = inject("sampleSite");
const records = new Map(documentsOf(site).map((d) => [d.id, d]));
const ids = (kind: string) =>
  readdirSync(join(site.collection, "archive", kind), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length).split("\\").join("/"));
const entity = <T>(kind: string, id: string) => JSON.parse(readFileSync(join(site.collection, "archive", kind, `${id}.json`), "utf8")) as T;
const published = <T>(path: string) => JSON.parse(readFileSync(join(site.dist, path), "utf8")) as T;

/** Every element id of a document page that the record gives: items, their paragraphs, the preamble's. */
function anchorsOf(id: string): Set<string> {
  const record = records.get(id)!;
  return new Set([...record.items.flatMap((i) => [i.anchor, ...i.paragraphs.map((p) => p.anchor)]), ...record.preamble.map((p) => p.anchor)]);
}

describe("person.json and topic.json by reference", () => {
  it("lists each of a person's documents once, and names every role, attendance record and mention by a listed document and an anchor of its page", () => {
    for (const id of ids("people")) {
      const person = entity<PersonEntity>("people", id);
      const json = published<PublishedPerson>(`people/${id}/person.json`);
      // The file is its schema's shape: nothing missing, nothing more (it is written without zod).
      expect(PublishedPerson.strict().parse(json), id).toEqual(json);
      const listed = json.documents.map((d) => d.id);
      expect(new Set(listed).size, id).toBe(listed.length);
      // Break caught: a document the person's page lists missing from their open data.
      expect(listed, id).toEqual(expect.arrayContaining(person.documents.map((d) => d.id)));
      const known = new Set(listed);
      const refs = [
        ...json.roles.flatMap((r) => r.documents),
        ...json.attendance.flatMap((a) => a.records.map((r) => r.document)),
        ...json.mentions.map((m) => m.document),
        ...json.declarations.map((d) => d.document),
        ...(json.votes ?? []).map((v) => v.document),
      ];
      for (const r of refs) expect(known.has(r), `${id}: ${r}`).toBe(true);
      expect(json.attendance.map((a) => a.records.length), id).toEqual(person.attendance.map((a) => a.records.length));
      // Every mention is there, in order, and its link is the document's URL and its anchor.
      const urls = new Map(json.documents.map((d) => [d.id, d.url]));
      const links = json.mentions.flatMap((m) => m.paragraphs.map((p) => `${urls.get(m.document)}#${p.anchor}`));
      expect(links, id).toEqual(person.mentions.map((m) => m.href));
      for (const m of json.mentions) for (const p of m.paragraphs) expect(anchorsOf(m.document).has(p.anchor), `${id}: ${m.document}#${p.anchor}`).toBe(true);
      expect(JSON.stringify(json), id).not.toContain('"excerpt"');
    }
  });

  it("lists each of a topic's documents once, and every tagged item and paragraph by anchor", () => {
    const topics = ids("topics");
    expect(topics.length).toBeGreaterThan(10);
    for (const slug of topics) {
      const topic = entity<TopicEntity>("topics", slug);
      const json = published<PublishedTopic>(`topics/${slug}/topic.json`);
      expect(PublishedTopic.strict().parse(json), slug).toEqual(json);
      expect(json.documents.map((d) => d.id), slug).toEqual([...new Set(topic.items.map((i) => i.document.id))]);
      expect(json.items, slug).toEqual(topic.items.map((i) => ({ document: i.document.id, item: i.item.anchor, inTitle: i.inTitle, paragraphs: i.paragraphs.map((p) => p.anchor) })));
      for (const i of json.items) for (const a of [i.item, ...i.paragraphs]) expect(anchorsOf(i.document).has(a), `${slug}: ${i.document}#${a}`).toBe(true);
      const d = topic.items[0]!.document;
      expect(json.documents[0], slug).toEqual({ id: d.id, url: d.url, type: d.type, title: d.title, date: d.date, year: d.year, council: d.council?.slug ?? null, committee: d.committee?.slug ?? null });
    }
  });
});

describe("feeds", () => {
  it(`carry the newest ${FEED_LENGTH} entries, newest first`, () => {
    const document = (day: number): DocumentRef => ({
      id: `c/k/2020-01-${String(day).padStart(2, "0")}`,
      url: `/c/k/2020-01-${String(day).padStart(2, "0")}/`,
      type: "minutes",
      title: null,
      council: { name: "C", slug: "c" },
      committee: { name: "K", slug: "k" },
      date: `2020-01-${String(day).padStart(2, "0")}`,
      year: 2020,
    });
    const mentions = Array.from({ length: 30 }, (_, i) => {
      const d = document(i + 1);
      return { document: d, item: null, anchor: "preamble-p1", href: `${d.url}#preamble-p1`, text: "Cllr C", excerpt: "Cllr C said" };
    });
    const person = { id: "c/c", url: "/people/c/c/", name: "C", namesAsWritten: ["Cllr C"], councils: [], party: null, ward: null, notes: null, roles: [], attendance: [], mentions, declarations: [], actions: [], documents: mentions.map((m) => m.document) } satisfies PersonEntity;
    const feed = personFeed(person, new URL(TEST_SITE));
    expect(FEED_LENGTH).toBe(20);
    expect(feed.entries.map((e) => e.updated.slice(0, 10))).toEqual(Array.from({ length: 20 }, (_, i) => `2020-01-${String(30 - i).padStart(2, "0")}`));
  });
});
