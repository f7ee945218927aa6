// One shard of the search index (src/lib/search.ts `planSearchShards`), built by its own Pagefind
// process so that its memory is that shard's alone. Run as a child process by search-index.ts:
//   node search-shard.ts <dist> <bundle folder> <file of document ids, JSON>
// Only document pages are indexed (the only pages with `data-pagefind-body`), read straight from
// dist/ by id, so Pagefind does not crawl the tens of thousands of other files. Every call's errors
// are checked and thrown with context: the Node API reports failures in its return values.
import * as pagefind from "pagefind";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHARD_ORIGIN } from "../../../src/lib/search.ts";
import { rechunkBundle } from "./search-chunks.ts";

/**
 * The page as Pagefind is given it: the same HTML less the `id` of every element but a heading.
 * Pagefind stores each element with an id in the page's fragment as an anchor, with its whole text,
 * and the search module uses only headings' (the sub-results, "labelled by item"); the ids of
 * paragraphs, list items and line spans doubled every fragment a result loads. The page itself keeps
 * every id and anchor.
 */
export function pageForIndex(html: string): string {
  return html.replace(/<(?!h[1-6][\s>])([a-z][a-z0-9-]*)(\s[^>]*?)?\sid="[^"]*"/gi, (_, tag: string, before = "") => `<${tag}${before}`);
}

/** Each band's filter values and their page counts, beside its bundle; search-index.ts sums the bands. */
export const BAND_FILTERS_FILE = "minutebook-filters.json";

export type FilterCounts = Record<string, Record<string, number>>;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === "#" ? String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/**
 * The filter values a document page gives Pagefind (`<span data-pagefind-filter="council">…</span>`,
 * src/pages/[...document]/index.astro), as Pagefind reads them: text decoded, spaces collapsed.
 */
export function pageFilters(html: string): [string, string][] {
  const found = new Map<string, [string, string]>();
  for (const m of html.matchAll(/<span data-pagefind-filter="([^":]+)">([^<]*)<\/span>/g)) {
    const value = decode(m[2]!).replace(/\s+/g, " ").trim();
    if (value) found.set(`${m[1]}\u0000${value}`, [m[1]!, value]);
  }
  return [...found.values()];
}

export async function indexShard(distDir: string, bundle: string, ids: readonly string[]): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: "en" });
  if (!created.index) throw new Error(`pagefind: could not create an index: ${created.errors.join("; ")}`);
  const { index } = created;
  const check = (what: string, errors: string[]) => {
    if (errors.length) throw new Error(`pagefind: ${what} failed: ${errors.join("; ")}`);
  };
  try {
    check("the shard origin record", (await index.addCustomRecord({ url: SHARD_ORIGIN.url, content: SHARD_ORIGIN.content, language: "en", sort: { date: SHARD_ORIGIN.sortKey } })).errors);
    const counts: FilterCounts = {};
    for (const id of ids) {
      const path = join(distDir, id, "index.html");
      const html = readFileSync(path, "utf8");
      check(`indexing ${path}`, (await index.addHTMLFile({ url: `/${id}/`, content: pageForIndex(html) })).errors);
      for (const [name, value] of pageFilters(html)) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
    }
    const outputPath = join(distDir, bundle);
    rmSync(outputPath, { recursive: true, force: true });
    check(`writing ${outputPath}`, (await index.writeFiles({ outputPath })).errors);
    // Pagefind's word index in smaller chunks: a query word loads a few KB, not about 30 (search-chunks.ts).
    rechunkBundle(outputPath);
    writeFileSync(join(outputPath, BAND_FILTERS_FILE), `${JSON.stringify(counts)}\n`);
    return ids.length;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const [distDir, bundle, idsFile] = process.argv.slice(2) as [string, string, string];
  indexShard(distDir, bundle, JSON.parse(readFileSync(idsFile, "utf8")) as string[]).then(
    (pages) => process.stdout.write(`${JSON.stringify({ pages })}\n`),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
