// The site's sections, as the header links to them. Pure: the layout passes in what the archive holds.

export interface NavLink {
  label: string;
  href: string;
  /** "page" on the section's own page, "true" on a page inside the section, absent elsewhere. */
  current?: "page" | "true";
}

/** The header's sections, in order; Actions only when the archive records any. */
export function siteSections(hasActions: boolean): { label: string; href: string }[] {
  return [
    { label: "Search", href: "/search/" },
    { label: "Decisions", href: "/resolutions/" },
    { label: "People", href: "/people/" },
    { label: "Topics", href: "/topics/" },
    { label: "Councils", href: "/councils/" },
    ...(hasActions ? [{ label: "Actions", href: "/actions/" }] : []),
  ];
}

/** Marks the section the page at `pathname` belongs to (at most one). */
export function markCurrent(sections: { label: string; href: string }[], pathname: string): NavLink[] {
  const path = pathname.endsWith("/") || pathname.endsWith(".html") ? pathname : `${pathname}/`;
  return sections.map((s) => ({
    ...s,
    current: path === s.href ? "page" : path.startsWith(s.href) ? "true" : undefined,
  }));
}
