// Formatting for the benchmark's table.
export const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
export const mib = (b: number) => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(b / 1024 ** 2)} MiB`);
export const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function table(rows: [string, string, string?][]): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const line = (r: [string, string, string?]) => `| ${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2] ?? ""} |`;
  return [line(["measure", "value", "notes"]), `|${"-".repeat(w0 + 2)}|${"-".repeat(w1 + 2)}|---|`, ...rows.map(line)].join("\n");
}
