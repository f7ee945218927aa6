// What the search index needs to know about a document beyond its text: filter and sort values.
import type { PublishedDocument } from "../schema/record.ts";

type Dated = Pick<PublishedDocument, "date" | "year">;

/** The year to filter by: the date's year, else the record's year, else null. */
export function pagefindYear(record: Dated): string | null {
  if (record.date) return record.date.slice(0, 4);
  return record.year ? String(record.year) : null;
}

/**
 * The date sort key. Pagefind leaves pages without a sort key out of sorted results altogether, so
 * an undated document sorts by its year ("2018" before any "2018-01-01"), or as "0000".
 */
export function pagefindSortDate(record: Dated): string {
  return record.date ?? (record.year ? String(record.year) : "0000");
}

/**
 * The search index is split into shards by date band, because Pagefind's memory grows with the pages
 * of one index (about 0.7 MiB per document page, docs/performance.md): each shard is indexed by its
 * own Pagefind process, and the search page merges them (`mergeIndex`). Bands are contiguous in the
 * date sort key, oldest first, so that a date-sorted search across shards can be ordered by weighting
 * whole shards (see `shardWeights`); a band is cut only between years, so adding or changing one
 * document rebuilds only its own band (unless it moves a boundary).
 */
export interface SearchShard {
  /** Folder of the shard's Pagefind bundle, relative to the site root (no leading slash, trailing slash). */
  bundle: string;
  /** Permanent ids of its documents, in sort-key order. */
  documents: string[];
}

/** Documents per shard at most, unless one year alone has more. MINUTEBOOK_SEARCH_SHARD_SIZE overrides. */
export const DEFAULT_SHARD_SIZE = 2500;
export const PRIMARY_BUNDLE = "pagefind/";

export function searchShardSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MINUTEBOOK_SEARCH_SHARD_SIZE;
  if (raw === undefined || raw === "") return DEFAULT_SHARD_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`MINUTEBOOK_SEARCH_SHARD_SIZE must be a whole number of documents above 0, not "${raw}"`);
  return size;
}

/** Shard n's folder: the first is Pagefind's usual `pagefind/` (the UI bundle is loaded from it). */
const bundleOf = (n: number) => (n === 0 ? PRIMARY_BUNDLE : `search/shard-${n + 1}/`);

export function planSearchShards(documents: readonly (Dated & { id: string })[], size: number): SearchShard[] {
  const keyed = documents
    .map((d) => ({ id: d.id, key: pagefindSortDate(d) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bands: string[][] = [];
  let current: string[] = [];
  let year = "";
  for (const { id, key } of keyed) {
    const keyYear = key.slice(0, 4);
    if (current.length >= size && keyYear !== year) {
      bands.push(current);
      current = [];
    }
    current.push(id);
    year = keyYear;
  }
  if (current.length || bands.length === 0) bands.push(current);
  return bands.map((ids, n) => ({ bundle: bundleOf(n), documents: ids }));
}

/**
 * The weight of each shard's scores when merged. Pagefind merges the results of several indexes by
 * score alone, and in a date-sorted search a result's score is its page's rank in its own index's
 * ascending order (0 … pages − 1; negated for "oldest first"). Every shard therefore starts with one
 * origin record that sorts before all documents and matches no query (`SHARD_ORIGIN`), so that real
 * results score at least 1 (at most −1), and shard n, counting from the oldest band, is weighted by
 * (largest shard + 1)^n: whole bands then order by date both ways, and the ranks within each band keep
 * its own order. Best match leaves every shard at 1.
 */
export function shardWeights(shards: readonly SearchShard[], order: "newest" | "oldest" | null): number[] {
  if (!order) return shards.map(() => 1);
  const base = Math.max(1, ...shards.map((s) => s.documents.length)) + 1;
  return shards.map((_, n) => base ** n);
}

/** The record each shard starts with (see shardWeights): sorts first, and its one word is nobody's query. */
export const SHARD_ORIGIN = { url: "/search/", content: "minutebookshardorigin", sortKey: "!" } as const;
