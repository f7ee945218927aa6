// Optional per-folder metadata (`minutebook.json`): facts a document's text does not state.
// It applies to the folder's documents and those below it; a nearer file wins field by field.
import { z } from "astro/zod";
import { DocumentType } from "../../../src/schema/record.ts";
import type { SourceMeta } from "../types.ts";

export const META_FILE_NAME = "minutebook.json";

const DocumentMeta = z.strictObject({
  council: z.string().min(1).optional(),
  committee: z.string().min(1).optional(),
  type: DocumentType.optional(),
  url: z.url().optional(),
});

export const FolderMeta = z.strictObject({
  council: z.string().min(1).optional(),
  committee: z.string().min(1).optional(),
  /** Per-document facts, keyed by file name. */
  documents: z.record(z.string(), DocumentMeta).optional(),
});
export type FolderMeta = z.infer<typeof FolderMeta>;

/** Parse a metadata file's text; throws an Error whose message names each bad field. */
export function parseFolderMeta(text: string, fileLabel: string): FolderMeta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileLabel}: not valid JSON (${(error as Error).message})`);
  }
  const result = FolderMeta.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new Error(`${fileLabel}: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Merge metadata from the corpus root down to the document's folder, then the document's own entry. */
export function metaForDocument(chain: FolderMeta[], fileName: string): SourceMeta {
  const meta: SourceMeta = {};
  for (const folder of chain) {
    if (folder.council) meta.council = folder.council;
    if (folder.committee) meta.committee = folder.committee;
    const own = folder.documents?.[fileName];
    if (own) Object.assign(meta, own);
  }
  return meta;
}
