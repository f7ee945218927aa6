// The `documents` collection: one MDX entry per parsed source, written by `scripts/cli/build.ts`.
// Its front matter is the published record, validated by the one record schema.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { existsSync } from "node:fs";
import { PublishedDocument } from "./schema/record.ts";
import {
  ActionEntity,
  CommitteeEntity,
  CouncilEntity,
  DocumentLinks,
  PersonEntity,
  ResolutionEntity,
  TopicEntity,
} from "./schema/archive.ts";

const collectionDir = process.env.MINUTEBOOK_COLLECTION ?? "content/collection";

const documents = defineCollection({
  loader: glob({
    pattern: "**/*.mdx",
    base: `${collectionDir}/documents`,
    // The permanent id is in the record; never let a file path decide it.
    generateId: ({ data }) => String(data.id),
    // Pages render from the record, never from the raw body: do not keep it in the data store.
    retainBody: false,
  }),
  schema: PublishedDocument,
});

// The archive index across documents (people, committees, topics, resolutions…): one JSON file per kind,
// written by scripts/pipeline/emit/archive.ts. A collection folder without it (an older ingest) gives
// empty collections rather than a failed build.
const archive = (name: string) => {
  const path = `${collectionDir}/archive/${name}`;
  return existsSync(path) ? file(path) : { name: `missing-${name}`, load: async () => {} };
};

const people = defineCollection({ loader: archive("people.json"), schema: PersonEntity });
const committees = defineCollection({ loader: archive("committees.json"), schema: CommitteeEntity });
const councils = defineCollection({ loader: archive("councils.json"), schema: CouncilEntity });
const topics = defineCollection({ loader: archive("topics.json"), schema: TopicEntity });
const resolutions = defineCollection({ loader: archive("resolutions.json"), schema: ResolutionEntity });
const actions = defineCollection({ loader: archive("actions.json"), schema: ActionEntity });
const documentLinks = defineCollection({ loader: archive("document-links.json"), schema: DocumentLinks });

export const collections = { documents, people, committees, councils, topics, resolutions, actions, documentLinks };
