// Orders and groups of documents: pure functions over document summaries (or the smaller references
// the archive keeps), shared by the pages (through src/lib/documents.ts) and the pipeline's open-data
// emit stage, which writes the committee and site feeds outside Astro. Orders are total (ties broken on
// the permanent id) so that two builds of the same sources give the same pages and files.
import { committeeOf, councilOf, type DocumentSummary } from "../schema/record.ts";

/** What ordering and grouping need of a document: a `DocumentSummary` or an archive `DocumentRef`. */
export type Listed = Pick<DocumentSummary, "id" | "date" | "year" | "council" | "committee">;

export interface CommitteeGroup<D extends Listed = DocumentSummary> {
  name: string;
  slug: string;
  /** False for the stand-in that groups documents whose committee is not stated (UNSTATED_COMMITTEE). */
  stated: boolean;
  council: { name: string; slug: string; stated: boolean };
  /** Site-relative URL with a trailing slash. */
  url: string;
  /** Newest first, undated last. */
  documents: D[];
}

export interface CouncilGroup<D extends Listed = DocumentSummary> {
  name: string;
  slug: string;
  /** False for the stand-in that groups documents whose council is not stated (UNSTATED_COUNCIL). */
  stated: boolean;
  url: string;
  /** By name. */
  committees: CommitteeGroup<D>[];
  /** Newest first, undated last. */
  documents: D[];
}

/**
 * URL segments that belong to the site itself; a council with one of these slugs would take over a
 * page of the site, so it gets no council page (its documents still have theirs).
 */
export const RESERVED_SEGMENTS = new Set(["search", "pagefind", "404", "_astro", "people", "topics", "resolutions", "actions", "councils"]);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sort key of a document's date: the ISO date, the year alone, or "" when undated. */
export const dateKey = (d: Pick<DocumentSummary, "date" | "year">): string =>
  d.date ?? (d.year ? String(d.year) : "");

/**
 * Newest first; within a year, documents with a full date come before one dated by its year alone;
 * undated documents last; ties by id.
 */
export function newestFirst(a: Listed, b: Listed): number {
  const ka = dateKey(a);
  const kb = dateKey(b);
  if (ka !== kb) {
    if (!ka) return 1;
    if (!kb) return -1;
    return byText(kb, ka);
  }
  return byText(a.id, b.id);
}

export const councilUrl = (slug: string) => `/${slug}/`;

/**
 * What a list of councils shows (CouncilList.astro): each council's name and link, its committees'
 * names, links and counts. A page's inputs for src/lib/page-selection.ts `rendersListing`.
 */
export const councilLinks = (councils: readonly CouncilGroup<Listed>[]) =>
  councils.map((c) => [c.slug, c.name, c.url, c.committees.map((m) => [m.name, m.url, m.documents.length])]);
export const committeeUrl = (councilSlug: string, slug: string) => `/${councilSlug}/${slug}/`;

/**
 * Councils by name, each with its committees by name; documents newest first everywhere. Documents that
 * do not state their council (or committee) are grouped under the stand-in (UNSTATED_*), listed last.
 */
export function groupByCouncil<D extends Listed>(documents: readonly D[]): CouncilGroup<D>[] {
  const councils = new Map<string, CouncilGroup<D>>();
  const committees = new Map<string, CommitteeGroup<D>>();
  for (const d of [...documents].sort(newestFirst)) {
    const of = councilOf(d);
    const body = committeeOf(d);
    let council = councils.get(of.slug);
    if (!council) {
      council = { name: of.name, slug: of.slug, stated: d.council !== null, url: councilUrl(of.slug), committees: [], documents: [] };
      councils.set(of.slug, council);
    }
    council.documents.push(d);
    const key = `${of.slug}/${body.slug}`;
    let committee = committees.get(key);
    if (!committee) {
      committee = {
        name: body.name,
        slug: body.slug,
        stated: d.committee !== null,
        council: { name: of.name, slug: of.slug, stated: d.council !== null },
        url: committeeUrl(of.slug, body.slug),
        documents: [],
      };
      committees.set(key, committee);
      council.committees.push(committee);
    }
    committee.documents.push(d);
  }
  const stand = (a: { stated: boolean }, b: { stated: boolean }) => Number(!a.stated) - Number(!b.stated);
  const groups = [...councils.values()].sort((a, b) => stand(a, b) || byText(a.name, b.name) || byText(a.slug, b.slug));
  for (const council of groups) council.committees.sort((a, b) => stand(a, b) || byText(a.name, b.name) || byText(a.slug, b.slug));
  return groups;
}

/** Councils that can have a page of their own (see RESERVED_SEGMENTS). */
export const withPages = <D extends Listed>(councils: CouncilGroup<D>[]): CouncilGroup<D>[] =>
  councils.filter((c) => !RESERVED_SEGMENTS.has(c.slug));

export interface Neighbours {
  earlier: DocumentSummary | null;
  later: DocumentSummary | null;
}

/**
 * Each dated document's previous and next document of the same committee; undated ones have none, nor
 * do those whose council or committee is not stated (the stand-in groups them, but they need not be one
 * committee's).
 */
export function committeeNeighbours(documents: DocumentSummary[]): Map<string, Neighbours> {
  const result = new Map<string, Neighbours>();
  for (const council of groupByCouncil(documents)) {
    if (!council.stated) continue;
    for (const committee of council.committees) {
      if (!committee.stated) continue;
      const dated = committee.documents.filter((d) => dateKey(d) !== "");
      dated.forEach((d, i) => result.set(d.id, { later: dated[i - 1] ?? null, earlier: dated[i + 1] ?? null }));
    }
  }
  return result;
}
