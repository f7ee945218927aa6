// Dev helper: steady-state parse throughput over the seed documents (documents per second, one core).
//   node_modules/.bin/node scripts/dev/bench.ts [rounds]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../pipeline/parse/index.ts";

const seeds = process.env.SEEDS ?? "/work/shared/seeds";
const texts = readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seeds, f), "utf8"));
const source = { file: "x.txt", path: "x.txt", sha256: "0".repeat(64), bytes: 0, encoding: "utf-8", url: null };
const rounds = Number(process.argv[2] ?? 40);
for (let i = 0; i < 5; i++) for (const text of texts) parseDocument({ text, source, meta: {} });
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const text of texts) parseDocument({ text, source, meta: {} });
const ms = performance.now() - t0;
const n = rounds * texts.length;
console.log(`${n} documents in ${ms.toFixed(0)} ms: ${((n / ms) * 1000).toFixed(0)} documents/s`);
