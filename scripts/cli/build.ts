// npm run build: ingest (parse every source into the MDX content collection) → Astro build → Pagefind,
// into dist/, with a summary of what was built and every warning.
//   MINUTEBOOK_SOURCES=<dir>  build from another folder of sources instead of the bundled sample;
//                             the collection then goes to .minutebook/collection, leaving content/ alone.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processSources } from "../pipeline/process.ts";
import { writeCollection } from "../pipeline/emit/collection.ts";
import { buildSearchIndex } from "../pipeline/emit/search-index.ts";
import { formatProblem, printProblems, progressPrinter } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "../..");
// MINUTEBOOK_DIST moves the output (tests build into temporary folders); astro.config.mjs reads it too.
const DIST = resolve(process.env.MINUTEBOOK_DIST ?? join(ROOT, "dist"));

function collectionDirFor(sourcesFromEnv: string | undefined): string {
  if (process.env.MINUTEBOOK_COLLECTION) return resolve(process.env.MINUTEBOOK_COLLECTION);
  return sourcesFromEnv ? join(ROOT, ".minutebook", "collection") : join(ROOT, "content", "collection");
}

function runAstroBuild(collectionDir: string): void {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
  const result = spawnSync(process.execPath, [astroBin, "build", "--silent"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, MINUTEBOOK_COLLECTION: collectionDir, MINUTEBOOK_DIST: DIST, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const sourcesFromEnv = process.env.MINUTEBOOK_SOURCES;
  const sourcesDir = resolve(sourcesFromEnv ?? join(ROOT, "content", "sources"));
  const collectionDir = collectionDirFor(sourcesFromEnv);
  console.log(`minutebook: building from ${sourcesDir}`);

  const discovery = discoverSources([sourcesDir]);
  const corpus = processSources(discovery.files, { onProgress: progressPrinter("parse") });
  const problems = [...discovery.problems, ...corpus.problems];
  if (corpus.documents.length === 0) {
    printProblems(problems);
    console.error(`minutebook: no document could be parsed from ${sourcesDir}; nothing to build`);
    return 1;
  }
  writeCollection(collectionDir, corpus.documents);
  const ingested = Date.now();

  runAstroBuild(collectionDir);
  const built = Date.now();

  // The original words, byte for byte, beside each document's page.
  for (const document of corpus.documents) {
    const file = discovery.files.find((f) => f.relativePath === document.source.path)!;
    mkdirSync(join(DIST, document.id), { recursive: true });
    copyFileSync(file.absolutePath, join(DIST, document.id, document.source.file));
  }
  const search = await buildSearchIndex(DIST);
  const indexed = Date.now();

  const report = {
    sources: discovery.files.length,
    documents: corpus.documents.length,
    skipped: discovery.files.length - corpus.documents.length,
    pagesIndexed: search.pages,
    problems: problems.map(formatProblem),
  };
  writeFileSync(join(DIST, "build-report.json"), `${JSON.stringify(report, null, 2)}\n`);

  printProblems(problems);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const errors = problems.length - warnings;
  console.log(
    [
      `minutebook: built ${corpus.documents.length} document(s) from ${discovery.files.length} source(s)` +
        (report.skipped ? `, ${report.skipped} skipped` : ""),
      `  ingest ${seconds(ingested - started)}, astro ${seconds(built - ingested)}, search index ${seconds(indexed - built)} (${search.pages} pages)`,
      `  ${errors} error(s), ${warnings} warning(s)${problems.length ? " (listed above; also in dist/build-report.json)" : ""}`,
      `  site in ${DIST} — run \`npm run preview\` to browse it`,
    ].join("\n"),
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`minutebook: build failed: ${error.message}`);
    process.exitCode = 1;
  },
);
