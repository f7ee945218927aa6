// sitemap.xml (https://www.sitemaps.org/protocol.html) of every page Astro built, written when the
// build is done: the page list comes from Astro itself, so a page type added later is listed without
// anyone remembering to. The one kind of page the pipeline writes after Astro (each resolution's,
// scripts/pipeline/emit/resolution-pages.ts) is added from the archive, for the documents this build
// renders (src/lib/page-selection.ts), as its route listed them before. Sorted by URL (byte order), no dates: two builds of the same sources give the
// same file. Over 50,000 URLs (the protocol's limit per file), sitemap.xml becomes an index of parts.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { entities } from "../lib/archive.ts";
import { rendersDocument } from "../lib/page-selection.ts";

/** The resolution pages of the documents this build renders (written by the pipeline, not by Astro). */
// Read through the pages' reader (src/lib/archive.ts), which keeps each file parsed for the whole
// process: the register routes have already parsed `resolutions.json` by the time the build is done.
export async function resolutionPagePaths(): Promise<string[]> {
  return (await entities("resolutions")).filter((r) => rendersDocument(r.document.id)).map((r) => r.url);
}

export const SITEMAP_LIMIT = 50_000;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Pages worth listing: HTML pages (directory URLs), not endpoints (record.json, feeds) and not the 404 page. */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const raw of pathnames) {
    const path = `/${raw.replace(/^\/+/, "")}`;
    if (/\.[a-z0-9]+$/i.test(path) || /^\/404\/?$/.test(path)) continue;
    paths.add(path.endsWith("/") ? path : `${path}/`);
  }
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const urlset = (urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>\n`).join("")}</urlset>\n`;

/**
 * A path the URL parser gives back as it is (letters, digits, `-_~.`, no `.` or `..` segment, a
 * directory): its absolute URL is the origin and the path. Every page of the site has one (slugs); a
 * sitemap of 80,000 pages is written and read again by each incremental build, and parsing each URL
 * was most of that (docs/performance.md, "round two, session 8: site files").
 */
const PLAIN_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;

/** `new URL(path, site).href`, without the parser for a plain path. */
export function absoluteUrl(site: URL, path: string): string {
  return PLAIN_PATH.test(path) ? `${site.origin}${path}` : new URL(path, site).href;
}

/** `new URL(href).pathname`, without the parser when `href` is the origin and a plain path. */
export function pathOf(site: URL, href: string): string {
  if (href.startsWith(site.origin)) {
    const path = href.slice(site.origin.length);
    if (PLAIN_PATH.test(path)) return path;
  }
  return new URL(href).pathname;
}

/** The files to write: `sitemap.xml` alone, or an index and its parts. */
export function sitemapFiles(site: URL, paths: readonly string[]): Map<string, string> {
  const urls = paths.map((p) => absoluteUrl(site, p));
  if (urls.length <= SITEMAP_LIMIT) return new Map([["sitemap.xml", urlset(urls)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let i = 0; i < urls.length; i += SITEMAP_LIMIT) {
    const name = `sitemap-${parts.length + 1}.xml`;
    files.set(name, urlset(urls.slice(i, i + SITEMAP_LIMIT)));
    parts.push(new URL(`/${name}`, site).href);
  }
  files.set(
    "sitemap.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>\n`).join("")}</sitemapindex>\n`,
  );
  return files;
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: "minutebook-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      "astro:build:done": async ({ pages, dir, logger }) => {
        if (!site) {
          logger.warn("no `site` configured: sitemap.xml not written");
          return;
        }
        const out = fileURLToPath(dir);
        mkdirSync(out, { recursive: true });
        for (const [name, xml] of sitemapFiles(site, sitemapPaths([...pages.map((p) => p.pathname), ...(await resolutionPagePaths())]))) writeFileSync(`${out}/${name}`, xml);
      },
    },
  };
}
