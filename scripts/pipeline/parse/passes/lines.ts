// Pass 1, lines: the decoded text as lines of plain text, the markup each carried (markdown `#`
// levels, bold, emphasis, rules) kept as hints (`lines.ts`). Reads the text; writes the lines.
import type { ParseInput } from "../../types.ts";
import { type Line, toLines } from "../lines.ts";

export interface Lines {
  lines: Line[];
}

export function linesPass(input: ParseInput): Lines {
  return { lines: toLines(input.text) };
}

export function describeLines(out: Lines): string {
  return `${out.lines.length} line(s), ${out.lines.filter((l) => l.text.trim() === "").length} blank`;
}
