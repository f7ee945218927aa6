// Emit stage, resolution pages: each resolution at its permanent URL, <document URL>resolutions/<slug>/,
// written by the pipeline instead of an Astro route. They are most of the site's pages (about five per
// document, 54,000 of 79,000 at 10,000 documents) and nearly all data: rendered by Astro each cost a
// full route render (docs/performance.md, "round two"); here each is a few string joins.
//
// The page is framed by the built 404 page, as the withdrawn notices are (emit/withdrawn.ts): its head,
// header, styles and footer are the site's own, whatever the layout becomes; this stage replaces the
// title, description, canonical link, the header's current section, the breadcrumbs and the main
// content. What a resolution page shows is what the Astro page showed, byte for byte (the sample was
// compared when it moved): its full text, kind, document, committee, council, date, item, the link to
// the resolution in place with its source lines, its topics, its permanent link and its JSON.
// Every value from a record goes through `text` or `attr` (src/lib/html.ts), Astro's own escaping, so
// that nothing in a source document is ever markup.
//
// There are five of these pages a document, so their frame is trimmed to what a reader needs to find
// their way (docs/performance.md, "Round two, session 5"): the header (skip link, site name, search
// box, sections) and the breadcrumbs stay; the footer and the feed link go (both are on every other
// page of the site). The search box stays as its `#header-search` is an anchor of every published URL
// (content/sources/published-urls.json). Links within the archive are relative where that is
// shorter (`../../#item-7-r1` for the document's own URL and anchors): a reader's browser resolves them
// to the same permanent URLs, the permanent link itself is still shown in full.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolutionCrumbs } from "../../../src/lib/entity-crumbs.ts";
import type { Crumb } from "../../../src/lib/crumbs.ts";
import { documentTitle, formatWhen, itemName, itemNameWithTitle, resolutionLabel } from "../../../src/lib/format.ts";
import { escapeAttr, escapeText, linkHtml } from "../../../src/lib/html.ts";
import { shortHref } from "../../../src/lib/href.ts";
import { markCurrent, SITE_SECTIONS } from "../../../src/lib/site-nav.ts";
import { voteRecordHtml } from "../../../src/lib/votes.ts";
import { councilOf } from "../../../src/schema/record.ts";
import type { ResolutionEntity, TopicSummary } from "../../../src/schema/archive.ts";
import { ARCHIVE_FILES, ARCHIVE_FOLDER } from "./archive.ts";
import { resolutionsOf } from "./archive-slices.ts";

const text = escapeText;
const attr = escapeAttr;

/** The breadcrumb list, as src/components/Breadcrumbs.astro renders it. */
function crumbsHtml(crumbs: readonly Crumb[], from: string): string {
  const items = crumbs.map((c, i) =>
    i === crumbs.length - 1 || !c.href
      ? `<li><span${i === crumbs.length - 1 ? ' aria-current="page"' : ""}>${text(c.label)}</span></li>`
      : `<li>${linkHtml(shortHref(from, c.href), c.label)}</li>`,
  );
  return `<ol>${items.join("")}</ol>`;
}

/** The header's sections with the page's own marked, as src/components/SiteNav.astro renders them. */
function siteNavHtml(pathname: string): string {
  const items = markCurrent(SITE_SECTIONS, pathname).map(
    (l) => `<li><a href="${attr(l.href)}"${l.current ? ` aria-current="${l.current}"` : ""}>${text(l.label)}</a></li>`,
  );
  return `<ul>${items.join("")}</ul>`;
}

const UNSTATED = "Not stated in the document";

/** The page's main content. */
export function resolutionMain(r: ResolutionEntity, topicNames: ReadonlyMap<string, string>): string {
  const kind = resolutionLabel(r.kind);
  const d = r.document;
  const link = (href: string, label: string) => linkHtml(shortHref(r.url, href), label);
  const heading = `${kind}${r.marker ? ` ${r.marker}` : ""}: ${r.item ? itemNameWithTitle(r.item, ", ") : documentTitle(d)}`;
  const facts = [
    ["Kind", link(`/resolutions/kind/${r.kind}/`, kind)],
    ["Document", link(d.url, documentTitle(d))],
    // A document that does not state them (the record's field is null) says so; its URLs use the stand-in.
    ["Committee", d.committee ? link(`/${councilOf(d).slug}/${d.committee.slug}/`, d.committee.name) : text(UNSTATED)],
    ["Council", d.council ? link(`/${d.council.slug}/`, d.council.name) : text(UNSTATED)],
    ["Date", text(formatWhen(d))],
    ...(r.item ? [["Item", `${link(r.item.href, `${r.item.number} ${r.item.title}`)} (the discussion)`]] : []),
    ["In the document", `${link(r.href, "This resolution in place")} (source lines ${r.lines[0]}–${r.lines[1]})`],
    ...(r.topics.length ? [["Topics", r.topics.map((slug) => link(`/topics/${slug}/`, topicNames.get(slug) ?? slug)).join(", ")]] : []),
    ["Permanent link", linkHtml(r.url, r.url)],
  ];
  return (
    `<article class="entity resolution-page"><h1>${text(heading)}</h1>` +
    `<blockquote class="resolution-box resolution-${attr(r.kind)}"><p>${text(r.text)}</p></blockquote>` +
    `<dl class="facts">${facts.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join("")}</dl>` +
    (r.votes && r.votes.length > 0 ? voteRecordHtml(r.votes, "votes", 2) : "") +
    `<p class="open-data">${link(`${r.url}resolution.json`, "This resolution as open data (JSON)")}</p></article>`
  );
}

/** A resolution's page in the site's frame (`template`: the built 404 page). */
export function resolutionPage(template: string, r: ResolutionEntity, topicNames: ReadonlyMap<string, string>): string {
  const label = `${resolutionLabel(r.kind)}${r.marker ? ` ${r.marker}` : ""}, ${r.item ? itemName(r.item) : "the document"}`;
  const title = `${label} — ${documentTitle(r.document)}`;
  let page = template;
  const swap = (pattern: RegExp, by: (match: string, ...groups: string[]) => string) => {
    if (!pattern.test(page)) throw new Error(`resolution pages: the 404 page has no ${pattern} to frame them with`);
    page = page.replace(pattern, by);
  };
  swap(/<title>[^<]*<\/title>/, () => `<title>${text(title)} · Minutebook</title>`);
  swap(/<meta name="description" content="[^"]*">/, () => `<meta name="description" content="${attr(r.text.slice(0, 200))}">`);
  // Only present when the site has a public origin (src/lib/site.ts): the page's own address then.
  if (/<link rel="canonical" href="[^"]*">/.test(page)) {
    page = page.replace(/<link rel="canonical" href="([^"]*)">/, (_, href: string) => `<link rel="canonical" href="${attr(new URL(r.url, href).href)}">`);
  }
  swap(/(<nav class="site-nav" aria-label="Sections">)<ul>[\s\S]*?<\/ul>/, (_, open) => `${open}${siteNavHtml(r.url)}`);
  swap(/(<nav class="breadcrumbs" aria-label="Breadcrumb">)<ol>[\s\S]*?<\/ol>/, (_, open) => `${open}${crumbsHtml(resolutionCrumbs(r.document, label), r.url)}`);
  swap(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, open) => `${open}${resolutionMain(r, topicNames)}</main>`);
  // The trimmed frame (see the top of this file): each part must be there to be taken out, so that a
  // change to the layout is noticed here rather than leaving a page half-framed.
  swap(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/, () => "");
  swap(/<footer class="site-footer">[\s\S]*?<\/footer>/, () => "");
  return page;
}

/**
 * `resolutionPage` with the template cut once at the places it fills in: the same bytes for every
 * resolution (tests/emit/resolution-pages.test.ts), without eight regular expressions run over the
 * whole frame per page (most of the resolution pages' time: 52,000 pages at 10,000 documents). Each
 * place is found in the template itself, as `resolutionPage` finds it in the page: what it puts in a
 * place before (text, attributes and the nav's and breadcrumbs' lists, all escaped) holds none of the
 * tags a later place opens with, so every pattern matches where it matched in the template.
 */
export function resolutionFrame(template: string, topicNames: ReadonlyMap<string, string>): (r: ResolutionEntity) => string {
  if (template.includes("\u0000")) return (r) => resolutionPage(template, r, topicNames);
  const slot = (name: string) => `\u0000${name}\u0000`;
  let canonicalBase: string | null = null;
  let page = template;
  const swap = (pattern: RegExp, by: (match: string, ...groups: string[]) => string) => {
    if (!pattern.test(page)) throw new Error(`resolution pages: the 404 page has no ${pattern} to frame them with`);
    page = page.replace(pattern, by);
  };
  swap(/<title>[^<]*<\/title>/, () => `<title>${slot("title")} · Minutebook</title>`);
  swap(/<meta name="description" content="[^"]*">/, () => `<meta name="description" content="${slot("description")}">`);
  if (/<link rel="canonical" href="[^"]*">/.test(page)) {
    page = page.replace(/<link rel="canonical" href="([^"]*)">/, (_, href: string) => {
      canonicalBase = href;
      return `<link rel="canonical" href="${slot("canonical")}">`;
    });
  }
  swap(/(<nav class="site-nav" aria-label="Sections">)<ul>[\s\S]*?<\/ul>/, (_, open) => `${open}${slot("nav")}`);
  swap(/(<nav class="breadcrumbs" aria-label="Breadcrumb">)<ol>[\s\S]*?<\/ol>/, (_, open) => `${open}${slot("crumbs")}`);
  swap(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, open) => `${open}${slot("main")}</main>`);
  swap(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/, () => "");
  swap(/<footer class="site-footer">[\s\S]*?<\/footer>/, () => "");
  // Static text and place names alternate: [text, name, text, name, …, text].
  const parts = page.split("\u0000");
  return (r) => {
    const label = `${resolutionLabel(r.kind)}${r.marker ? ` ${r.marker}` : ""}, ${r.item ? itemName(r.item) : "the document"}`;
    const values: Record<string, () => string> = {
      title: () => text(`${label} — ${documentTitle(r.document)}`),
      description: () => attr(r.text.slice(0, 200)),
      canonical: () => attr(new URL(r.url, canonicalBase!).href),
      nav: () => siteNavHtml(r.url),
      crumbs: () => crumbsHtml(resolutionCrumbs(r.document, label), r.url),
      main: () => resolutionMain(r, topicNames),
    };
    let out = "";
    for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : values[parts[i]!]!();
    return out;
  };
}

const readKind = <T>(collectionDir: string, kind: keyof typeof ARCHIVE_FILES): T[] => {
  const path = join(collectionDir, ARCHIVE_FOLDER, ARCHIVE_FILES[kind]);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : [];
};

/**
 * Writes the page of every resolution (of the chosen documents only, given `documents`) into the built
 * site, framed by its 404 page; returns the site-relative paths written.
 */
export function writeResolutionPages(collectionDir: string, distDir: string, documents?: ReadonlySet<string>, onPage?: (path: string, html: Buffer) => void): string[] {
  // Those of chosen documents are found in the file's bytes, not parsed with all the others (emit/archive-slices.ts).
  const resolutions = documents ? resolutionsOf<ResolutionEntity>(collectionDir, documents) : readKind<ResolutionEntity>(collectionDir, "resolutions");
  if (!resolutions.length) return [];
  const template = readFileSync(join(distDir, "404.html"), "utf8");
  const topicNames = new Map(readKind<TopicSummary>(collectionDir, "topics").map((t) => [t.id, t.name]));
  const paths: string[] = [];
  const frame = resolutionFrame(template, topicNames);
  for (const r of resolutions) {
    const path = `${r.url.replace(/^\/+/, "")}index.html`;
    const dir = join(distDir, r.url);
    mkdirSync(dir, { recursive: true });
    const html = Buffer.from(frame(r));
    writeFileSync(join(dir, "index.html"), html);
    onPage?.(path, html);
    paths.push(path);
  }
  return paths;
}
