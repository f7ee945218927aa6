// The `documents` collection: one MDX entry per parsed source, written by `scripts/cli/build.ts`.
// Its front matter is the document's summary (what listings need), validated by the record schema's
// `DocumentSummary`; there is no body (source text never enters MDX, scripts/pipeline/emit/mdx.ts). The
// full record and the archive entities that grow with the archive are read by their own pages from
// JSON files (src/lib/records.ts): Astro serialises this store to one string, which must stay small.
import { defineCollection } from "astro:content";
import { DocumentSummary } from "./schema/record.ts";
import { collectionDir as collectionFolder } from "./lib/records.ts";
import { documentsLoader } from "./lib/documents-loader.ts";

const collectionDir = collectionFolder();

// Our own loader, not glob(): pages render from the record, never from the MDX body, and glob() would
// register every .mdx for rendering — Vite then compiles all of them (4x the Astro build time and
// nearly twice the memory at 1,000 documents, docs/performance.md). The id comes from the record.
const documents = defineCollection({
  loader: documentsLoader(`${collectionDir}/documents`),
  schema: DocumentSummary,
});

// The archive index across documents (people, committees, topics, resolutions…) is not in the store:
// src/lib/archive.ts reads the archive stage's files, once per build (the store is compiled into the
// build as one string module; at 10,000 documents the archive was 90% of it).
export const collections = { documents };
