// Splits a paragraph's text into plain and linked segments from the link spans the archive stage
// computed (names → person pages, topic words → topic pages). Segments are text, rendered through
// Astro's escaping: no HTML string is ever built from source text.
import type { TextLink } from "../schema/archive.ts";

export interface TextSegment {
  text: string;
  href: string | null;
  kind: TextLink["kind"] | null;
}

/**
 * `text` is `Paragraph.text` with `offset` characters removed from its start (a page trims leading
 * blank lines); spans outside the text or overlapping an earlier one are ignored.
 */
export function linkSegments(text: string, links: readonly TextLink[] = [], offset = 0): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    const start = link.start - offset;
    const end = link.end - offset;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), href: null, kind: null });
    segments.push({ text: text.slice(start, end), href: link.href, kind: link.kind });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), href: null, kind: null });
  return segments;
}
