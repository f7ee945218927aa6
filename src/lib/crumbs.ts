// Breadcrumb trails: Home › Council › Committee › Document. The last crumb is the page itself.
import type { PublishedDocument } from "../schema/record.ts";
import { committeeUrl, councilUrl, RESERVED_SEGMENTS } from "./documents.ts";
import { documentTitle } from "./format.ts";

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  href?: string;
}

const HOME: Crumb = { label: "Home", href: "/" };

export function councilCrumbs(council: { name: string; slug: string }, current = true): Crumb[] {
  return [HOME, { label: council.name, href: current ? undefined : councilUrl(council.slug) }];
}

export function committeeCrumbs(
  council: { name: string; slug: string },
  committee: { name: string; slug: string },
  current = true,
): Crumb[] {
  return [
    ...councilCrumbs(council, false),
    { label: committee.name, href: current ? undefined : committeeUrl(council.slug, committee.slug) },
  ];
}

export function documentCrumbs(record: PublishedDocument): Crumb[] {
  // A council whose slug is reserved has no council or committee pages to link to.
  if (RESERVED_SEGMENTS.has(record.council.slug)) {
    return [HOME, { label: record.council.name }, { label: record.committee.name }, { label: documentTitle(record) }];
  }
  return [...committeeCrumbs(record.council, record.committee, false), { label: documentTitle(record) }];
}

export const pageCrumbs = (label: string): Crumb[] => [HOME, { label }];
