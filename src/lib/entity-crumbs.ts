// Breadcrumb trails of the archive's entity pages: people, topics, resolutions, the registers.
import type { DocumentRef } from "../schema/archive.ts";
import { documentTitle } from "./format.ts";
import type { Crumb } from "./crumbs.ts";
import { RESERVED_SEGMENTS } from "./document-groups.ts";

const HOME: Crumb = { label: "Home", href: "/" };

export const sectionCrumbs = (label: string, href: string, current?: string): Crumb[] =>
  current === undefined ? [HOME, { label }] : [HOME, { label, href }, { label: current }];

/** Home › Council › Committee › Document › Resolutions › <label>. */
export function resolutionCrumbs(document: DocumentRef, label: string): Crumb[] {
  const trail: Crumb[] = [HOME];
  const reserved = RESERVED_SEGMENTS.has(document.council.slug);
  trail.push({ label: document.council.name, href: reserved ? undefined : `/${document.council.slug}/` });
  trail.push({ label: document.committee.name, href: reserved ? undefined : `/${document.council.slug}/${document.committee.slug}/` });
  trail.push({ label: documentTitle(document), href: document.url });
  trail.push({ label });
  return trail;
}
