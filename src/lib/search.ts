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
 * date sort key, so that a date-sorted search across shards can be ordered by weighting whole shards
 * (see `shardWeights`).
 *
 * What a first search downloads grows with the pages of the bands it searches (each band's metadata
 * and the index chunk of every query word), so the search page searches the newest band first and
 * merges older bands only when the reader asks for them or the newest gives less than a page of
 * results (public/search/whole-words/pagefind.js). The newest band is therefore small and of a fixed
 * size whatever the archive's: the newest whole months holding at most `NEWEST_BAND_SIZE` documents
 * (at least one month). It is Pagefind's own bundle (`pagefind/`), which the page loads first. The
 * older documents are cut into bands of about `size` documents, oldest first and only between months
 * (a band closes at the first month that begins once it holds `size`), so that adding or changing one
 * document re-indexes its own band (and, when a month begins, the newest band and the band before it),
 * and a band's re-index costs its size whatever the archive's density: Pagefind cannot add a page to
 * an index, so a band is indexed whole, about 16 ms of CPU a page (docs/performance.md). A rebuild
 * patches the band instead where it can (scripts/pipeline/emit/search-patch.ts: Pagefind on the changed
 * pages only, merged into the band's files), and falls back to that whole re-index.
 */
export interface SearchShard {
  /** Folder of the shard's Pagefind bundle, relative to the site root (no leading slash, trailing slash). */
  bundle: string;
  /** Permanent ids of its documents, in sort-key order. */
  documents: string[];
}

/**
 * Documents per older shard, plus the rest of the month that reaches it. Small, so that re-indexing the
 * band of one changed document takes a few seconds (250 pages, about 4 CPU-seconds), at the price of more
 * bands for a search of the whole archive (docs/performance.md). MINUTEBOOK_SEARCH_SHARD_SIZE overrides.
 */
export const DEFAULT_SHARD_SIZE = 250;
/**
 * Documents in the newest band at most (never more than the shard size), unless its one month alone
 * has more. Chosen so that a first search of two common words stays within 150 KB (docs/performance.md).
 */
export const NEWEST_BAND_SIZE = 250;
export const PRIMARY_BUNDLE = "pagefind/";

export function searchShardSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MINUTEBOOK_SEARCH_SHARD_SIZE;
  if (raw === undefined || raw === "") return DEFAULT_SHARD_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`MINUTEBOOK_SEARCH_SHARD_SIZE must be a whole number of documents above 0, not "${raw}"`);
  return size;
}

/** The month of a sort key ("2024-03"); a year-only key ("2024") or "0000" is its own period. */
const periodOf = (key: string) => key.slice(0, 7);

/**
 * The bands, oldest first; the last (newest) is `pagefind/`, the others `search/shard-<n>/` numbered
 * from the oldest. `newest` is the newest band's size limit (tests pass a smaller one).
 *
 * A date-sorted search across bands orders whole bands by weights that shrink by a factor of about
 * the band size from each band to the next older one (`shardWeights`), so an archive of many small
 * bands would weight its oldest bands below the smallest doubles (about 125 bands of 290 documents,
 * some 31,000 documents) and lose their date order. The older bands are therefore doubled in size
 * until the oldest band's weight is at least `SMALLEST_WEIGHT`: an archive that small keeps its bands,
 * a larger one gets fewer, larger bands (a rebuild then re-indexes a larger band).
 */
export function planSearchShards(documents: readonly (Dated & { id: string })[], size: number, newest: number = NEWEST_BAND_SIZE): SearchShard[] {
  const keyed = documents
    .map((d) => ({ id: d.id, key: pagefindSortDate(d) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const limit = Math.min(newest, size);
  for (let bandSize = size; ; bandSize *= 2) {
    const plan = planBands(keyed, bandSize, limit);
    if (plan.length < 2 || shardWeights(plan, "newest")[0]! >= SMALLEST_WEIGHT) return plan;
  }
}

/** The oldest band's weight may be no smaller (the smallest normal double is about 2.2e-308). */
export const SMALLEST_WEIGHT = 1e-300;

function planBands(keyed: readonly { id: string; key: string }[], size: number, limit: number): SearchShard[] {
  // The newest band: whole months from the newest back, while they fit (always at least one month).
  let cut = keyed.length;
  while (cut > 0) {
    const period = periodOf(keyed[cut - 1]!.key);
    let start = cut;
    while (start > 0 && periodOf(keyed[start - 1]!.key) === period) start--;
    if (cut < keyed.length && keyed.length - start > limit) break;
    cut = start;
  }
  const bands: string[][] = [];
  let current: string[] = [];
  let month = "";
  for (const { id, key } of keyed.slice(0, cut)) {
    const keyMonth = periodOf(key);
    if (current.length >= size && keyMonth !== month) {
      bands.push(current);
      current = [];
    }
    current.push(id);
    month = keyMonth;
  }
  if (current.length) bands.push(current);
  bands.push(keyed.slice(cut).map((d) => d.id));
  return bands.map((ids, n) => ({ bundle: n === bands.length - 1 ? PRIMARY_BUNDLE : `search/shard-${n + 1}/`, documents: ids }));
}

/**
 * The weight of each shard's scores when merged. Pagefind merges the results of several indexes by
 * score alone, and in a date-sorted search a result's score is its page's rank in its own index's
 * ascending order (0 … pages − 1; negated for "oldest first"). Every shard therefore starts with one
 * origin record that sorts before all documents and matches no query (`SHARD_ORIGIN`), so that real
 * results score at least 1 (at most −1), and shard n, counting from the newest band (0), is weighted
 * by (largest shard + 1)^−n: whole bands then order by date both ways, and the ranks within each band
 * keep its own order. The newest band, which the page loads as Pagefind's own index, keeps weight 1,
 * the weight Pagefind gives its primary index. Best match leaves every shard at 1.
 */
export function shardWeights(shards: readonly SearchShard[], order: "newest" | "oldest" | null): number[] {
  if (!order) return shards.map(() => 1);
  const base = Math.max(1, ...shards.map((s) => s.documents.length)) + 1;
  return shards.map((_, n) => base ** (n - (shards.length - 1)));
}

/** The record each shard starts with (see shardWeights): sorts first, and its one word is nobody's query. */
export const SHARD_ORIGIN = { url: "/search/", content: "minutebookshardorigin", sortKey: "!" } as const;
