// Breadcrumb trails: Home › Council › Committee › Document. The last crumb is the page itself.
import { committeeOf, councilOf, type PublishedDocument } from "../schema/record.ts";
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
  // A council or committee the document does not state: the stand-in's name and pages (UNSTATED_*).
  const council = councilOf(record);
  const committee = committeeOf(record);
  if (RESERVED_SEGMENTS.has(council.slug)) {
    return [HOME, { label: council.name }, { label: committee.name }, { label: documentTitle(record) }];
  }
  return [...committeeCrumbs(council, committee, false), { label: documentTitle(record) }];
}

export const pageCrumbs = (label: string): Crumb[] => [HOME, { label }];
