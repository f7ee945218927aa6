// Withdrawn documents, and the pages of the release that go with them. A document withdrawn by one
// line of `redirects.json` (`{ "/its/url/": { "withdrawn": "2026-11-30", "reason": "…", "replacedBy":
// "/…/" } }`) keeps every page it published: each says when and why it was withdrawn and links to what
// replaced it. People, committees, councils and topics whose pages vanish with it (no document names
// them any more) keep a page saying so. Pages that only list across the archive (registers by year or
// kind, a council's or committee's register, a topic's years) are navigation, not promises: when one
// empties, it redirects to the nearest page above it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { formatDate } from "../../../src/lib/format.ts";
import { escapeAttr, escapeText, linkHtml } from "../../../src/lib/html.ts";
import type { UrlManifest, Withdrawal } from "./url-manifest.ts";

export interface WithdrawnNotice {
  /** What the page was: one of the withdrawn document's own pages, or a person, committee, council or topic left without documents. */
  kind: "document" | "entity";
  /** The withdrawals that explain it (document URL → withdrawal), in URL order. */
  withdrawals: [string, Withdrawal][];
}

/** Pages that list across the archive: navigation, redirected upwards when they empty. */
const NAVIGATION = [
  /^\/resolutions\/(?:year|kind)\/[^/]+\/$/,
  /^\/[^/]+\/(?:[^/]+\/)?resolutions\/$/,
  /^\/actions\/.+\/$/,
  // A topic's year pages (src/lib/entity-lists.ts).
  /^\/topics\/[^/]+\/(?:\d{4}|undated)\/$/,
];
/** Pages of an entity that only documents can bring into being. */
const PERSON = /^\/people\/([^/]+)\/[^/]+\/$/;
const TOPIC = /^\/topics\/[^/]+\/$/;
const COUNCIL_OR_COMMITTEE = /^\/([^/]+)\/(?:[^/]+\/)?$/;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const isNavigation = (url: string): boolean => NAVIGATION.some((re) => re.test(url));

/**
 * The notice each released page gets when it is gone, not redirected, and explained by a withdrawal:
 * a page under a withdrawn document's URL, or a person's, committee's or council's page of the same
 * council as a withdrawn document (a person's id starts with their council), or a topic's page.
 */
export function withdrawnPages(
  released: UrlManifest | null,
  pages: Record<string, string[]>,
  redirects: Record<string, string>,
  withdrawals: Record<string, Withdrawal>,
): Map<string, WithdrawnNotice> {
  const notices = new Map<string, WithdrawnNotice>();
  const all = Object.entries(withdrawals).sort(([a], [b]) => byCodePoint(a, b));
  if (!all.length) return notices;
  for (const url of Object.keys(released?.pages ?? {})) {
    if (pages[url] || redirects[url] || !url.endsWith("/") || isNavigation(url)) continue;
    const own = all.filter(([document]) => url.startsWith(document));
    if (own.length) {
      notices.set(url, { kind: "document", withdrawals: own.slice(-1) });
      continue;
    }
    const council = PERSON.exec(url)?.[1] ?? (TOPIC.test(url) ? undefined : COUNCIL_OR_COMMITTEE.exec(url)?.[1]);
    const related = TOPIC.test(url) ? all : council ? all.filter(([document]) => document.startsWith(`/${council}/`)) : [];
    if (related.length) notices.set(url, { kind: "entity", withdrawals: related });
  }
  return notices;
}

/** Released navigation pages that are gone: each redirects to the nearest page above it that exists. */
export function navigationRedirects(
  released: UrlManifest | null,
  pages: Record<string, string[]>,
  redirects: Record<string, string>,
  notices: ReadonlyMap<string, WithdrawnNotice>,
): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const url of Object.keys(released?.pages ?? {})) {
    if (pages[url] || redirects[url] || notices.has(url) || !isNavigation(url)) continue;
    let up = url;
    do up = up.slice(0, up.slice(0, -1).lastIndexOf("/") + 1);
    while (up !== "/" && !pages[up] && !notices.has(up));
    extra[url] = up;
  }
  return extra;
}

// Every value here comes from `redirects.json` or a URL: text and attributes go through src/lib/html.ts,
// Astro's own escaping, so a reason is shown as written and is never markup.
const replacedBy = (w: Withdrawal): string => (w.replacedBy ? `It was replaced by ${linkHtml(w.replacedBy, w.replacedBy)}.` : "Nothing replaced it.");

function withdrawalLine([document, w]: [string, Withdrawal]): string {
  return `<code>${escapeText(document)}</code>, withdrawn on ${escapeText(formatDate(w.withdrawn))}: ${escapeText(w.reason)}. ${replacedBy(w)}`;
}

/**
 * The notice page, in the site's own frame: the built 404 page (its header, styles and footer) with
 * its title, canonical link and main content replaced. Marked `minutebook:withdrawn` so that the URL
 * manifest records it as a withdrawn page, not as a page with anchors.
 */
export function withdrawnPage(template: string, url: string, notice: WithdrawnNotice, site: URL): string {
  const [first] = notice.withdrawals;
  const main =
    notice.kind === "document"
      ? `<h1>Withdrawn</h1>
<p>The document this address belonged to was withdrawn from the archive on ${escapeText(formatDate(first![1].withdrawn))}.</p>
<p>Why: ${escapeText(first![1].reason)}.</p>
<p>${replacedBy(first![1])}</p>
<p>You can <a href="/">browse the councils and committees</a> or <a href="/search/">search the archive</a>.</p>`
      : `<h1>No longer in the archive</h1>
<p>This page listed what the archive held about its subject. Every document that did so has been withdrawn:</p>
<ul>
${notice.withdrawals.map((w) => `<li>${withdrawalLine(w)}</li>`).join("\n")}
</ul>
<p>You can <a href="/">browse the councils and committees</a> or <a href="/search/">search the archive</a>.</p>`;
  const canonical = new URL(url, site).href;
  return template
    // Replacer functions, not strings: a `$&` in a URL is text, not a replacement pattern.
    .replace(/<title>[^<]*<\/title>/, () => `<title>Withdrawn: ${escapeText(url)} · Minutebook</title>`)
    .replace(/<meta charset="utf-8">/, () => `<meta charset="utf-8"><meta name="minutebook:withdrawn" content="${escapeAttr(first![0])}"><meta name="robots" content="noindex">`)
    .replace(/<link rel="canonical" href="[^"]*">/, () => `<link rel="canonical" href="${escapeAttr(canonical)}">`)
    .replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, open: string) => `${open}${main}</main>`);
}

/** Writes each notice page into the built site, framed by its 404 page. */
/** Writes each notice as the page at its URL; returns the site-relative paths written. */
export function writeWithdrawnPages(distDir: string, notices: ReadonlyMap<string, WithdrawnNotice>, site: URL): string[] {
  if (!notices.size) return [];
  const template = readFileSync(join(distDir, "404.html"), "utf8");
  const written: string[] = [];
  for (const [url, notice] of notices) {
    const segments = url.split("/").filter(Boolean);
    mkdirSync(join(distDir, ...segments), { recursive: true });
    writeFileSync(join(distDir, ...segments, "index.html"), withdrawnPage(template, url, notice, site));
    written.push([...segments, "index.html"].join(sep));
  }
  return written;
}
