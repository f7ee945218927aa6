// The register of decisions and its facets (council, committee, year, kind): grouped once per build
// from the resolutions collection, so each static facet page only reads its own group.
import type { ResolutionEntity } from "../schema/archive.ts";
import { committeeOf, councilOf, type ResolutionKind } from "../schema/record.ts";
import { entities } from "./archive.ts";
import { RESERVED_SEGMENTS } from "./documents.ts";
import { resolutionLabel } from "./format.ts";

export interface Facet {
  key: string;
  label: string;
  url: string;
  resolutions: ResolutionEntity[];
}

export interface Register {
  all: ResolutionEntity[];
  kinds: Facet[];
  years: Facet[];
  councils: Facet[];
  committees: (Facet & { council: string })[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const yearOf = (r: ResolutionEntity) => r.document.date?.slice(0, 4) ?? (r.document.year ? String(r.document.year) : null);

let cache: Promise<Register> | undefined;

/**
 * What every register page shows of the register besides its own resolutions: each facet's link
 * (RegisterFacets.astro). Part of each register page's inputs (src/lib/page-selection.ts). The counts
 * are not: only the register's front page shows them (`facetCounts`), so that a new resolution changes
 * its own facets' pages and the front page, not every page of the register (issue 15).
 */
export const facetLinks = (reg: Register): [string, string][][] =>
  [reg.kinds, reg.years, reg.councils, reg.committees].map((facets) => facets.map((f) => [f.url, f.label]));

/** How many resolutions each facet has, in `facetLinks`' order: what the register's front page adds. */
export const facetCounts = (reg: Register): number[][] =>
  [reg.kinds, reg.years, reg.councils, reg.committees].map((facets) => facets.map((f) => f.resolutions.length));

export function register(): Promise<Register> {
  cache ??= entities("resolutions").then((all) => {
    const group = (key: (r: ResolutionEntity) => string | null, make: (k: string, r: ResolutionEntity) => Omit<Facet, "resolutions" | "key">) => {
      const map = new Map<string, Facet>();
      for (const r of all) {
        const k = key(r);
        if (k === null) continue;
        let f = map.get(k);
        if (!f) map.set(k, (f = { key: k, ...make(k, r), resolutions: [] }));
        f.resolutions.push(r);
      }
      return [...map.values()];
    };
    const kinds = group((r) => r.kind, (k) => ({ label: resolutionLabel(k as ResolutionKind), url: `/resolutions/kind/${k}/` })).sort((a, b) => compare(a.key, b.key));
    const years = group(yearOf, (k) => ({ label: k, url: `/resolutions/year/${k}/` })).sort((a, b) => compare(b.key, a.key));
    const councils = group((r) => (RESERVED_SEGMENTS.has(councilOf(r.document).slug) ? null : councilOf(r.document).slug), (k, r) => ({ label: councilOf(r.document).name, url: `/${k}/resolutions/` })).sort((a, b) => compare(a.label, b.label));
    const committees = group(
      (r) => (RESERVED_SEGMENTS.has(councilOf(r.document).slug) ? null : `${councilOf(r.document).slug}/${committeeOf(r.document).slug}`),
      (k, r) => ({ label: committeeOf(r.document).name, url: `/${k}/resolutions/`, council: councilOf(r.document).slug }),
    ).sort((a, b) => compare(a.label, b.label)) as Register["committees"];
    return { all, kinds, years, councils, committees };
  });
  return cache;
}
