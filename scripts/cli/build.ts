// npm run build [-- --full]: ingest (parse every source into the MDX content collection; unchanged
// sources come from the parse cache) → Astro build → URL promises (redirects, manifest, check against
// the last release) → Pagefind, into dist/, with a summary of what was built and every warning.
// When only some sources were added or changed since the last build into the same dist/, the build is
// incremental: only the pages they touch are rendered (scripts/pipeline/incremental.ts) and only their
// search shards re-indexed; anything else (removals, code, control files) gives a full build.
//   MINUTEBOOK_SOURCES=<dir>  build from another folder of sources instead of the bundled sample;
//                             the collection then goes to .minutebook/collection, leaving content/ alone.
// Only what the build needs before it starts ingest (and, for a rebuild, Astro) is imported here; the
// rest of its code (pipeline/build-stages.ts) is loaded while they start. Loaded first, it held the fork
// of ingest back by about half a second of a rebuild (docs/performance.md, "Round two, session 11").
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { searchShardSize } from "../../src/lib/search.ts";
import type { UrlManifest } from "../pipeline/emit/url-manifest.ts";
import { buildFingerprint, takeBuildState, writeBuildState } from "../pipeline/emit/build-state.ts";
import { fullBeforeIngest, planIncremental } from "../pipeline/incremental.ts";
import { type PendingRender, startPendingRender } from "../pipeline/early-render.ts";
import { ingestApart } from "../pipeline/ingest-apart.ts";
import { stopChildrenOnSignals } from "../pipeline/children.ts";
import type { PageCoverageReport } from "../pipeline/page-coverage-gate.ts";
import { formatProblem, printProblems, progressPrinter } from "./report.ts";
import { GENERAL_TOPICS, ROOT, sitePaths, siteUrl } from "./paths.ts";
import { ORIGIN_WARNING, originIsSet } from "../../src/lib/site.ts";

// An incremental build's Astro process, started beside ingest (pipeline/early-render.ts); closed on every
// way out of the build, so that none outlives it.
let pending: PendingRender | null = null;

const USAGE = "usage: npm run build [-- --full]   (--full: rebuild every page even when only some sources changed)";

async function main(): Promise<number> {
  // A signal to the build stops its children too (ingest, Astro, the search bands) and fails the build.
  stopChildrenOnSignals();
  const args = process.argv.slice(2);
  if (args.some((a) => a !== "--full")) {
    console.error(USAGE);
    return 2;
  }
  const started = Date.now();
  const paths = sitePaths();
  console.log(`minutebook: building from ${paths.sources}`);

  // In a child process, so that ingest's heap is gone before Astro starts (pipeline/ingest-apart.ts); it
  // reads the last release's URLs (their documents keep their ids) itself.
  const ingesting = ingestApart(paths, { onProgress: progressPrinter("parse"), publishedUrls: paths.publishedUrls });
  const shardSize = searchShardSize();
  const fingerprint = buildFingerprint(ROOT, [paths.peopleOverrides, paths.topics, paths.committeeRenames, paths.redirects, paths.publishedUrls], {
    site: process.env.MINUTEBOOK_SITE,
    searchShardSize: String(shardSize),
  });
  const lastManifestPath = join(paths.dist, "url-manifest.json");
  // Until this build has finished there is none: a build that stops after ingest leaves the next one full.
  const lastBuild = takeBuildState(paths.collection);
  // The digest of each page listing across the archive, as this build's Astro run recorded them: the
  // next incremental build renders only the listing pages whose digest changed.
  const listingsWork = mkdtempSync(join(tmpdir(), "minutebook-listings-"));
  const listingsFile = join(listingsWork, "listings.tsv");
  // Astro's start (Node, Vite, the routes' bundle) does not depend on the pages: when the build can be
  // incremental, it starts now and waits for them while ingest runs (ingest does not write the build's state).
  if (!args.includes("--full") && fullBeforeIngest({ state: lastBuild, fingerprint, dist: paths.dist, previous: existsSync(lastManifestPath) }) === null) {
    pending = startPendingRender(paths.collection, listingsFile);
  }
  const {
    BULK_DATA_PATH,
    brokenPromises,
    buildSearchIndex,
    checkRenderedPages,
    finishFullSite,
    foldPartialBuild,
    loadRecord,
    openDataChanges,
    patchManifest,
    readListingDigests,
    readManifest,
    RECORDS_FOLDER,
    renderFullSiteWithData,
    astroParts,
    settlePermanentUrls,
    startPagefind,
    updateJsonLines,
    writeOpenData,
    writeResolutionPages,
  } = await import("../pipeline/build-stages.ts");
  const released = readManifest(paths.publishedUrls);
  const { sources, documents: summaries, ids, problems, suggestedTopics, topics, changes } = await ingesting;
  if (summaries.length === 0) {
    printProblems(problems);
    console.error(`minutebook: no document could be parsed from ${paths.sources}; nothing to build`);
    return 1;
  }
  const ingested = Date.now();
  console.log(
    `parse: ${changes.reparsed} parsed, ${changes.reused} unchanged (cache); collection: ${changes.written.length} file(s) written, ${changes.removed.length} removed${changes.firstBuild ? " (first build)" : ""}`,
  );

  // Read once: the plan compares against it and an incremental build patches it (at 10,000 documents
  // it is about 55 MB of JSON).
  const previous = !args.includes("--full") && existsSync(lastManifestPath) ? readManifest(lastManifestPath) : null;
  const plan = args.includes("--full")
    ? ({ full: true, reason: "--full" } as const)
    : planIncremental({
        changes,
        state: lastBuild,
        fingerprint,
        dist: paths.dist,
        collection: paths.collection,
        previous,
        ids,
      });
  // A rebuild patches its search bands with Pagefind's service: started now, it loads while Astro renders.
  if (!plan.full) startPagefind();
  const fileByPath = new Map(sources.map((f) => [f.relativePath, f]));
  // The original words, byte for byte, beside each document's page.
  const copySource = (document: (typeof summaries)[number]) => {
    mkdirSync(join(paths.dist, document.id), { recursive: true });
    copyFileSync(fileByPath.get(document.source.path)!.absolutePath, join(paths.dist, document.id, document.source.file));
  };

  // The whole archive as one open-data download, patched: the lines of the records ingest wrote come
  // from the collection, the others are copied from the last build's file (emit/bulk-data.ts).
  const recordsWritten = new Set(changes.written.flatMap((f) => (f.startsWith(`${RECORDS_FOLDER}/`) && f.endsWith(".json") ? [f.slice(RECORDS_FOLDER.length + 1, -".json".length)] : [])));
  const updateBulkData = (before: UrlManifest) =>
    updateJsonLines(join(paths.dist, BULK_DATA_PATH), paths.collection, summaries.map((d) => d.id), { ids: Object.values(before.documents), changed: recordsWritten });

  let manifest!: UrlManifest;
  let redirects!: Record<string, string>;
  let changedPages: Set<string> | undefined;
  let built!: number;
  const recordedListings = () => (existsSync(listingsFile) ? readListingDigests(listingsFile) : {});
  let listings!: Record<string, string>;
  // Every word of every rendered document page (scripts/pipeline/validate/page-coverage.ts).
  let pageCoverage!: PageCoverageReport;
  // Why the whole site is rendered; null while an incremental build can follow the change page by page.
  let fullReason: string | null = plan.full ? plan.reason : null;
  if (!plan.full) {
    const { documents, people } = plan.selection;
    const render = (pending ??= startPendingRender(paths.collection, listingsFile));
    try {
      const { sent, rendered } = render.render(plan.selection);
      await sent;
      // Meanwhile, on this process's thread (Astro renders on its own): what is written from the
      // collection alone — the open data of the changed documents and people, and of the committees,
      // topics and feed they change; the bulk download; the originals. If Astro fails, the build fails
      // and the next one is full (takeBuildState), so nothing written here outlives a failed render.
      const openData = writeOpenData(paths.collection, paths.dist, {
        selection: openDataChanges({ collection: paths.collection, dist: paths.dist, documents: summaries, changed: { documents: new Set(documents), people: new Set(people) }, written: changes.written }),
      });
      updateBulkData(previous!);
      const selected = new Set(documents);
      for (const document of summaries) if (selected.has(document.id)) copySource(document);
      await rendered;
      built = Date.now();
      listings = recordedListings();
      const before = plan.selection.listings ?? {};
      const relisted = Object.keys(listings).filter((page) => before[page] !== listings[page]).length;
      // A listing page the last build had and this one has not would linger in dist/: not followed page by page.
      const gone = Object.keys(before).filter((page) => !(page in listings));
      if (gone.length) fullReason = `${gone.length} page(s) listing across the archive no longer exist (${gone.slice(0, 3).join(", ")})`;
      else {
        console.log(`  incremental build: ${documents.length} document(s) and ${people.length} person page(s) changed; ${relisted} of ${Object.keys(listings).length} page(s) listing across the archive re-rendered`);
        const folded = foldPartialBuild(render.dist, paths.dist, siteUrl(), summaries.map((d) => d.id));
        changedPages = folded.changedDocuments;
        const rendered = new Set([...documents, ...folded.changedDocuments]);
        // The records of the pages rendered, read from the collection (ingest ran in its own process).
        pageCoverage = checkRenderedPages(paths.dist, paths.collection, summaries.filter((d) => rendered.has(d.id)).map((d) => loadRecord(d.id, paths.collection)));
        // Framed by the 404 page this render built.
        const resolutionPages = writeResolutionPages(paths.collection, paths.dist, new Set(documents));
        redirects = previous!.redirects;
        manifest = patchManifest(previous!, paths.dist, [...folded.files, ...openData.paths, ...resolutionPages, ...summaries.filter((d) => selected.has(d.id)).map((d) => `${d.id}/${d.source.file}`)], ids);
      }
    } finally {
      await render.close();
    }
  }
  if (fullReason !== null) {
    await pending?.close();
    if (fullReason !== "no earlier build to update") console.log(`  full build: ${fullReason}`);
    rmSync(listingsFile, { force: true });
    // A full build replaces the site: nothing of an earlier one lingers.
    rmSync(paths.dist, { recursive: true, force: true });
    const parts = astroParts();
    if (parts > 1) console.log(`  rendering in ${parts} parallel parts`);
    // Astro's pages, with the open data (record.json, person.json, feeds…), the bulk download and the
    // originals written from the collection on a second core meanwhile (scripts/pipeline/full-site.ts).
    const originals = summaries.map((d) => ({ id: d.id, file: d.source.file, source: fileByPath.get(d.source.path)!.absolutePath }));
    await renderFullSiteWithData({ collection: paths.collection, dist: paths.dist, parts, listings: listingsFile, originals });
    listings = recordedListings();
    built = Date.now();
    // Each resolution's page, framed by the built 404 page (not an Astro route: they are most pages), and
    // the permanent URLs, while the page-coverage gate reads the document pages on the other core.
    const finished = await finishFullSite({
      collection: paths.collection,
      dist: paths.dist,
      ids: summaries.map((d) => d.id),
      settle: (known) => settlePermanentUrls({ distDir: paths.dist, released, ids, redirectsFile: paths.redirects, site: siteUrl(), known }),
    });
    pageCoverage = finished.coverage;
    ({ redirects, manifest } = finished.settled);
  }
  rmSync(listingsWork, { recursive: true, force: true });
  writeFileSync(lastManifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const broken = released ? brokenPromises(released, manifest) : [];
  // Pages folded in, open data, resolution pages, sources, the bulk file and the URL manifest.
  const filed = Date.now();

  const search = await buildSearchIndex(paths.dist, summaries, { shardSize, changed: changedPages });
  for (const band of search.declined) console.log(`  search index: ${band.bundle} re-indexed whole, not patched: ${band.reason}`);
  const indexed = Date.now();
  writeBuildState(paths.collection, { fingerprint, dist: paths.dist, listings });

  const report = {
    sources: sources.length,
    documents: summaries.length,
    skipped: sources.length - summaries.length,
    pages: Object.keys(manifest.pages).length,
    pagesIndexed: search.pages,
    redirects: Object.keys(redirects).length,
    brokenUrls: broken,
    suggestedTopics,
    problems: problems.map(formatProblem),
    // Only the losses: how many pages a build checked depends on whether it was incremental, and the
    // report is part of the site, which is byte for byte the same either way.
    pageCoverageProblems: pageCoverage.problems.map(formatProblem),
  };
  writeFileSync(join(paths.dist, "build-report.json"), `${JSON.stringify(report, null, 2)}\n`);

  printProblems(problems);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const errors = problems.length - warnings;
  console.log(
    [
      `minutebook: built ${summaries.length} document(s) from ${sources.length} source(s)` +
        (report.skipped ? `, ${report.skipped} skipped` : "") +
        `: ${report.pages} pages, ${report.redirects} redirect(s)`,
      `  ingest ${seconds(ingested - started)}, astro ${seconds(built - ingested)}, site files ${seconds(filed - built)}, search index ${seconds(indexed - filed)} (${search.pages} pages in ${search.shards} shard(s), ${search.rebuilt} rebuilt, ${search.patched} of them patched); ${plan.full ? "full" : "incremental"} build in ${seconds(Date.now() - started)}`,
      `  ${errors} error(s), ${warnings} warning(s)${problems.length ? " (listed above; also in build-report.json)" : ""}`,
      `  site in ${paths.dist} — run \`npm run preview\` to browse it`,
    ].join("\n"),
  );
  console.log(
    `  topics: ${topics.used} of the ${topics.defined} in ${paths.topics} tag items (only those get pages)` +
      (paths.topics === GENERAL_TOPICS ? `; this is the general local-government taxonomy: put a topics.yaml in ${paths.sources} to use your own` : ""),
  );
  if (!originIsSet()) console.warn(`minutebook: warning: ${ORIGIN_WARNING}`);
  if (suggestedTopics.length) {
    console.log(`  candidate topics (recurring phrases no topic in ${paths.topics} covers yet):`);
    for (const c of suggestedTopics) console.log(`    ${c.phrase} (${c.documents} documents, ${c.occurrences} times)`);
  }
  console.log(`  page coverage: ${pageCoverage.pages} document page(s) checked, ${pageCoverage.words - pageCoverage.lost} of ${pageCoverage.words} source words shown in order`);
  if (pageCoverage.problems.length) {
    printProblems(pageCoverage.problems);
    const files = [...new Set(pageCoverage.problems.map((p) => p.file))];
    console.error(`minutebook: ${files.length} document page(s) lose words of their source: ${files.join(", ")} — the renderer must show every word (listed above)`);
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
  if (pageCoverage.problems.length) return 1;
  if (!released) console.log(`  no published-URL manifest yet: \`npm run release\` records this build's URLs as published`);
  return 0;
}

main()
  .finally(() => pending?.close())
  .then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`minutebook: build failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
