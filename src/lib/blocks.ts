// Groups a run of record paragraphs into the blocks a page shows: consecutive list items become one
// list (nested by their `level`), everything else stays a paragraph of its own. Pure; no markup.
import type { Item, LineRange, Paragraph, Resolution } from "../schema/record.ts";

export interface ListEntry {
  paragraph: Paragraph;
  /** Items one level deeper that follow this one. */
  children: ListBlock | null;
}

export interface ListBlock {
  kind: "list";
  /** True when the source numbered or lettered its items: the markers are then shown as written. */
  marked: boolean;
  entries: ListEntry[];
}

export type Block = { kind: "paragraph"; paragraph: Paragraph } | ListBlock;

const levelOf = (p: Paragraph) => p.level ?? 0;

/** "1.", "a)", "(iv)", "2.3" number an item; "-", "•", "*" only bullet it (shown by the list itself). */
export const isOrdinalMarker = (marker: string | null): marker is string => marker !== null && /[0-9A-Za-z]/.test(marker);

/**
 * The marker to print before a paragraph's text: its number or letter, unless the text already
 * begins with it (some sources keep "2.1" in the text itself), and never a plain bullet.
 */
export function visibleMarker(p: Pick<Paragraph, "marker" | "text">): string | null {
  if (!isOrdinalMarker(p.marker)) return null;
  return p.text.trimStart().startsWith(p.marker) ? null : p.marker;
}

/** The `h3`/`h4` of each heading paragraph: the shallowest heading level in the run becomes h3. */
export function headingTags(paragraphs: readonly Paragraph[]): Map<string, "h3" | "h4"> {
  const headings = paragraphs.filter((p) => p.kind === "heading");
  const top = headings.reduce((min, p) => Math.min(min, levelOf(p)), Infinity);
  return new Map(headings.map((p) => [p.anchor, levelOf(p) > top ? "h4" : "h3"]));
}

function finish(entries: ListEntry[]): ListBlock {
  return { kind: "list", marked: entries.some((e) => isOrdinalMarker(e.paragraph.marker)), entries };
}

/** Reads list items from `start` at `depth` and deeper; returns the list and the index after it. */
function readList(items: Paragraph[], start: number, depth: number, top: boolean): [ListBlock, number] {
  const entries: ListEntry[] = [];
  let i = start;
  while (i < items.length) {
    const item = items[i]!;
    const level = levelOf(item);
    if (level < depth && !top) break;
    const last = entries.at(-1);
    if (level > depth && last) {
      const [child, next] = readList(items, i, level, false);
      if (last.children) last.children.entries.push(...child.entries);
      else last.children = child;
      i = next;
      continue;
    }
    entries.push({ paragraph: item, children: null });
    i += 1;
  }
  return [finish(entries), i];
}

export function toBlocks(paragraphs: readonly Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const depth = run.reduce((min, p) => Math.min(min, levelOf(p)), Infinity); // no spread: runs can be huge
    blocks.push(readList(run, 0, depth, true)[0]);
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "list-item") {
      run.push(paragraph);
      continue;
    }
    flush();
    blocks.push({ kind: "paragraph", paragraph });
  }
  flush();
  return blocks;
}

/** A table's rows: the record's own rows, else the text read as tab-separated cells per line. */
export function tableRows(paragraph: Paragraph): string[][] {
  if (paragraph.rows && paragraph.rows.length > 0) return paragraph.rows;
  return paragraph.text.split("\n").map((line) => line.split("\t"));
}

export interface ResolutionRun {
  /** The box heading's id: `<item anchor>-<kind>`, then `-2`, `-3` for later boxes of that kind. */
  id: string;
  kind: Resolution["kind"];
  resolutions: Resolution[];
  /**
   * Anchors of paragraphs that only repeat a resolution's words, by the resolution's anchor: they live
   * on inside the box, on that resolution's own words, so that links to them still land on the text.
   */
  absorbed: Map<string, string[]>;
}

export type ItemSegment = { kind: "paragraphs"; paragraphs: Paragraph[] } | { kind: "resolutions"; run: ResolutionRun };

const within = (inner: LineRange, outer: LineRange) => inner[0] >= outer[0] && inner[1] <= outer[1];

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.normalize("NFKC").toLowerCase().match(WORD) ?? [];

/** True when every word of `part`, in order, is among the words of `whole` (a subsequence). */
function repeatsWords(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const w of part) {
    while (at < whole.length && whole[at] !== w) at++;
    if (at === whole.length) return false;
    at++;
  }
  return true;
}

const overlaps = (a: LineRange, b: LineRange) => a[0] <= b[1] && b[0] <= a[1];

/**
 * The resolutions a paragraph only repeats, or null: the resolutions its lines overlap, when its lines
 * lie within theirs and every word of it (marker included), in order, is among the words their box
 * shows (each one's label, marker and text) — "Resolved: That (a)… (b)…" printed as one paragraph
 * and kept as two resolutions. The box then shows those words and the paragraph is not printed twice.
 * A paragraph that also holds other words (a discussion ending "It was agreed to provide a report.")
 * repeats nothing and is printed where it stands, whatever its lines.
 */
export function repeatedResolutions(
  p: Pick<Paragraph, "lines" | "text" | "marker">,
  resolutions: readonly Resolution[],
  label: (kind: Resolution["kind"]) => string,
): [first: number, last: number] | null {
  const first = resolutions.findIndex((r) => overlaps(p.lines, r.lines));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < resolutions.length && overlaps(p.lines, resolutions[last + 1]!.lines)) last++;
  const group = resolutions.slice(first, last + 1);
  const span: LineRange = [Math.min(...group.map((r) => r.lines[0])), Math.max(...group.map((r) => r.lines[1]))];
  if (!within(p.lines, span)) return null;
  const shown = group.flatMap((r) => wordsOf(`${label(r.kind)} ${r.marker ?? ""} ${r.text}`));
  return repeatsWords(wordsOf(`${p.marker ?? ""} ${p.text}`), shown) ? [first, last] : null;
}

/**
 * An item's paragraphs with its resolutions placed where they occur in the source (by line range).
 * Resolutions of one kind that follow each other with no paragraph between them share a box; a
 * paragraph printed between two resolutions closes the box, so the discussion around decisions reads
 * in source order. A paragraph that only repeats a resolution (`repeatedResolutions`: "Resolved: That…")
 * is shown by the box instead of twice, its anchor on the resolution's words; every other paragraph
 * is printed where it stands. `label` gives a box's visible label by kind (lib/format.ts).
 */
export function placeResolutions(
  itemAnchor: string,
  paragraphs: readonly Paragraph[],
  resolutions: readonly Resolution[],
  label: (kind: Resolution["kind"]) => string,
): ItemSegment[] {
  const segments: ItemSegment[] = [];
  const seen = new Map<string, number>();
  const runOf = new Map<Resolution, ResolutionRun>();
  let open: ResolutionRun | null = null; // the box a next resolution of its kind may join
  let buffer: Paragraph[] = [];
  let next = 0; // the first resolution not yet placed
  const flush = () => {
    if (buffer.length === 0) return;
    segments.push({ kind: "paragraphs", paragraphs: buffer });
    buffer = [];
    open = null;
  };
  const placeUpTo = (end: number) => {
    for (; next < end; next++) {
      const r = resolutions[next]!;
      flush();
      if (open && open.kind === r.kind) {
        open.resolutions.push(r);
      } else {
        const n = (seen.get(r.kind) ?? 0) + 1;
        seen.set(r.kind, n);
        open = { id: `${itemAnchor}-${r.kind}${n > 1 ? `-${n}` : ""}`, kind: r.kind, resolutions: [r], absorbed: new Map() };
        segments.push({ kind: "resolutions", run: open });
      }
      runOf.set(r, open);
    }
  };
  for (const p of paragraphs) {
    // Resolutions that end before this paragraph starts come first.
    let end = next;
    while (end < resolutions.length && resolutions[end]!.lines[1] < p.lines[0]) end++;
    placeUpTo(end);
    const home = repeatedResolutions(p, resolutions, label);
    if (home) {
      placeUpTo(home[1] + 1);
      const r = resolutions[home[0]]!;
      const absorbed = runOf.get(r)!.absorbed;
      absorbed.set(r.anchor, [...(absorbed.get(r.anchor) ?? []), p.anchor]);
      continue;
    }
    buffer.push(p);
  }
  flush();
  placeUpTo(resolutions.length);
  return segments;
}

/** A decision's own numbered label at the start of its text: "Key finding 1:", "Recommendation 2.", "Resolution A –". */
const NUMBERED_LABEL = /^(?:key\s+)?(?:finding|recommendation|resolution|decision)\s+([\p{L}\p{N}]+)\s*[:.–-]/iu;

/**
 * The marker to print before a resolution in its box: its visible marker, unless the text already
 * numbers itself in its opening label ("Key finding 1: …" with marker "1" would read "1 Key finding 1:").
 */
export function boxMarker(r: Pick<Resolution, "marker" | "text">): string | null {
  const marker = visibleMarker(r);
  if (!marker) return null;
  const label = NUMBERED_LABEL.exec(r.text.trimStart());
  return label && label[1] === marker.replace(/[^\p{L}\p{N}]/gu, "") ? null : marker;
}

/**
 * The item's heading as the source printed it, when the number and title the page's heading shows
 * leave some of its words out ("Overview of Scrutiny Activity (Sept 2014 to March 2015)" behind the
 * title "Overview of scrutiny activity"); null when they show every word of it.
 */
export function headingAsPrinted(item: Pick<Item, "number" | "title" | "heading">): string | null {
  if (!item.heading) return null;
  return repeatsWords(wordsOf(item.heading), wordsOf(`${item.number} ${item.title}`)) ? null : item.heading;
}
