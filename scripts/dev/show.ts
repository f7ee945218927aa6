// Dev helper: print what the parser makes of text files (facts, attendance, items, decisions, coverage).
//   node_modules/.bin/node scripts/dev/show.ts <file>…
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseDocument } from "../pipeline/parse/index.ts";
import { checkCoverage } from "../pipeline/validate/coverage.ts";

for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, "utf8");
  const r = parseDocument({ text, source: { file: basename(path), path, sha256: "0".repeat(64), bytes: text.length, encoding: "utf-8", url: null }, meta: {} });
  const cov = checkCoverage(text, r);
  console.log(`== ${basename(path)}: ${r.type} | ${r.council?.name ?? null} | ${r.committee?.name ?? null} | ${r.date} ${r.startTime}-${r.endTime} | venue ${r.venue} | next ${JSON.stringify(r.nextMeeting)} | title ${r.title} | coverage ${cov.ratio.toFixed(4)}`);
  if (cov.missing.length) console.log("  missing", cov.missing.slice(0, 8));
  console.log("  att:", r.attendance.map((a) => `${a.name}[${a.status}${a.role ? "/" + a.role : ""}${a.title ? "|" + a.title : ""}]`).join("; "));
  console.log("  decl:", JSON.stringify(r.declarations.map((d) => [d.person, d.item])), "warn:", r.warnings.map((w) => w.code).join(","));
  for (const it of r.items) {
    console.log(`  ${it.number} | ${it.title} | ${JSON.stringify(it.text.slice(0, 50))}${it.exempt ? ` | exempt ${it.exempt.paragraph}` : ""}`);
    for (const x of it.resolutions) console.log(`     ${x.kind} ${x.marker ?? ""} ${x.text.slice(0, 70)}`);
    for (const a of it.actions) console.log(`     action ${a.who}: ${a.what.slice(0, 60)}`);
  }
  for (const x of r.resolutions ?? []) console.log(`   top ${x.kind} ${x.marker ?? ""} ${x.text.slice(0, 70)}`);
}
