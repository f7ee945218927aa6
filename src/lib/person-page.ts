// What a person's page shows (src/schema/archive.ts `PersonPage`), from their whole entity: computed
// by the archive stage for each person (scripts/pipeline/emit/person-pages.ts) so that the page reads
// a file of what it shows rather than the entity, which grows with every mention's document, item and
// excerpt. Pure: an entity in, the page's data out.
import type { PersonEntity, PersonPage } from "../schema/archive.ts";
import { byDocument, paragraphLabel } from "./entity-lists.ts";

type Mention = PersonEntity["mentions"][number];
type Named = PersonPage["documents"][number]["named"][number];

/** An excerpt the page shows: the first paragraph's, and a later one's only where it is not labelled by number. */
const shown = (paragraphs: readonly Mention[], itemAnchor: string | undefined): Named["paragraphs"] =>
  paragraphs.map((p, i) => ({ anchor: p.anchor, href: p.href, excerpt: i === 0 || paragraphLabel(p.anchor, itemAnchor, p.excerpt) === p.excerpt ? p.excerpt : "" }));

export function personPage(person: PersonEntity): PersonPage {
  // Each document is listed once: how the record lists them (attendance), and the items where they
  // are named, each with its paragraphs (docs/performance.md, "Round two, session 5").
  const listedIn = new Map<string, PersonPage["documents"][number]["listed"]>();
  for (const { document, ...how } of person.attendance.flatMap((row) => row.records)) listedIn.set(document.id, [...(listedIn.get(document.id) ?? []), how]);
  const namedIn = new Map<string, Named[]>();
  for (const { document, entries } of byDocument(person.mentions)) {
    const items: { item: Mention["item"]; mentions: Mention[] }[] = [];
    for (const m of entries) {
      const last = items.at(-1);
      if (last && last.item?.anchor === m.item?.anchor) last.mentions.push(m);
      else items.push({ item: m.item, mentions: [m] });
    }
    namedIn.set(document.id, [...(namedIn.get(document.id) ?? []), ...items.map(({ item, mentions }) => ({ item, paragraphs: shown(mentions, item?.anchor) }))]);
  }
  // Every document that names or lists them (person.documents), then any only referenced elsewhere.
  const documents = [...new Map([...person.documents, ...person.attendance.flatMap((row) => row.records.map((r) => r.document)), ...person.mentions.map((m) => m.document)].map((d) => [d.id, d])).values()];
  return {
    id: person.id,
    url: person.url,
    name: person.name,
    namesAsWritten: person.namesAsWritten,
    councils: person.councils,
    party: person.party,
    ward: person.ward,
    notes: person.notes,
    documentCount: person.documents.length,
    roles: person.roles.map(({ documents: roleDocuments, ...role }) => ({ ...role, documentCount: roleDocuments.length })),
    attendance: person.attendance.map(({ records: _, ...row }) => row),
    declarations: person.declarations,
    actions: person.actions,
    ...(person.votes ? { votes: person.votes } : {}),
    documents: documents.map((document) => ({ document, listed: listedIn.get(document.id) ?? [], named: namedIn.get(document.id) ?? [] })),
  };
}
