// Incremental builds render only the pages a change touched (scripts/cli/build.ts): the per-document
// pages of the changed documents (and of their neighbours, whose previous/next links name them) and the
// pages of the people concerned. Every page that lists across the archive (home, councils, committees,
// topics, registers, feeds) is always rendered: there are few of them. The same mechanism splits a
// full build into parts rendered by parallel Astro processes, one per core: each renders the
// per-document and per-person pages whose id hashes to it (and the few pages across the archive).
// MINUTEBOOK_PAGES names a JSON file, `{ "documents": [ids], "people": [ids] }` or
// `{ "part": n, "parts": count }`; unset, every page is rendered.
import { readFileSync } from "node:fs";

/** The pages an incremental build renders. */
export interface ChangedPages {
  documents: string[];
  people: string[];
}
export type PageSelection = ChangedPages | { part: number; parts: number };

type Selected = { has: (kind: "documents" | "people", id: string) => boolean; byPart: boolean };
let cached: Selected | null | undefined;

/** FNV-1a of the id: a stable, even spread of ids over parts. */
export function partOf(id: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

function selection(): Selected | null {
  if (cached === undefined) {
    const file = process.env.MINUTEBOOK_PAGES;
    const parsed = file ? (JSON.parse(readFileSync(file, "utf8")) as PageSelection) : null;
    if (!parsed) cached = null;
    else if ("parts" in parsed) cached = { has: (_kind, id) => partOf(id, parsed.parts) === parsed.part, byPart: true };
    else {
      const sets = { documents: new Set(parsed.documents), people: new Set(parsed.people) };
      cached = { has: (kind, id) => sets[kind].has(id), byPart: false };
    }
  }
  return cached;
}

/**
 * Whether the pages of a document are rendered in this build: the first id is the document's own; the
 * others (its neighbours) also select it in an incremental build, since its links name them.
 */
export const rendersDocument = (id: string, ...neighbours: (string | null | undefined)[]): boolean => {
  const only = selection();
  if (!only) return true;
  if (only.byPart) return only.has("documents", id);
  return [id, ...neighbours].some((n) => n != null && only.has("documents", n));
};

/** Whether this person's pages are rendered in this build. */
export const rendersPerson = (id: string): boolean => {
  const only = selection();
  return !only || only.has("people", id);
};
