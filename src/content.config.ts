// The `documents` collection: one MDX entry per parsed source, written by `scripts/cli/build.ts`.
// Its front matter is the published record, validated by the one record schema; the body is a
// readable, fully escaped copy of the text that no page renders.
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { existsSync } from "node:fs";
import { PublishedDocument } from "./schema/record.ts";
import { documentsLoader } from "./lib/documents-loader.ts";
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

// Our own loader, not glob(): pages render from the record, never from the MDX body, and glob() would
// register every .mdx for rendering — Vite then compiles all of them (4x the Astro build time and
// nearly twice the memory at 1,000 documents, docs/performance.md). The id comes from the record.
const documents = defineCollection({
  loader: documentsLoader(`${collectionDir}/documents`),
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
