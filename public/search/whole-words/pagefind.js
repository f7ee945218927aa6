// Pagefind's search API with one change, for the search page (src/pages/search/index.astro loads the
// Pagefind UI with this folder as its bundle path): a query word that no page holds gives no results.
// When a word is not in the index, Pagefind searches for the longest prefix of it that is
// (Pagefind/pagefind#315), so "library" finds the "L" of "Ms R L Dent" and highlights it. Here each
// word of a query is first looked up alone: it counts only when the best page for it shows a word that
// is the query word or a form of it (a shared start no shorter than the word less a short ending,
// "carers" → "carer", "libraries" → "library"; a word being typed, "fost" → "foster"). Everything
// else is Pagefind's own module, which keeps its own bundle (/pagefind/).
//
// Older date bands are merged on demand (src/lib/search.ts `planSearchShards`): Pagefind's own bundle
// is the newest band, and the bands the page passes to `mergeIndex` (newest first) are merged only
// when a search gives fewer results than a page (a rare word, a filter, a council with no recent
// meeting) or when the reader asks for older meetings (`loadOlderBand`); how many results make a page
// is the `minimumResults` option (`options`). A first search thus loads one
// small band's metadata and index chunks, whatever the size of the archive.
import * as pagefind from "/pagefind/pagefind.js";

export * from "/pagefind/pagefind.js";

const WORD = /[\p{L}\p{N}]+/gu;
/** Pagefind's own word separators for excerpts and locations (pagefind.js `word_separators`). */
const SEPARATORS = /[^\S\uFEFF]+/;

const wordsOf = (text) => (text.normalize("NFKC").toLowerCase().match(WORD) ?? []);

/** True when `shown` (a word of a page) is `query` or a form of it, not a shorter word it starts with. */
export function sameWord(query, shown) {
  let common = 0;
  while (common < query.length && common < shown.length && query[common] === shown[common]) common++;
  return common === query.length || (common >= 4 && common >= query.length - 3);
}

const known = new Map();

/** Whether any page holds the word (or a form of it), by looking at what Pagefind matched for it alone. */
function inIndex(word) {
  if (!known.has(word)) {
    known.set(
      word,
      (async () => {
        const found = await pagefind.search(word);
        const best = found?.results?.[0];
        if (!best) return false;
        // The result's own word positions: `data().locations` belongs to a page's fragment, which
        // Pagefind shares between searches and rewrites on each.
        const positions = best.words;
        const words = (await best.data()).content.split(SEPARATORS);
        return positions.some((at) => wordsOf(words[at] ?? "").some((shown) => sameWord(word, shown)));
      })(),
    );
  }
  return known.get(word);
}

/**
 * Fewer results than this from the bands loaded, and the next older band is merged: Pagefind UI's page
 * of results (its `pageSize`, 5 unless the page says otherwise). Set with the `minimumResults` option.
 */
let minimumResults = 5;

/**
 * Pagefind's `options`, plus one of this module's own: `minimumResults`, a whole number above 0 (see
 * above). Pagefind UI passes every option it does not know itself to its bundle's `options`, so a page
 * that gives Pagefind UI another `pageSize` gives the same `minimumResults` beside it (the search page
 * keeps both at 5; an option left out keeps its value). Pagefind is given the rest.
 */
export async function options(opts = {}) {
  const { minimumResults: minimum, ...rest } = opts;
  if (minimum !== undefined) {
    if (!Number.isInteger(minimum) || minimum < 1) throw new Error(`minimumResults must be a whole number above 0, not ${minimum}`);
    minimumResults = minimum;
  }
  // Only with options of its own: before Pagefind starts, each call replaces the options it starts with.
  if (Object.keys(rest).length) await pagefind.options(rest);
}

/** Older bands not merged yet, newest first: [bundle path, options] as the page passed them. */
const pending = [];
const listeners = new Set();

export async function mergeIndex(path, options) {
  pending.push([path, options]);
  for (const listener of listeners) listener(pending.length);
}

/** How many older bands are not searched yet. */
export const olderBands = () => pending.length;

/** Calls `listener(count)` whenever the number of older bands not searched yet changes. */
export function onOlderBands(listener) {
  listeners.add(listener);
  listener(pending.length);
}

/** Merges the next older band into the search; false when every band is merged already. */
export async function loadOlderBand() {
  const next = pending.shift();
  if (!next) return false;
  await pagefind.mergeIndex(...next);
  // Its filter values and counts: Pagefind loads an index's filters only when asked for them, as Pagefind
  // UI does for the bands merged before it starts.
  await pagefind.filters();
  // A word missing from the newer bands may be in this one.
  known.clear();
  for (const listener of listeners) listener(pending.length);
  return true;
}

/** Every filter value of the archive with its document count (dist/search/filters.json), or null. */
let archive;
const archiveFilters = () =>
  (archive ??= fetch("/search/filters.json")
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null));

/**
 * Filters as Pagefind UI lists them when it starts: every value of the archive with its count, though
 * only the bands merged so far have been loaded (Pagefind's own answer, when the list is missing).
 */
export async function filters() {
  const [own, all] = await Promise.all([pagefind.filters(), archiveFilters()]);
  return all ?? own;
}

/** A search's filter counts, with the values only older bands hold at 0, so that they stay listed. */
async function withArchiveValues(result) {
  const all = await archiveFilters();
  if (!all || !result?.filters) return result;
  const counts = {};
  for (const [name, values] of Object.entries(all)) {
    counts[name] = {};
    for (const value of Object.keys(values)) counts[name][value] = result.filters[name]?.[value] ?? 0;
  }
  for (const [name, values] of Object.entries(result.filters)) counts[name] = { ...values, ...counts[name] };
  return { ...result, filters: counts };
}

async function searchLoaded(term, options) {
  const result = await pagefind.search(term, options);
  if (!result || !Array.isArray(result.results) || result.results.length === 0) return result;
  const checks = await Promise.all(wordsOf(term ?? "").map(inIndex));
  if (checks.every(Boolean)) return result;
  return { ...result, results: [], unfilteredResultCount: 0 };
}

export async function search(term, options) {
  for (;;) {
    const result = await searchLoaded(term, options);
    if (!result || (Array.isArray(result.results) && result.results.length >= minimumResults) || !(await loadOlderBand())) return withArchiveValues(result);
  }
}
