// Groups a run of record paragraphs into the blocks a page shows: consecutive list items become one
// list (nested by their `level`), everything else stays a paragraph of its own. Pure; no markup.
import type { Paragraph } from "../schema/record.ts";

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

function finish(entries: ListEntry[]): ListBlock {
  return { kind: "list", marked: entries.some((e) => e.paragraph.marker !== null), entries };
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
    const depth = Math.min(...run.map(levelOf));
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
