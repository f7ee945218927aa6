// Pass 1–2, segment: the decoded text as lines (markup kept as hints, `lines.ts`), then as blocks —
// paragraphs, list items, tables and furniture (`segment.ts`), each block classified by the cues of
// its own lines. Reads the text; writes the block stream every later pass reads.
import type { ParseInput } from "../../types.ts";
import { toLines } from "../lines.ts";
import { type Block, segment } from "../segment.ts";

export interface Segmented {
  /** Every block of the source in order, furniture included. */
  blocks: Block[];
}

export function segmentPass(input: ParseInput): Segmented {
  return { blocks: segment(toLines(input.text)) };
}

export function describeSegmented(out: Segmented): string {
  const furniture = out.blocks.filter((b) => b.kind === "furniture").length;
  return `${out.blocks.length} block(s), ${furniture} of them furniture`;
}
