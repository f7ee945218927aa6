// Pass 2, segment: the lines as blocks — paragraphs, list items, tables and furniture (`segment.ts`),
// each block classified by the cues of its own lines and those around it (repeated short lines,
// page footers, web-page chrome). Reads the lines; writes the block stream every later pass reads.
import { type Block, segment } from "../segment.ts";
import type { Lines } from "./lines.ts";

export interface Segmented {
  /** Every block of the source in order, furniture included. */
  blocks: Block[];
}

export function segmentPass({ lines }: Lines): Segmented {
  return { blocks: segment(lines) };
}

export function describeSegmented(out: Segmented): string {
  const furniture = out.blocks.filter((b) => b.kind === "furniture").length;
  return `${out.blocks.length} block(s), ${furniture} of them furniture`;
}
