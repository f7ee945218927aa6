// Incremental builds render only the pages a change touched (scripts/cli/build.ts): the per-document
// pages of the changed documents (and of their neighbours, whose previous/next links name them), the
// pages of the people concerned, and those pages listing across the archive (home, councils,
// committees, topics, registers) whose inputs changed: each such page names what it shows
// (`rendersListing`), every build records a digest of it, and an incremental build renders a listing
// page only when its digest differs from the last build's. The same mechanism splits a full build into
// parts rendered by parallel Astro processes, one per core: each renders the per-document and
// per-person pages whose id hashes to it (and every page across the archive).
// MINUTEBOOK_PAGES names a JSON file, `{ "documents": [ids], "people": [ids], "listings"?: {…} }` or
// `{ "part": n, "parts": count }`; unset, every page is rendered. MINUTEBOOK_LISTINGS names a file to
// which each listing page's digest is appended (`<page>\t<digest>` lines); unset, none is recorded.
import { appendFileSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";

/** The pages an incremental build renders. */
export interface ChangedPages {
  documents: string[];
  people: string[];
  /**
   * The digest of each listing page's inputs in the last build (page → digest). A listing page whose
   * digest is the same is not rendered; without this map, every listing page is.
   */
  listings?: Record<string, string>;
  /**
   * The topics whose file in the collection this build's ingest wrote. A topic's pages (its page and
   * its years') show only what its file holds, so those of any other topic are the last build's and
   * are not read at all (`keepsListings`); without this list, every topic's file is read.
   */
  topics?: string[];
}
export type PageSelection = ChangedPages | { part: number; parts: number };

type Selected = {
  has: (kind: "documents" | "people", id: string) => boolean;
  byPart: boolean;
  listings?: Record<string, string>;
  written?: { topics: Set<string> };
};
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
      cached = { has: (kind, id) => sets[kind].has(id), byPart: false, listings: parsed.listings, ...(parsed.topics ? { written: { topics: new Set(parsed.topics) } } : {}) };
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

/**
 * Each object's digest (of its JSON), once: the same entities (resolutions, summaries) are inputs of
 * several pages (a resolution of its four register pages and its committee's), so each is serialised
 * and hashed once, and a page's digest hashes the objects' digests. Kept as digests, not as the JSON:
 * the objects live for the whole build, and so would a second copy of every resolution as a string.
 */
const digestOf = new WeakMap<object, Buffer>();

function feed(hash: ReturnType<typeof createHash>, value: unknown): void {
  if (Array.isArray(value)) {
    hash.update(`[${value.length}:`);
    for (const v of value) feed(hash, v);
    hash.update("]");
  } else if (value instanceof Uint8Array) {
    hash.update(`b${value.length}:`).update(value);
  } else if (typeof value === "string") {
    hash.update(`s${value.length}:`).update(value);
  } else if (value !== null && typeof value === "object") {
    let digest = digestOf.get(value);
    if (digest === undefined) digestOf.set(value, (digest = createHash("sha256").update(JSON.stringify(value)).digest()));
    hash.update("o:").update(digest);
  } else {
    hash.update(`v${JSON.stringify(value) ?? "undefined"};`);
  }
}

/**
 * The digest of what a listing page shows: its inputs — arrays item by item, strings and file bytes as
 * they are, any other object by the digest of its JSON (keys in the order given; the inputs come from
 * the collection in a fixed order, so the same archive gives the same digest).
 */
export function listingDigest(inputs: unknown): string {
  const hash = createHash("sha256");
  feed(hash, inputs);
  return hash.digest("base64url").slice(0, 22);
}

/**
 * Whether a page that lists across the archive is rendered in this build. `page` is its URL path and
 * `inputs` everything it shows that comes from the archive (the entities, document summaries, counts
 * it renders): a page whose inputs are the same as in the last build is the same page, so an
 * incremental build skips it. A full build, a part of one, or an incremental build without the last
 * build's digests renders every listing page. The digest is recorded in every build (MINUTEBOOK_LISTINGS).
 */
export function rendersListing(page: string, inputs: unknown): boolean {
  const digest = listingDigest(inputs);
  const record = process.env.MINUTEBOOK_LISTINGS;
  if (record) appendFileSync(record, `${page}\t${digest}\n`);
  const only = selection();
  if (!only || only.byPart || !only.listings) return true;
  return only.listings[page] !== digest;
}

/**
 * Whether the listing pages drawn from one file of the collection alone (a topic's: its page, or its
 * year pages) are kept as the last build rendered them, without the file being read: in an incremental
 * build that knows which such files its ingest wrote (`topics` in the selection), when this one was not
 * written and the last build had pages that `which` picks. Their last digests are recorded again, as
 * `rendersListing` would have found them. At 10,000 documents the topic files are about 170 MB, read
 * and digested by every Astro run otherwise: most of the topic routes' share of a rebuild's floor.
 */
export function keepsListings(kind: "topics", id: string, which: (page: string) => boolean): boolean {
  const only = selection();
  if (!only || only.byPart || !only.listings || !only.written || only.written[kind].has(id)) return false;
  const kept = Object.entries(only.listings).filter(([page]) => which(page));
  if (kept.length === 0) return false;
  const record = process.env.MINUTEBOOK_LISTINGS;
  if (record) appendFileSync(record, kept.map(([page, digest]) => `${page}\t${digest}\n`).join(""));
  return true;
}

/** The digests a build recorded (the file MINUTEBOOK_LISTINGS named), page → digest, pages sorted. */
export function readListingDigests(file: string): Record<string, string> {
  const digests = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) digests.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
