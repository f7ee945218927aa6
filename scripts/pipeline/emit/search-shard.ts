// Bands of the search index (src/lib/search.ts `planSearchShards`), each built by its own Pagefind
// process so that its memory is that band's alone. Run as a child process by search-index.ts, which
// keeps one such process per band built at once and hands it band after band:
//   node search-shard.ts            (bands as IPC messages: { distDir, bundle, ids }; see `serveBands`)
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
/** Whether the tag starting at `open` is `<h1>`…`<h6>` (as `/^<h[1-6][\s>]/i`, without a slice). */
function isHeadingTag(html: string, open: number): boolean {
  const h = html.charCodeAt(open + 1) | 0x20;
  const digit = html.charCodeAt(open + 2);
  const after = html.charCodeAt(open + 3);
  return h === 0x68 && digit >= 0x31 && digit <= 0x36 && (after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x0c);
}

export function pageForIndex(html: string): string {
  // Each ` id="…"` is looked at once, with the tag it is in (the last "<" before it, if no ">" comes
  // between): a regular expression trying a tag at every "<" took about 1.5 ms a page.
  return html.replace(/\sid="[^"]*"/g, (attribute: string, at: number) => {
    const open = html.lastIndexOf("<", at);
    const inTag = open >= 0 && html.indexOf(">", open) > at;
    return inTag && !isHeadingTag(html, open) ? "" : attribute;
  });
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

/**
 * The part of a document page Pagefind reads: its `<article>` (the filters, sort and meta, the title's
 * heading and the `data-pagefind-body` text all lie inside it), in a bare page. The site's header,
 * navigation, footer, `<head>` and the pager are furniture Pagefind would parse and drop: its bundle
 * is the same bytes without them (tests/emit/search-shards.test.ts), and there is less to send. A
 * page without one article is given whole.
 */
export function indexedRegion(html: string): string {
  const start = html.indexOf("<article");
  const end = html.lastIndexOf("</article>");
  if (start < 0 || end < start || html.indexOf("<article", start + 1) >= 0) return html;
  const lang = /^<!DOCTYPE html><html( lang="[^"]*")?>/i.exec(html)?.[1] ?? "";
  return `<!DOCTYPE html><html${lang}><body>${html.slice(start, end + "</article>".length)}</body></html>`;
}

/**
 * Pages sent to Pagefind before the answer for the first of them is awaited. Pagefind's service reads
 * its messages in order, one at a time, so the pages are indexed in the same order as one by one;
 * meanwhile Node reads and prepares the next pages instead of waiting for each answer.
 */
const PAGES_IN_FLIGHT = 16;

/** Every band's first page (src/lib/search.ts `SHARD_ORIGIN`): a full build and a patch (search-patch.ts) add it alike. */
export const addShardOrigin = (index: pagefind.PagefindIndex) =>
  index.addCustomRecord({ url: SHARD_ORIGIN.url, content: SHARD_ORIGIN.content, language: "en", sort: { date: SHARD_ORIGIN.sortKey } });

export async function indexShard(distDir: string, bundle: string, ids: readonly string[]): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: "en" });
  if (!created.index) throw new Error(`pagefind: could not create an index: ${created.errors.join("; ")}`);
  const { index } = created;
  const check = (what: string, errors: string[]) => {
    if (errors.length) throw new Error(`pagefind: ${what} failed: ${errors.join("; ")}`);
  };
  try {
    check("the shard origin record", (await addShardOrigin(index)).errors);
    const counts: FilterCounts = {};
    const failures: string[] = [];
    const inFlight: Promise<void>[] = [];
    for (const id of ids) {
      const path = join(distDir, id, "index.html");
      const html = readFileSync(path, "utf8");
      inFlight.push(
        index.addHTMLFile({ url: `/${id}/`, content: pageForIndex(indexedRegion(html)) }).then(
          ({ errors }) => void (errors.length && failures.push(`indexing ${path}: ${errors.join("; ")}`)),
          (error: Error) => void failures.push(`indexing ${path}: ${error.message}`),
        ),
      );
      for (const [name, value] of pageFilters(html)) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
    if (failures.length) throw new Error(`pagefind: ${failures.join("; ")}`);
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

/** A band for a serving process (search-index.ts `runBands`), and its answer. */
export interface BandJob {
  distDir: string;
  bundle: string;
  ids: string[];
}
export type BandAnswer = { ok: true; pages: number } | { ok: false; error: string };

/**
 * Builds the bands it is sent over IPC, one at a time, answering each, until the parent disconnects.
 * One process for many bands: each band still gets a Pagefind process of its own (closed after it),
 * but Node starts once per process instead of once per band (about half a CPU-second each).
 */
export function serveBands(): void {
  process.on("message", (job: BandJob) => {
    indexShard(job.distDir, job.bundle, job.ids).then(
      (pages) => process.send!({ ok: true, pages } satisfies BandAnswer),
      (error: Error) => process.send!({ ok: false, error: error.message } satisfies BandAnswer),
    );
  });
  process.on("disconnect", () => process.exit(process.exitCode ?? 0));
}

if (import.meta.main) serveBands();
