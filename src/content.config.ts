// The `documents` collection: one MDX entry per parsed source, written by `scripts/cli/build.ts`.
// Its front matter is the published record, validated by the one record schema.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { PublishedDocument } from "./schema/record.ts";

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

export const collections = { documents };
