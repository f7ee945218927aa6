// npm run parse -- --out <dir> <files or folders…>
// Parses source documents without building the site: one open-data JSON record per document,
// written as <dir>/<source file name>.json. Bad files are reported and skipped; the rest still parse.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processSources } from "../pipeline/process.ts";
import { serialiseRecord } from "../pipeline/emit/json.ts";
import { printProblems, progressPrinter } from "./report.ts";

const USAGE = "usage: npm run parse -- --out <dir> <files or folders…>";

function main(argv: string[]): number {
  const outAt = argv.indexOf("--out");
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const inputs = argv.filter((_, i) => i !== outAt && i !== outAt + 1);
  if (!out || inputs.length === 0 || inputs.some((a) => a.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  const discovery = discoverSources(inputs);
  if (discovery.files.length === 0) {
    printProblems(discovery.problems);
    console.error(`no source documents (.txt, .md) found in ${inputs.join(", ")}`);
    return 1;
  }
  const corpus = processSources(discovery.files, { onProgress: progressPrinter("parse") });
  mkdirSync(out, { recursive: true });
  const written = new Set<string>();
  for (const document of corpus.documents) {
    let name = `${document.source.file}.json`;
    // Two sources with one file name (in different folders) must not overwrite each other.
    for (let n = 2; written.has(name); n++) name = `${document.source.file}.${n}.json`;
    written.add(name);
    writeFileSync(join(out, name), serialiseRecord(document));
  }
  const problems = [...discovery.problems, ...corpus.problems];
  printProblems(problems);
  const failed = discovery.files.length - corpus.documents.length;
  console.log(`parsed ${corpus.documents.length} of ${discovery.files.length} document(s) into ${out}${failed ? `; ${failed} skipped (see above)` : ""}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
