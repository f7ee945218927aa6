// The published shapes of the archive-wide open data: `/people/<id>/person.json` and
// `/topics/<slug>/topic.json`. They list documents BY REFERENCE: each document once, in `documents`
// (its id, URL, type, title, date and the slugs of its council and committee), and everything else
// names a document by its id and an item or paragraph by its anchor on the document page (the link is
// the document's `url` + `#` + the anchor). The words themselves are in each document's `record.json`.
// The entities the pages read (src/schema/archive.ts) repeated each document's full reference for
// every role, attendance record and mention, and every mention's excerpt: a person's JSON grew with
// the archive several times over (docs/performance.md, "Round two, session 5: weight").
// Made from those entities by scripts/pipeline/emit/entity-json.ts.
import { z } from "astro/zod";
import { PersonAttendance, PersonEntity, PersonRole, PersonVote, TopicEntity } from "./archive.ts";
import { DocumentType } from "./record.ts";

const path = z.string().regex(/^\/.*\/$/, "a site-relative URL path with a trailing slash");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A document, listed once in a person's or topic's `documents`; elsewhere in the file it is named by `id`. */
export const DocumentListing = z.object({
  id: z.string().min(1),
  url: path,
  type: DocumentType,
  title: z.string().nullable(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The slugs of its council and committee; null when the document does not state them. */
  council: slug.nullable(),
  committee: slug.nullable(),
});
export type DocumentListing = z.infer<typeof DocumentListing>;

/** A document id: one of the file's `documents`. */
const documentId = z.string().min(1);
/** An element id on that document's page (`item-13-05`, `item-13-05-p7`). */
const anchor = z.string().min(1);

export const PublishedPerson = PersonEntity.pick({ id: true, url: true, name: true, namesAsWritten: true, councils: true, party: true, ward: true, notes: true }).extend({
  /** Every document that names them or lists them, oldest first, each once. */
  documents: z.array(DocumentListing),
  roles: z.array(PersonRole.omit({ documents: true }).extend({ documents: z.array(documentId) })),
  attendance: z.array(
    PersonAttendance.omit({ records: true }).extend({
      /** Every document that lists them, oldest first, with how. */
      records: z.array(PersonAttendance.shape.records.element.omit({ document: true }).extend({ document: documentId })),
    }),
  ),
  /**
   * Where they are named, by document in document order: each paragraph that names them, with its
   * item's anchor (null outside items), its own anchor and the words as written.
   */
  mentions: z.array(z.object({ document: documentId, paragraphs: z.array(z.object({ item: anchor.nullable(), anchor, text: z.string() })) })),
  declarations: z.array(z.object({ document: documentId, item: z.string().nullable(), nature: z.string(), anchor })),
  /** Action ids (`<document id>#<anchor>`). */
  actions: z.array(z.string()),
  /** Each recorded vote that names them; `anchor` is the vote's statement on the document page. Absent when none. */
  votes: z.array(PersonVote.omit({ document: true, item: true, href: true }).extend({ document: documentId, item: anchor.nullable(), anchor })).optional(),
});
export type PublishedPerson = z.infer<typeof PublishedPerson>;

export const PublishedTopic = TopicEntity.pick({ id: true, url: true, name: true, description: true, synonyms: true, councils: true, years: true }).extend({
  /** Every document with an item tagged with the topic, oldest first, each once. */
  documents: z.array(DocumentListing),
  /** The tagged items, oldest first: the item's anchor, whether its title names the topic, and the anchors of the paragraphs that do. */
  items: z.array(z.object({ document: documentId, item: anchor, inTitle: z.boolean(), paragraphs: z.array(anchor) })),
});
export type PublishedTopic = z.infer<typeof PublishedTopic>;
