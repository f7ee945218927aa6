// Tables: tab-separated or pipe-delimited lines into rows of cells. Inline `<b>` marks a header
// row; it becomes the `header` flag, never a literal tag in the text.
import type { Block } from "./segment.ts";

export interface TableData {
  rows: string[][];
  header: boolean;
}

function cells(line: string): string[] {
  if (/^\s*\|.*\|\s*$/.test(line)) return line.trim().slice(1, -1).split("|").map((c) => c.trim());
  return line.split("\t").map((c) => c.trim());
}

export function tableOf(b: Block): TableData {
  const rows: string[][] = [];
  for (const line of b.lines) {
    // A markdown separator row (|---|---|) carries no words.
    if (/^\s*\|?\s*:?-{3,}/.test(line) && /^[\s|:-]+$/.test(line)) continue;
    const cs = cells(line);
    while (cs.length && cs[cs.length - 1] === "") cs.pop();
    if (cs.length) rows.push(cs);
  }
  const first = b.raw[0] ?? "";
  const firstCells = cells(first).filter((c) => c.trim());
  const header = firstCells.length > 1 && firstCells.every((c) => /^(?:<b>|<strong>|\*\*)/i.test(c.trim()));
  return { rows, header };
}
