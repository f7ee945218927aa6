// Which source lines start an item or a resolution, for the links from the source view back to the
// document page. Per document and linear in its items: no lookup over the archive.
import type { PublishedDocument } from "../schema/record.ts";
import { itemName } from "./format.ts";

export interface ItemStart {
  anchor: string;
  number: string;
  title: string;
  lines: [number, number];
}

export interface ResolutionStart {
  anchor: string;
  /** "Resolution 2 of item 313" */
  label: string;
}

export function lineOwners(record: PublishedDocument, lineCount: number): {
  itemStarts: Map<number, ItemStart>;
  resolutionStarts: Map<number, ResolutionStart[]>;
} {
  const itemStarts = new Map<number, ItemStart>();
  const resolutionStarts = new Map<number, ResolutionStart[]>();
  const inRange = (n: number) => n >= 1 && n <= lineCount;
  for (const item of record.items) {
    const start = item.lines[0];
    if (inRange(start) && !itemStarts.has(start)) {
      itemStarts.set(start, { anchor: item.anchor, number: item.number ?? "", title: item.title, lines: item.lines });
    }
    item.resolutions.forEach((r, i) => {
      if (!inRange(r.lines[0])) return;
      const list = resolutionStarts.get(r.lines[0]) ?? [];
      list.push({ anchor: r.anchor, label: `Resolution ${i + 1} of ${itemName(item)}` });
      resolutionStarts.set(r.lines[0], list);
    });
  }
  // Resolutions outside items (`preamble-r…`) have no anchor of their own on the document page: no link.
  return { itemStarts, resolutionStarts };
}
