// npm run build: ingest (parse every source into the MDX content collection) → Astro build → URL
// promises (redirects, manifest, check against the last release) → Pagefind, into dist/, with a summary
// of what was built and every warning.
//   MINUTEBOOK_SOURCES=<dir>  build from another folder of sources instead of the bundled sample;
//                             the collection then goes to .minutebook/collection, leaving content/ alone.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { BULK_DATA_PATH, writeJsonLines } from "../pipeline/emit/bulk-data.ts";
import { buildSearchIndex } from "../pipeline/emit/search-index.ts";
import {
  ancestorRedirects,
  brokenPromises,
  buildManifest,
  readManifest,
  readRedirects,
  redirectsFor,
  scanSite,
  writeRedirects,
} from "../pipeline/emit/url-manifest.ts";
import { descendantRedirects } from "../pipeline/emit/descendant-redirects.ts";
import { ingest } from "../pipeline/ingest.ts";
import { formatProblem, printProblems, progressPrinter } from "./report.ts";
import { ROOT, sitePaths } from "./paths.ts";

function runAstroBuild(collectionDir: string, distDir: string): void {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
  const result = spawnSync(process.execPath, [astroBin, "build", "--silent"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, MINUTEBOOK_COLLECTION: collectionDir, MINUTEBOOK_DIST: distDir, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const paths = sitePaths();
  console.log(`minutebook: building from ${paths.sources}`);

  const released = readManifest(paths.publishedUrls);
  const { discovery, corpus, problems, suggestedTopics, changes } = await ingest(paths, {
    onProgress: progressPrinter("parse"),
    published: new Map(Object.entries(released?.documents ?? {})),
  });
  if (corpus.documents.length === 0) {
    printProblems(problems);
    console.error(`minutebook: no document could be parsed from ${paths.sources}; nothing to build`);
    return 1;
  }
  const ingested = Date.now();
  console.log(
    `parse: ${changes.reparsed} parsed, ${changes.reused} unchanged (cache); collection: ${changes.written.length} file(s) written, ${changes.removed.length} removed${changes.firstBuild ? " (first build)" : ""}`,
  );

  runAstroBuild(paths.collection, paths.dist);
  const built = Date.now();

  // The original words, byte for byte, beside each document's page.
  const fileByPath = new Map(discovery.files.map((f) => [f.relativePath, f]));
  for (const document of corpus.documents) {
    mkdirSync(join(paths.dist, document.id), { recursive: true });
    copyFileSync(fileByPath.get(document.source.path)!.absolutePath, join(paths.dist, document.id, document.source.file));
  }
  // The whole archive as one open-data download.
  writeJsonLines(join(paths.dist, BULK_DATA_PATH), corpus.documents);

  const documentRedirects = redirectsFor(released, corpus.ids, readRedirects(paths.redirects));
  const builtPages = scanSite(paths.dist).pages;
  const movedPages = { ...ancestorRedirects(released, builtPages, documentRedirects), ...documentRedirects };
  // Pages under a moved document or committee (its resolutions, its register) move with it.
  const redirects = { ...descendantRedirects(released, builtPages, movedPages), ...movedPages };
  writeRedirects(paths.dist, redirects);
  const manifest = buildManifest(paths.dist, corpus.ids, redirects);
  writeFileSync(join(paths.dist, "url-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const broken = released ? brokenPromises(released, manifest) : [];

  const search = await buildSearchIndex(paths.dist);
  const indexed = Date.now();

  const report = {
    sources: discovery.files.length,
    documents: corpus.documents.length,
    skipped: discovery.files.length - corpus.documents.length,
    pages: Object.keys(manifest.pages).length,
    pagesIndexed: search.pages,
    redirects: Object.keys(redirects).length,
    brokenUrls: broken,
    suggestedTopics,
    problems: problems.map(formatProblem),
  };
  writeFileSync(join(paths.dist, "build-report.json"), `${JSON.stringify(report, null, 2)}\n`);

  printProblems(problems);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const errors = problems.length - warnings;
  console.log(
    [
      `minutebook: built ${corpus.documents.length} document(s) from ${discovery.files.length} source(s)` +
        (report.skipped ? `, ${report.skipped} skipped` : "") +
        `: ${report.pages} pages, ${report.redirects} redirect(s)`,
      `  ingest ${seconds(ingested - started)}, astro ${seconds(built - ingested)}, search index ${seconds(indexed - built)} (${search.pages} pages indexed)`,
      `  ${errors} error(s), ${warnings} warning(s)${problems.length ? " (listed above; also in build-report.json)" : ""}`,
      `  site in ${paths.dist} — run \`npm run preview\` to browse it`,
    ].join("\n"),
  );
  if (suggestedTopics.length) {
    console.log(`  candidate topics (recurring phrases no topic in ${paths.topics} covers yet):`);
    for (const c of suggestedTopics) console.log(`    ${c.phrase} (${c.documents} documents, ${c.occurrences} times)`);
  }
  const lost = problems.filter((p) => p.code === "text-lost");
  if (lost.length) {
    console.error(`minutebook: text would be lost from ${lost.length} document(s): ${lost.map((p) => p.file).join(", ")} — the parser must keep every word`);
    return 1;
  }
  if (broken.length) {
    for (const b of broken) console.error(`error: published URL broken: ${b}`);
    console.error(
      `minutebook: this build would break ${broken.length} URL(s) published in ${paths.publishedUrls}; ` +
        `add redirects to ${paths.redirects} or restore the documents`,
    );
    return 1;
  }
  if (!released) console.log(`  no published-URL manifest yet: \`npm run release\` records this build's URLs as published`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`minutebook: build failed: ${error.message}`);
    process.exitCode = 1;
  },
);
