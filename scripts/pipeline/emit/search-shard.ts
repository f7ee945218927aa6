// One shard of the search index (src/lib/search.ts `planSearchShards`), built by its own Pagefind
// process so that its memory is that shard's alone. Run as a child process by search-index.ts:
//   node search-shard.ts <dist> <bundle folder> <file of document ids, JSON>
// Only document pages are indexed (the only pages with `data-pagefind-body`), read straight from
// dist/ by id, so Pagefind does not crawl the tens of thousands of other files. Every call's errors
// are checked and thrown with context: the Node API reports failures in its return values.
import * as pagefind from "pagefind";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SHARD_ORIGIN } from "../../../src/lib/search.ts";

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

export async function indexShard(distDir: string, bundle: string, ids: readonly string[]): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: "en" });
  if (!created.index) throw new Error(`pagefind: could not create an index: ${created.errors.join("; ")}`);
  const { index } = created;
  const check = (what: string, errors: string[]) => {
    if (errors.length) throw new Error(`pagefind: ${what} failed: ${errors.join("; ")}`);
  };
  try {
    check("the shard origin record", (await index.addCustomRecord({ url: SHARD_ORIGIN.url, content: SHARD_ORIGIN.content, language: "en", sort: { date: SHARD_ORIGIN.sortKey } })).errors);
    for (const id of ids) {
      const path = join(distDir, id, "index.html");
      check(`indexing ${path}`, (await index.addHTMLFile({ url: `/${id}/`, content: pageForIndex(readFileSync(path, "utf8")) })).errors);
    }
    const outputPath = join(distDir, bundle);
    rmSync(outputPath, { recursive: true, force: true });
    check(`writing ${outputPath}`, (await index.writeFiles({ outputPath })).errors);
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
