// Dev helper: parse the five seed documents and write their records for the scorer.
//   node_modules/.bin/node scripts/dev/score-samples.ts [outDir]
//   node /work/shared/eval/score.mjs --gold /work/shared/eval/gold --pred <outDir> --verbose
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../pipeline/parse/index.ts";
import { DocumentRecord } from "../../src/schema/record.ts";
import { checkCoverage } from "../pipeline/validate/coverage.ts";

const seeds = process.env.SEEDS ?? "/work/shared/seeds";
const out = process.argv[2] ?? "/tmp/minutebook-pred";
mkdirSync(out, { recursive: true });
for (const file of readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  const bytes = readFileSync(join(seeds, file));
  const text = bytes.toString("utf8");
  const source = { file, path: file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, encoding: "utf-8", url: null };
  const t0 = performance.now();
  const record = parseDocument({ text, source, meta: {} });
  const ms = performance.now() - t0;
  const valid = DocumentRecord.safeParse(record);
  const cov = checkCoverage(text, record);
  writeFileSync(join(out, `${file}.json`), JSON.stringify(record, null, 2));
  console.log(
    `${file}: ${record.type} | ${record.council?.name ?? null} | ${record.committee?.name ?? null} | ${record.date} | items ${record.items.map((i) => i.number).join(",")} | ` +
      `valid ${valid.success} | coverage ${cov.ratio.toFixed(4)} | ${ms.toFixed(1)} ms`,
  );
  if (!valid.success) console.log(JSON.stringify(valid.error.issues.slice(0, 5)));
  if (cov.missing.length) console.log("  missing:", cov.missing.slice(0, 10));
}
