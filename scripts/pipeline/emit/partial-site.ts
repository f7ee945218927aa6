// Incremental builds, the site side: whether the last build's dist/ can be updated in place, and how
// the pages of a partial Astro build (src/lib/page-selection.ts) are folded into it. Astro has no
// incremental build of its own, so an incremental build renders the selected pages into a scratch
// folder; this stage copies them over, merges the sitemap (the partial build's lists only its own pages)
// and patches the URL manifest by rescanning only the pages it rendered.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { pathOf, sitemapFiles, sitemapPaths } from "../../../src/integrations/sitemap.ts";
import { buildManifest, rescanned, type UrlManifest } from "./url-manifest.ts";

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort();

const SITEMAP_FILE = /^sitemap(?:-\d+)?\.xml$/;

/** The page paths a built site's sitemap lists (`site`: the origin it was written for). */
function sitemapListed(dir: string, site: URL): string[] {
  if (!existsSync(join(dir, "sitemap.xml"))) return [];
  return readdirSync(dir)
    .filter((f) => SITEMAP_FILE.test(f))
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map((m) => pathOf(site, m[1]!.replace(/&amp;/g, "&"))));
}

function writeSitemap(dist: string, site: URL, paths: string[]): void {
  for (const [name, xml] of sitemapFiles(site, sitemapPaths(paths))) writeFileSync(join(dist, name), xml);
}

/**
 * Copies a partial build (scratch) over the full site (dist), except its sitemap, which is merged:
 * the pages already listed plus the pages rendered now. Returns the site-relative files written and the
 * documents (of `documents`) whose page came out different from the one it replaced.
 */
export function foldPartialBuild(scratch: string, dist: string, site: URL, documents: Iterable<string>): { files: string[]; changedDocuments: Set<string> } {
  const files = filesUnder(scratch).filter((f) => !SITEMAP_FILE.test(f));
  const changedDocuments = new Set<string>();
  for (const id of documents) {
    const page = join(scratch, id, "index.html");
    const before = join(dist, id, "index.html");
    if (existsSync(page) && (!existsSync(before) || !readFileSync(page).equals(readFileSync(before)))) changedDocuments.add(id);
  }
  const listed = sitemapListed(dist, site);
  for (const f of files) cpSync(join(scratch, f), join(dist, f));
  writeSitemap(dist, site, [...listed, ...sitemapListed(scratch, site)]);
  return { files, changedDocuments };
}

/**
 * Joins the parts of a build rendered in parallel into one site: each part's files move into dist
 * (pages both parts render, those across the archive, are the same bytes: the first is kept), and
 * the sitemap lists the pages of every part.
 */
export function joinParts(parts: readonly string[], dist: string, site: URL): void {
  const listed = parts.flatMap((part) => sitemapListed(part, site));
  for (const part of parts) {
    for (const f of filesUnder(part)) {
      if (SITEMAP_FILE.test(f)) continue;
      const to = join(dist, f);
      if (existsSync(to)) continue;
      mkdirSync(dirname(to), { recursive: true });
      renameSync(join(part, f), to);
    }
  }
  writeSitemap(dist, site, listed);
}

/** The last build's manifest with the pages and files of a partial build rescanned. */
export function patchManifest(previous: UrlManifest, dist: string, written: readonly string[], documents: ReadonlyMap<string, string>): UrlManifest {
  return buildManifest(rescanned(previous, dist, written), documents, previous.redirects, previous.withdrawn ?? []);
}
