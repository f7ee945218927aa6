// Emit stage: the published shapes of person.json and topic.json (src/schema/open-data.ts) from the
// archive entities the pages read. Pure. Each document is listed once and named elsewhere by its id;
// items and paragraphs by their anchors; excerpts are left to the records, which hold the words.
// Built field by field, in a fixed key order, rather than through `PublishedPerson.parse` (zod was a
// tenth of the open-data stage's CPU): tests/emit/entity-json.test.ts parses every published file.
import { byDocument } from "../../../src/lib/entity-lists.ts";
import type { DocumentRef, PersonEntity, TopicEntity } from "../../../src/schema/archive.ts";
import type { DocumentListing, PublishedPerson, PublishedTopic } from "../../../src/schema/open-data.ts";

const listing = (d: DocumentRef): DocumentListing => ({
  id: d.id,
  url: d.url,
  type: d.type,
  title: d.title,
  date: d.date,
  year: d.year,
  council: d.council?.slug ?? null,
  committee: d.committee?.slug ?? null,
});

/** The anchor of a site-relative link into a document page (`/…/2019-03-12/#item-4-p2` → `item-4-p2`). */
function anchorOf(href: string, document: DocumentRef): string {
  const hash = href.indexOf("#");
  // A link that is not into its document's page would lose where it points: fail the build, not the reader.
  if (hash < 0 || href.slice(0, hash) !== document.url) throw new Error(`${href} is not an anchor of ${document.url}`);
  return href.slice(hash + 1);
}

/** The documents, each once: `first` in its order, then any only referenced elsewhere, in order of reference. */
function documentsOnce(first: readonly DocumentRef[], referenced: readonly DocumentRef[]): DocumentListing[] {
  const seen = new Map<string, DocumentListing>();
  for (const d of [...first, ...referenced]) if (!seen.has(d.id)) seen.set(d.id, listing(d));
  return [...seen.values()];
}

export function personJson(person: PersonEntity): PublishedPerson {
  const referenced = [
    ...person.roles.flatMap((r) => r.documents),
    ...person.attendance.flatMap((a) => a.records.map((r) => r.document)),
    ...person.mentions.map((m) => m.document),
    ...person.declarations.map((d) => d.document),
    ...(person.votes ?? []).map((v) => v.document),
  ];
  return {
    id: person.id,
    url: person.url,
    name: person.name,
    namesAsWritten: person.namesAsWritten,
    councils: person.councils.map((c) => ({ name: c.name, slug: c.slug })),
    party: person.party,
    ward: person.ward,
    notes: person.notes,
    documents: documentsOnce(person.documents, referenced),
    roles: person.roles.map((r) => ({ role: r.role, committee: { name: r.committee.name, slug: r.committee.slug, url: r.committee.url }, from: r.from, to: r.to, documents: r.documents.map((d) => d.id) })),
    attendance: person.attendance.map((a) => ({
      committee: { name: a.committee.name, slug: a.committee.slug, url: a.committee.url },
      council: { name: a.council.name, slug: a.council.slug },
      present: a.present,
      apologies: a.apologies,
      listed: a.listed,
      percent: a.percent,
      records: a.records.map((r) => ({ document: r.document.id, status: r.status, role: r.role, title: r.title })),
    })),
    mentions: byDocument(person.mentions).map(({ document, entries }) => ({
      document: document.id,
      paragraphs: entries.map((m) => ({ item: m.item?.anchor ?? null, anchor: anchorOf(m.href, m.document), text: m.text })),
    })),
    declarations: person.declarations.map((d) => ({ document: d.document.id, item: d.item, nature: d.nature, anchor: anchorOf(d.href, d.document) })),
    actions: person.actions,
    ...(person.votes
      ? {
          votes: person.votes.map((v) => ({
            document: v.document.id,
            item: v.item?.anchor ?? null,
            decision: v.decision && { url: v.decision.url, kind: v.decision.kind, marker: v.decision.marker },
            anchor: anchorOf(v.href, v.document),
            motion: v.motion,
            outcome: v.outcome,
            how: v.how,
            name: v.name,
          })),
        }
      : {}),
  };
}

export function topicJson(topic: TopicEntity): PublishedTopic {
  return {
    id: topic.id,
    url: topic.url,
    name: topic.name,
    description: topic.description,
    synonyms: topic.synonyms,
    councils: topic.councils,
    years: topic.years,
    documents: documentsOnce([], topic.items.map((t) => t.document)),
    items: topic.items.map((t) => ({ document: t.document.id, item: t.item.anchor, inTitle: t.inTitle, paragraphs: t.paragraphs.map((p) => p.anchor) })),
  };
}
