// What the command-line tools print: problems grouped per file, and progress on long runs.
import type { SourceFile } from "../pipeline/corpus/discover.ts";
import type { SourceProblem } from "../pipeline/types.ts";

export function formatProblem(p: SourceProblem): string {
  return `${p.severity === "error" ? "error" : "warning"}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`;
}

export function printProblems(problems: SourceProblem[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const p of problems) stream.write(`${formatProblem(p)}\n`);
}

/** Prints a progress line every few seconds (and at the end) when a run has many documents. */
export function progressPrinter(phase: string, everyMs = 2000): (done: number, total: number, file: SourceFile) => void {
  const started = Date.now();
  let last = started;
  return (done, total) => {
    const now = Date.now();
    if (total < 50 || (now - last < everyMs && done !== total)) return;
    last = now;
    const rate = done / Math.max((now - started) / 1000, 0.001);
    process.stderr.write(`${phase}: ${done}/${total} documents (${rate.toFixed(0)}/s)\n`);
  };
}
