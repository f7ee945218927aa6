// Breadcrumb trails of the archive's entity pages: people, topics, resolutions, the registers.
import type { DocumentRef } from "../schema/archive.ts";
import { committeeOf, councilOf } from "../schema/record.ts";
import { documentTitle } from "./format.ts";
import type { Crumb } from "./crumbs.ts";
import { RESERVED_SEGMENTS } from "./document-groups.ts";

const HOME: Crumb = { label: "Home", href: "/" };

export const sectionCrumbs = (label: string, href: string, current?: string): Crumb[] =>
  current === undefined ? [HOME, { label }] : [HOME, { label, href }, { label: current }];

/** Home › Council › Committee › Document › Resolutions › <label>. */
export function resolutionCrumbs(document: DocumentRef, label: string): Crumb[] {
  const trail: Crumb[] = [HOME];
  const council = councilOf(document);
  const committee = committeeOf(document);
  const reserved = RESERVED_SEGMENTS.has(council.slug);
  trail.push({ label: council.name, href: reserved ? undefined : `/${council.slug}/` });
  trail.push({ label: committee.name, href: reserved ? undefined : `/${council.slug}/${committee.slug}/` });
  trail.push({ label: documentTitle(document), href: document.url });
  trail.push({ label });
  return trail;
}
