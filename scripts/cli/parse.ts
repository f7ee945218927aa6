// npm run parse -- --out <dir> <files or folders…>
// Parses source documents without building the site: one open-data JSON record per document,
// written as <dir>/<source file name>.json. Bad files are reported and skipped; the rest still parse.
// npm run parse -- --explain <file>: prints each block of one document with the label it got, the cue
// that decided it and the alternative it beat (docs/parsing.md).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processSources } from "../pipeline/process.ts";
import { serialiseRecord } from "../pipeline/emit/json.ts";
import { loadPeopleOverrides, NO_PEOPLE_OVERRIDES } from "../pipeline/resolve/overrides.ts";
import { resolvePeople } from "../pipeline/resolve/people.ts";
import { printProblems, progressPrinter } from "./report.ts";
import { extractSource } from "../pipeline/extract/index.ts";
import { explainDocument } from "../pipeline/inspect/explain.ts";
import { sha256, structureText } from "../pipeline/process-one.ts";

const USAGE = "usage: npm run parse -- --out <dir> [--people <people.yaml>] <files or folders…>\n       npm run parse -- --explain <file>";

/** The explanation of one source document, read as the build reads it (PDF, Word and web pages through their readers), with the metadata its folder gives it. */
async function explain(path: string): Promise<number> {
  const discovery = discoverSources([path]);
  const file = discovery.files[0];
  if (!file) {
    printProblems(discovery.problems);
    console.error(`not a source document: ${path}`);
    return 1;
  }
  const bytes = readFileSync(file.absolutePath);
  const extracted = await extractSource(file.fileName, bytes);
  if (!extracted.ok) {
    console.error(`${file.relativePath}: ${extracted.reason}`);
    return 1;
  }
  const source = { file: file.fileName, path: file.relativePath, sha256: sha256(bytes), bytes: bytes.length, encoding: extracted.encoding, url: file.meta.url ?? null };
  const text = structureText(extracted.text, extracted.furniture);
  for (const line of explainDocument({ text, source, meta: file.meta })) console.log(line);
  return 0;
}

/** Takes `--name value` out of the arguments. */
function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = argv.splice(at, 2);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const inputs = [...argv];
  const explainFile = option(inputs, "--explain");
  if (explainFile) return await explain(explainFile);
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
