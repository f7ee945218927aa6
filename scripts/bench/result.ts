// How a phase script hands its figures to the bench: JSON in $BENCH_RESULT_FILE (stdout carries logs).
import { writeFileSync } from "node:fs";

export function reportResult(result: unknown): void {
  const file = process.env.BENCH_RESULT_FILE;
  if (file) writeFileSync(file, JSON.stringify(result));
  else console.log(JSON.stringify(result));
}
