// The site's sections, as the header links to them. Pure: the layout passes in what the archive holds.

export interface NavLink {
  label: string;
  href: string;
  /** "page" on the section's own page, "true" on a page inside the section, absent elsewhere. */
  current?: "page" | "true";
}

/**
 * The header's sections, in order. The same on every page of every archive: the header is on every
 * page, and an incremental build renders only the pages a change touched, so the header must not
 * depend on what the archive holds (an Actions link shown only once some action is recorded would stay
 * missing from the untouched pages). /actions/ says so when there are none yet.
 */
export const SITE_SECTIONS: readonly { label: string; href: string }[] = [
  { label: "Search", href: "/search/" },
  { label: "Decisions", href: "/resolutions/" },
  { label: "People", href: "/people/" },
  { label: "Topics", href: "/topics/" },
  { label: "Councils", href: "/councils/" },
  { label: "Actions", href: "/actions/" },
];

/** Marks the section the page at `pathname` belongs to (at most one). */
export function markCurrent(sections: readonly { label: string; href: string }[], pathname: string): NavLink[] {
  const path = pathname.endsWith("/") || pathname.endsWith(".html") ? pathname : `${pathname}/`;
  return sections.map((s) => ({
    ...s,
    current: path === s.href ? "page" : path.startsWith(s.href) ? "true" : undefined,
  }));
}
