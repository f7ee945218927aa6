// Groups a run of record paragraphs into the blocks a page shows: consecutive list items become one
// list (nested by their `level`), everything else stays a paragraph of its own. Pure; no markup.
import type { LineRange, Paragraph, Resolution } from "../schema/record.ts";

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
  /** Anchors of paragraphs that only repeat this resolution's text: they live on inside the box. */
  absorbed: string[];
}

export type ItemSegment = { kind: "paragraphs"; paragraphs: Paragraph[] } | { kind: "resolutions"; run: ResolutionRun };

const within = (inner: LineRange, outer: LineRange) => inner[0] >= outer[0] && inner[1] <= outer[1];

/**
 * An item's paragraphs with its resolutions placed where they occur in the source (by line range),
 * consecutive resolutions of one kind sharing a box. A paragraph whose lines lie wholly inside a
 * resolution box's lines ("Resolved: That…") is shown by the box instead of twice, and its anchor
 * moves into the box so that links to it still land; any other paragraph is kept as it is.
 */
export function placeResolutions(itemAnchor: string, paragraphs: readonly Paragraph[], resolutions: readonly Resolution[]): ItemSegment[] {
  const runs: (ResolutionRun & { lines: LineRange; placed: boolean })[] = [];
  const seen = new Map<string, number>();
  for (const r of resolutions) {
    const last = runs.at(-1);
    if (last && last.kind === r.kind) {
      last.resolutions.push(r);
      last.lines = [Math.min(last.lines[0], r.lines[0]), Math.max(last.lines[1], r.lines[1])];
      continue;
    }
    const n = (seen.get(r.kind) ?? 0) + 1;
    seen.set(r.kind, n);
    runs.push({ id: `${itemAnchor}-${r.kind}${n > 1 ? `-${n}` : ""}`, kind: r.kind, resolutions: [r], absorbed: [], lines: [...r.lines], placed: false });
  }

  const segments: ItemSegment[] = [];
  let buffer: Paragraph[] = [];
  const flush = () => {
    if (buffer.length) segments.push({ kind: "paragraphs", paragraphs: buffer });
    buffer = [];
  };
  const place = (run: (typeof runs)[number]) => {
    flush();
    run.placed = true;
    // `absorbed` is shared, so paragraphs met after the box is placed still move into it.
    segments.push({ kind: "resolutions", run: { id: run.id, kind: run.kind, resolutions: run.resolutions, absorbed: run.absorbed } });
  };
  for (const p of paragraphs) {
    for (const run of runs) if (!run.placed && run.lines[1] < p.lines[0]) place(run);
    const home = runs.find((run) => within(p.lines, run.lines));
    if (home) {
      home.absorbed.push(p.anchor);
      if (!home.placed) place(home);
      continue;
    }
    buffer.push(p);
  }
  flush();
  for (const run of runs) if (!run.placed) place(run);
  return segments;
}
