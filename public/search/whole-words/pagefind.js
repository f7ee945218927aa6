// Pagefind's search API with one change, for the search page (src/pages/search/index.astro loads the
// Pagefind UI with this folder as its bundle path): a query word that no page holds gives no results.
// When a word is not in the index, Pagefind searches for the longest prefix of it that is
// (Pagefind/pagefind#315), so "library" finds the "L" of "Ms R L Dent" and highlights it. Here each
// word of a query is first looked up alone: it counts only when the best page for it shows a word that
// is the query word or a form of it (a shared start no shorter than the word less a short ending,
// "carers" → "carer", "libraries" → "library"; a word being typed, "fost" → "foster"). Everything
// else is Pagefind's own module, which keeps its own bundle (/pagefind/) and the merged shards.
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

export async function search(term, options) {
  const result = await pagefind.search(term, options);
  if (!result || !Array.isArray(result.results) || result.results.length === 0) return result;
  const checks = await Promise.all(wordsOf(term ?? "").map(inIndex));
  if (checks.every(Boolean)) return result;
  return { ...result, results: [], unfilteredResultCount: 0 };
}
