// npm run parse -- --out <dir> <files or folders…>
// Parses source documents without building the site: one open-data JSON record per document,
// written as <dir>/<source file name>.json. Bad files are reported and skipped; the rest still parse.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processSources } from "../pipeline/process.ts";
import { serialiseRecord } from "../pipeline/emit/json.ts";
import { loadPeopleOverrides, NO_PEOPLE_OVERRIDES } from "../pipeline/resolve/overrides.ts";
import { resolvePeople } from "../pipeline/resolve/people.ts";
import { printProblems, progressPrinter } from "./report.ts";

const USAGE = "usage: npm run parse -- --out <dir> [--people <people.yaml>] <files or folders…>";

/** Takes `--name value` out of the arguments. */
function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = argv.splice(at, 2);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const inputs = [...argv];
  const out = option(inputs, "--out");
  const peopleFile = option(inputs, "--people");
  if (!out || inputs.length === 0 || inputs.some((a) => a.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  const discovery = discoverSources(inputs);
  if (discovery.files.length === 0) {
    printProblems(discovery.problems);
    console.error(`no source documents (.txt, .md, .pdf, .docx, .html) found in ${inputs.join(", ")}`);
    return 1;
  }
  const overrides = peopleFile ? loadPeopleOverrides(peopleFile) : NO_PEOPLE_OVERRIDES;
  const corpus = await processSources(discovery.files, {
    onProgress: progressPrinter("parse"),
    resolve: (records) => resolvePeople(records, overrides),
  });
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

process.exitCode = await main(process.argv.slice(2));
