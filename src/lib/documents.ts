// The archive as the pages see it: every published document (its summary; the full record is read by
// the document's own pages, src/lib/records.ts), sorted and grouped into councils and committees by
// the pure functions of src/lib/document-groups.ts (re-exported here for the pages).
import { join } from "node:path";
import type { DocumentSummary } from "../schema/record.ts";
import { readDocumentSummaries } from "./documents-loader.ts";
import { collectionDir } from "./records.ts";
import { groupByCouncil, newestFirst, withPages, type CouncilGroup } from "./document-groups.ts";

export * from "./document-groups.ts";

let cache: DocumentSummary[] | undefined;

/** Every published document, newest first. */
export async function allDocuments(): Promise<DocumentSummary[]> {
  // The MDX entries' front matter, read once per build (src/lib/documents-loader.ts).
  cache ??= readDocumentSummaries(join(collectionDir(), "documents")).sort(newestFirst);
  return cache;
}

/** Councils that can have a page of their own (see RESERVED_SEGMENTS). */
export async function publishedCouncils(): Promise<CouncilGroup[]> {
  return withPages(groupByCouncil(await allDocuments()));
}
