// The promise that published URLs keep working. Each build writes a manifest of every URL it publishes
// (pages with their #anchors, and files such as record.json), the source → document id map, and the
// redirects it emitted. `npm run release` keeps that manifest in the repository as the last release's.
// The next build compares against it and fails, naming each URL, when one would disappear without a
// redirect or an #anchor would vanish from its page.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { z } from "astro/zod";
import { escapeAttr, escapeText } from "../../../src/lib/html.ts";
import { serialiseJsonLd } from "../../../src/lib/json-ld.ts";

export const UrlManifest = z.object({
  /** Source path → id of the document it was published as. */
  documents: z.record(z.string(), z.string()),
  /** Page URL → the element ids (anchors) on it, sorted. */
  pages: z.record(z.string(), z.array(z.string())),
  /** Other published files (open-data JSON, original texts). */
  files: z.array(z.string()),
  /** Old URL → the URL it now redirects to. */
  redirects: z.record(z.string(), z.string()),
  /**
   * Published pages that now say "withdrawn" (a withdrawn document's pages, and people, committees,
   * councils or topics left with no document): they keep their URL but promise no #anchors, and the
   * files published beside them lead to them. Absent when there are none.
   */
  withdrawn: z.array(z.string()).optional(),
});
export type UrlManifest = z.infer<typeof UrlManifest>;

/** A withdrawn document: when, why, and what replaced it (a site path), if anything. */
export const Withdrawal = z.object({
  withdrawn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date, YYYY-MM-DD"),
  reason: z.string().min(1),
  replacedBy: z.string().regex(/^\//).nullable().optional(),
});
export type Withdrawal = z.infer<typeof Withdrawal>;

/**
 * Hand-written lines beside the sources (`redirects.json`): a document merged or moved redirects,
 * `{ "/old/url/": "/new/url/" }`; a document withdrawn leaves a page saying so,
 * `{ "/old/url/": { "withdrawn": "2026-11-30", "reason": "…", "replacedBy": "/new/url/" } }`.
 */
export const RedirectsFile = z.record(z.string().regex(/^\//), z.union([z.string().regex(/^\//), Withdrawal]));

/** Paths that are build machinery, not promised URLs (hashed assets, the search index, reports). */
const UNPROMISED = [/^\/_astro\//, /^\/pagefind\//, /^\/search\/(?:shard-\d+\/|shards\.json$)/, /^\/build-report\.json$/, /^\/url-manifest\.json$/, /^\/_redirects$/];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedRecord = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => byCodePoint(a, b)));

export function readManifest(path: string): UrlManifest | null {
  if (!existsSync(path)) return null;
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  // Checked by hand first: the schema's parse of a 10,000-document site's manifest (about 55 MB, an
  // array per page) took seconds of every rebuild. The schema still reports what is wrong with one
  // that is not a manifest.
  const fast = asManifest(raw);
  if (fast) return fast;
  const parsed = UrlManifest.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a URL manifest (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")})`);
  return parsed.data;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const allStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const recordOf = (value: unknown, each: (v: unknown) => boolean) => isObject(value) && Object.values(value).every(each);

/**
 * `UrlManifest.parse(raw)` when `raw` is a manifest (the same value: the schema's keys only, in its
 * order, `withdrawn` only when present), else null. Values come from `JSON.parse`, so they are plain
 * and the manifest's own objects can be kept.
 */
export function asManifest(raw: unknown): UrlManifest | null {
  if (!isObject(raw)) return null;
  const { documents, pages, files, redirects, withdrawn } = raw;
  if (!recordOf(documents, (v) => typeof v === "string") || !recordOf(pages, allStrings) || !allStrings(files) || !recordOf(redirects, (v) => typeof v === "string")) return null;
  if (withdrawn !== undefined && !allStrings(withdrawn)) return null;
  return {
    documents: documents as Record<string, string>,
    pages: pages as Record<string, string[]>,
    files,
    redirects: redirects as Record<string, string>,
    ...(withdrawn !== undefined ? { withdrawn } : {}),
  };
}

function readRedirectsFile(path: string): z.infer<typeof RedirectsFile> {
  if (!existsSync(path)) return {};
  const parsed = RedirectsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `${path}: each entry must map an old URL path to a new one, both starting with "/", or to a withdrawal ` +
        `{ "withdrawn": "YYYY-MM-DD", "reason": "…", "replacedBy": "/new/url/" } (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")})`,
    );
  }
  return parsed.data;
}

/** The redirects of `redirects.json` (old URL → new URL). */
export function readRedirects(path: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readRedirectsFile(path)).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The withdrawals of `redirects.json` (document URL → when, why, what replaced it). */
export function readWithdrawals(path: string): Record<string, Withdrawal> {
  return Object.fromEntries(Object.entries(readRedirectsFile(path)).filter((e): e is [string, Withdrawal] => typeof e[1] !== "string"));
}

/**
 * Scan a built site for its pages, their anchors, and its other files. `known`: pages this process
 * wrote, by site-relative path, with what `knownPage` found in their HTML as it was written — not read
 * again (the resolution pages are two thirds of the pages at 10,000 documents).
 */
export function scanSite(distDir: string, known?: ReadonlyMap<string, PageEntry | null>): SiteScan {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)));
  return scanFiles(distDir, files, known);
}

/** A page of the manifest: its URL and its anchors. */
export type PageEntry = [url: string, anchors: string[]];

/** What the scan records of the HTML page at `rel` (site-relative): null for a redirect or withdrawn notice. */
export function knownPage(rel: string, html: Buffer): PageEntry | null {
  if (html.includes('name="minutebook:redirect"') || html.includes('name="minutebook:withdrawn"')) return null;
  return [siteUrlOf(rel).replace(/index\.html$/, ""), compactLineAnchors(idsOf(html)).sort(byCodePoint)];
}

/** The same for some of its files (site-relative paths): an incremental build rescans only what it wrote. */
function scanPages(distDir: string, relativePaths: readonly string[]): SiteScan {
  return scanFiles(distDir, relativePaths.filter((rel) => statSync(join(distDir, rel), { throwIfNoEntry: false })?.isFile()));
}

/**
 * `scan` after the files at `relativePaths` were written again: their pages and files as they are now
 * (a page overwritten by a redirect or a withdrawal notice leaves the pages; a new file joins).
 */
export function rescanned(scan: SiteScan, distDir: string, relativePaths: readonly string[]): SiteScan {
  const pages = new Map(Object.entries(scan.pages));
  const files = new Set(scan.files);
  for (const rel of relativePaths) {
    const url = siteUrlOf(rel);
    pages.delete(url.replace(/index\.html$/, ""));
    files.delete(url);
  }
  const again = scanPages(distDir, relativePaths);
  for (const [url, anchors] of Object.entries(again.pages)) pages.set(url, anchors);
  for (const file of again.files) files.add(file);
  return { pages: sortedRecord([...pages]), files: [...files].sort(byCodePoint) };
}

export interface SiteScan {
  /** Page URL → its #anchors (line anchors as ranges). */
  pages: Record<string, string[]>;
  /** Every other promised file's URL. */
  files: string[];
}

const siteUrlOf = (rel: string) => "/" + rel.split(sep).join("/");

/** Files known to exist, site-relative: pages with their anchors, and the other files. */
function scanFiles(distDir: string, relativePaths: readonly string[], known?: ReadonlyMap<string, PageEntry | null>): SiteScan {
  const pages: [string, string[]][] = [];
  const files: string[] = [];
  for (const rel of relativePaths) {
    const url = siteUrlOf(rel);
    if (UNPROMISED.some((re) => re.test(url))) continue;
    if (rel.endsWith(".html")) {
      const entry = known?.has(rel) ? known.get(rel)! : knownPage(rel, readFileSync(join(distDir, rel)));
      if (entry) pages.push(entry);
    } else {
      files.push(url);
    }
  }
  return { pages: sortedRecord(pages), files: files.sort(byCodePoint) };
}

/** The bytes of HTML's white space (space, tab, line feed, form feed, carriage return). */
const ASCII_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);
const ID_OPENING = Buffer.from('id="');
const QUOTE = 0x22;

/**
 * The distinct values of the page's `id="…"` attributes (after white space), in order. Searched in the
 * page's bytes and only the ids decoded: a whole-site scan reads every page, and decoding each whole
 * page and matching a global regular expression (a match object per source-view line) made most of
 * its time and garbage.
 */
function idsOf(html: Buffer): string[] {
  const ids = new Set<string>();
  for (let at = html.indexOf(ID_OPENING, 1); at !== -1; at = html.indexOf(ID_OPENING, at)) {
    if (!ASCII_WHITESPACE.has(html[at - 1]!)) {
      at += 1;
      continue;
    }
    const start = at + ID_OPENING.length;
    const end = html.indexOf(QUOTE, start);
    if (end === -1) break;
    if (end > start) ids.add(html.toString("utf8", start, end));
    at = end + 1;
  }
  return [...ids];
}

const LINE_ANCHOR = /^L(\d+)$/;
const LINE_RANGE = /^L1-L(\d+)$/;

/**
 * A source view has one anchor per line (`#L1` … `#L40000`); the manifest records them as one range
 * (`L1-L40000`) so that it grows with the number of pages, not of lines. Gaps are kept one by one.
 */
export function compactLineAnchors(anchors: string[]): string[] {
  const lines = new Set<number>();
  const others: string[] = [];
  for (const a of anchors) {
    const m = LINE_ANCHOR.exec(a);
    if (m) lines.add(Number(m[1]));
    else others.push(a);
  }
  let run = 0;
  while (lines.has(run + 1)) run++;
  const rest = [...lines].filter((n) => n > run).map((n) => `L${n}`);
  return [...others, ...(run > 0 ? [`L1-L${run}`] : []), ...rest];
}

/** Whether a page's anchors include `anchor`, reading line ranges as the lines they stand for. */
function hasAnchor(have: Set<string>, anchor: string): boolean {
  if (have.has(anchor)) return true;
  const wanted = LINE_RANGE.exec(anchor) ?? LINE_ANCHOR.exec(anchor);
  if (!wanted) return false;
  const last = Number(wanted[1]);
  return [...have].some((a) => {
    const range = LINE_RANGE.exec(a);
    return range !== null && Number(range[1]) >= last;
  });
}

/**
 * A static redirect page: works on any host, keeps #anchors (the browser carries them across a refresh).
 * The target is escaped as Astro escapes (src/lib/html.ts) where it is an attribute and where it is
 * text, and written into the script as JSON with `<` escaped, so that no target can close the element.
 */
export function redirectPage(to: string): string {
  const href = escapeAttr(to);
  const text = escapeText(to);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="minutebook:redirect" content="${href}">
<title>Moved to ${text}</title>
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
</head>
<body>
<main><p>This page has moved to <a href="${href}">${text}</a>.</p></main>
<script>location.replace(${serialiseJsonLd(to)} + location.hash)</script>
</body>
</html>
`;
}

/**
 * Write redirect pages and a `_redirects` file (Netlify/Cloudflare style) into the built site. The files
 * once published beside a withdrawn page (its record.json, its original text) lead to that page.
 */
export function writeRedirects(distDir: string, redirects: Record<string, string>, withdrawn: readonly string[] = []): string[] {
  const lines: string[] = [];
  const written: string[] = [];
  for (const [from, to] of Object.entries(redirects).sort(([a], [b]) => byCodePoint(a, b))) {
    const path = join(distDir, ...from.split("/").filter(Boolean), "index.html");
    if (existsSync(path) && !readFileSync(path, "utf8").includes('name="minutebook:redirect"')) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, redirectPage(to));
    written.push(relative(distDir, path));
    // The splat carries the files beside a moved page (record.json, the original text) along with it.
    lines.push(`${from} ${to} 301`, `${from}* ${to}:splat 301`);
  }
  for (const page of [...withdrawn].sort(byCodePoint)) lines.push(`${page}* ${page} 301`);
  writeFileSync(join(distDir, "_redirects"), lines.length ? `${lines.join("\n")}\n` : "");
  return [...written, "_redirects"];
}

/** Redirects owed by this build: documents whose id changed since the release, plus hand-written ones. */
export function redirectsFor(
  released: UrlManifest | null,
  documents: ReadonlyMap<string, string>,
  manual: Record<string, string>,
): Record<string, string> {
  const redirects: Record<string, string> = { ...(released?.redirects ?? {}) };
  for (const [path, oldId] of Object.entries(released?.documents ?? {})) {
    const newId = documents.get(path);
    if (newId && newId !== oldId) redirects[`/${oldId}/`] = `/${newId}/`;
  }
  Object.assign(redirects, manual);
  // Follow chains (a → b, b → c) so that every redirect lands on a page in one hop.
  for (const from of Object.keys(redirects)) {
    const seen = new Set([from]);
    let to = redirects[from]!;
    while (redirects[to] && !seen.has(to)) {
      seen.add(to);
      to = redirects[to]!;
    }
    redirects[from] = to;
  }
  return redirects;
}

/**
 * Redirects for listing pages that vanish with their documents: when every document published under
 * a released page (a committee's, a council's) now lives under one other page of the same depth, the
 * old page redirects there. A committee renamed in the metadata keeps its old page working this way.
 */
export function ancestorRedirects(
  released: UrlManifest | null,
  pages: Record<string, string[]>,
  redirects: Record<string, string>,
): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const url of Object.keys(released?.pages ?? {})) {
    if (pages[url] || redirects[url] || !url.endsWith("/")) continue;
    const depth = url.split("/").length;
    const targets = new Set(
      Object.entries(redirects)
        .filter(([from]) => from.startsWith(url) && from !== url)
        .map(([, to]) => to.split("/").slice(0, depth - 1).join("/") + "/"),
    );
    const [only] = targets;
    if (targets.size === 1 && only && pages[only]) extra[url] = only;
  }
  return extra;
}

export function buildManifest(
  { pages, files }: SiteScan,
  documents: ReadonlyMap<string, string>,
  redirects: Record<string, string>,
  withdrawn: readonly string[] = [],
): UrlManifest {
  return {
    documents: sortedRecord([...documents.entries()]),
    pages,
    files,
    redirects: sortedRecord(Object.entries(redirects)),
    ...(withdrawn.length ? { withdrawn: [...withdrawn].sort(byCodePoint) } : {}),
  };
}

/**
 * Which #anchors are promises: those of a document's pages (its items, paragraphs and resolutions, its
 * source view's lines, its resolutions' pages). Anchors of pages that list across the archive (a
 * topic's `#year-2019`, the people index's `#council-…`) are navigation: they come and go with what
 * the archive holds.
 */
export function anchorsPromised(released: UrlManifest, url: string): boolean {
  return Object.values(released.documents).some((id) => url.startsWith(`/${id}/`));
}

/** Every way the new build would break a URL or an #anchor of the released one. */
export function brokenPromises(released: UrlManifest, current: UrlManifest): string[] {
  const problems: string[] = [];
  const files = new Set(current.files);
  const withdrawn = new Set(current.withdrawn ?? []);
  for (const [url, anchors] of Object.entries(released.pages)) {
    // A withdrawn page keeps its URL, saying so; the anchors went with the words.
    if (withdrawn.has(url)) continue;
    const target = current.pages[url] ? url : current.redirects[url];
    if (target && withdrawn.has(target)) continue;
    const page = target ? current.pages[target] : undefined;
    if (!page) {
      problems.push(`${url} was published and would disappear without a redirect (add one to redirects.json)`);
      continue;
    }
    const have = new Set(page);
    const lost = anchorsPromised(released, url) ? anchors.filter((a) => !hasAnchor(have, a)) : [];
    if (lost.length) problems.push(`${url}: anchor(s) ${lost.map((a) => `#${a}`).join(", ")} would disappear from ${target}`);
  }
  for (const file of released.files) {
    if (files.has(file)) continue;
    const folder = file.slice(0, file.lastIndexOf("/") + 1);
    // The files beside a withdrawn page lead to it (`_redirects`).
    if (withdrawn.has(folder)) continue;
    const movedTo = current.redirects[folder];
    if (movedTo && files.has(movedTo + file.slice(folder.length))) continue;
    problems.push(`${file} was published and would disappear`);
  }
  return problems;
}
