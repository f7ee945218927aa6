// The `documents` collection: one MDX entry per parsed source, written by `scripts/cli/build.ts`.
// Its front matter is the document's summary (what listings need), validated by the record schema's
// `DocumentSummary`; there is no body (source text never enters MDX, scripts/pipeline/emit/mdx.ts). The
// full record and the archive entities that grow with the archive are read by their own pages from
// JSON files (src/lib/records.ts): Astro serialises this store to one string, which must stay small.
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { existsSync } from "node:fs";
import { DocumentSummary } from "./schema/record.ts";
import { collectionDir as collectionFolder } from "./lib/records.ts";
import { documentsLoader } from "./lib/documents-loader.ts";
import {
  ActionEntity,
  CommitteeEntity,
  CouncilEntity,
  PersonSummary,
  ResolutionEntity,
  TopicSummary,
} from "./schema/archive.ts";

const collectionDir = collectionFolder();

// Our own loader, not glob(): pages render from the record, never from the MDX body, and glob() would
// register every .mdx for rendering — Vite then compiles all of them (4x the Astro build time and
// nearly twice the memory at 1,000 documents, docs/performance.md). The id comes from the record.
const documents = defineCollection({
  loader: documentsLoader(`${collectionDir}/documents`),
  schema: DocumentSummary,
});

// The archive index across documents (people, committees, topics, resolutions…): one JSON file per kind,
// written by scripts/pipeline/emit/archive.ts; of people only summaries (each person's whole entity
// is its own file, as are each document's links). A collection folder without it (an older ingest) gives
// empty collections rather than a failed build.
const archive = (name: string) => {
  const path = `${collectionDir}/archive/${name}`;
  return existsSync(path) ? file(path) : { name: `missing-${name}`, load: async () => {} };
};

const people = defineCollection({ loader: archive("people.json"), schema: PersonSummary });
const committees = defineCollection({ loader: archive("committees.json"), schema: CommitteeEntity });
const councils = defineCollection({ loader: archive("councils.json"), schema: CouncilEntity });
const topics = defineCollection({ loader: archive("topics.json"), schema: TopicSummary });
const resolutions = defineCollection({ loader: archive("resolutions.json"), schema: ResolutionEntity });
const actions = defineCollection({ loader: archive("actions.json"), schema: ActionEntity });

export const collections = { documents, people, committees, councils, topics, resolutions, actions };
