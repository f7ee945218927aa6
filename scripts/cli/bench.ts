// npm run bench -- --documents N [--seed S] [--keep] [--timeout-min M] [--incremental | --no-incremental]
// Benchmarks the pipeline on a synthetic corpus of N documents (npm run corpus; cached per N and seed
// in /tmp/minutebook-bench): each phase runs in its own process so its peak memory can be read —
// parse (one core), ingest (parse + people + the collection), astro build (the parallel parts the build
// uses, overlapped as the build overlaps them with the open-data files, the bulk download and the
// originals written on a second core), the resolution pages and the URL manifest with the page-coverage
// gate beside them, Pagefind (date-band shards) — every phase of `npm run build` — then
// measures the site (pages, dist/ size, median meeting page weight) and the compressed bytes a browser
// fetches to show the first results of a query, and (up to 2,000 documents, or with --incremental) full
// and incremental runs of `npm run build`. Prints one table; the
// figures are also written as JSON beside the cached corpus. --keep keeps the built site. A phase is
// stopped after --timeout-min minutes (25) or when its process tree passes --max-rss-gib GiB (14).
import { argReader } from "../bench/args.ts";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ROOT } from "./paths.ts";
import { writeCorpus } from "../corpus/write.ts";
import { DEFAULT_SEED, GENERATOR_VERSION } from "../corpus/generate.ts";
import { type PhaseRun, runPhase } from "../bench/run-phase.ts";
import { snapshotSite } from "../bench/site-snapshot.ts";
import { measureSite } from "../bench/measure-site.ts";
import { searchTransfer } from "../bench/search-transfer.ts";
import { kb, mb, mib, secs, table } from "../bench/table.ts";
import { measureIncremental } from "../bench/incremental.ts";
import { machineInfo, versionsInfo } from "../bench/environment.ts";

const USAGE = "usage: npm run bench -- --documents N [--seed S] [--keep] [--timeout-min M] [--max-rss-gib G] [--incremental | --no-incremental]";
/** Up to this many documents the bench also measures incremental rebuilds (three more builds). */
const INCREMENTAL_UP_TO = 2000;
const CACHE = "/tmp/minutebook-bench";
const QUERIES = ["foster carers", "budget"];

function options(argv: string[]) {
  const reader = argReader(argv);
  const { flag, value } = reader;
  const keep = flag("--keep");
  const incrementalOn = flag("--incremental");
  const incrementalOff = flag("--no-incremental");
  const documents = Number(value("--documents"));
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  const timeoutMin = Number(value("--timeout-min") ?? 25);
  const maxRssGib = Number(value("--max-rss-gib") ?? 14);
  if (reader.rest.length || !Number.isInteger(documents) || documents < 1 || !Number.isInteger(seed) || !(timeoutMin > 0) || !(maxRssGib > 0)) return null;
  return { documents, seed, keep, timeoutMin, maxRssGib, incremental: incrementalOn || (!incrementalOff && documents <= INCREMENTAL_UP_TO) };
}


function du(dir: string): number {
  let total = 0;
  for (const f of existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }) : []) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}
const require = createRequire(import.meta.url);

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  if (!opts) {
    console.error(USAGE);
    return 2;
  }
  const { documents: n, seed, keep, timeoutMin, maxRssGib, incremental } = opts;
  const timeoutMs = timeoutMin * 60_000;
  const benchStarted = performance.now();
  const machine = machineInfo();
  const versions = versionsInfo(ROOT);
  console.log(`bench: ${n} documents, seed ${seed}; ${machine.nproc} cores (${machine.cpu}), ${mib(machine.memory)} memory, load ${machine.loadAtStart}`);
  console.log(`bench: node ${versions.node}, astro ${versions.astro}, @astrojs/mdx ${versions.mdx}, pagefind ${versions.pagefind}, commit ${versions.commit}${versions.dirty ? " (+ uncommitted changes)" : ""}`);

  // 1. The corpus, generated once per (N, seed).
  const sources = join(CACHE, `corpus-v${GENERATOR_VERSION}-s${seed}-n${n}`);
  let corpusMs: number | null = null;
  if (!existsSync(join(sources, ".complete"))) {
    rmSync(sources, { recursive: true, force: true });
    const t = performance.now();
    writeCorpus({ documents: n, out: sources, seed });
    corpusMs = performance.now() - t;
    writeFileSync(join(sources, ".complete"), "");
  }
  // The synthetic archive is tagged with the bundled sample's taxonomy (its subjects are the sample's),
  // as every figure in docs/performance.md was measured: as the corpus's own topics.yaml, so that the
  // ingest phase and every `npm run build` below read the same file.
  copyFileSync(join(ROOT, "content", "topics.yaml"), join(sources, "topics.yaml"));
  const corpusBytes = du(sources);
  console.log(`bench: corpus ${sources} (${mb(corpusBytes)}${corpusMs === null ? ", cached" : `, generated in ${secs(corpusMs)}`})`);

  const work = mkdtempSync(join("/tmp", `minutebook-bench-n${n}-`));
  const site = snapshotSite(ROOT, join(work, "site"));
  const collection = join(work, "collection");
  const dist = join(work, "dist");
  const idsFile = join(work, "ids.json");
  const env = { ...process.env, MINUTEBOOK_SOURCES: sources, MINUTEBOOK_COLLECTION: collection, MINUTEBOOK_DIST: dist, ASTRO_TELEMETRY_DISABLED: "1" };
  const bench = (f: string) => join(site, "scripts", "bench", f);
  const run = async <T>(label: string, args: string[]): Promise<PhaseRun<T>> => {
    console.log(`bench: ${label}…`);
    const r = await runPhase<T>(args, { cwd: site, env, timeoutMs, label, maxRssBytes: maxRssGib * 1024 ** 3 });
    console.log(`bench: ${label}: ${secs(r.wallMs)}, peak ${mib(r.peakRssBytes)}${r.ok ? "" : ` — FAILED (exit ${r.exitCode})`}`);
    if (!r.ok) console.log(r.output.slice(-3000));
    return r;
  };

  // 2. The phases, each in its own process.
  const parse = await run<{ parsed: number; errors: number; bytes: number; processMs: number; parseOnlyMs: number; processCpuMs: number; parseOnlyCpuMs: number }>("parse (one process, no output)", [bench("phase-parse.ts"), sources]);
  const ingest = await run<{ documents: number; errors: number; textLost: number; processMs: number; writeMs: number }>("ingest (parse + people + collection)", [bench("phase-ingest.ts"), sources, collection, idsFile]);
  // As `npm run build` runs them (scripts/pipeline/full-site.ts): Astro, and beside it on a thread the
  // open data, the bulk download and the originals; then the resolution pages and the URL manifest,
  // and beside them on a thread the page-coverage gate. Each is one process tree, sampled as a whole.
  const astro = ingest.ok ? await run<{ parts: number; childCpuMs: number; openDataFiles: number }>("astro build + open data, bulk data, originals beside it", [bench("phase-astro.ts"), collection, dist, idsFile]) : null;
  const docs = existsSync(idsFile) ? (JSON.parse(readFileSync(idsFile, "utf8")) as { id: string; type: string; file: string; source: string }[]) : [];
  const finish = astro?.ok ? await run<{ pages: number; wordsLost: number; resolutionPages: number }>("resolution pages, URL manifest + page coverage beside them", [bench("phase-finish.ts"), collection, dist, sources, idsFile]) : null;
  const pagefind = finish?.ok ? await run<{ pages: number; shards: number }>("pagefind", [bench("phase-pagefind.ts"), dist, collection]) : null;

  // 3. The site.
  const siteFigures = pagefind?.ok ? measureSite(dist, docs) : null;
  const transfers = pagefind?.ok ? await searchTransfer(dist, QUERIES) : [];
  // 4. Incremental rebuilds with the real command, on a copy of the corpus.
  const rebuilds = incremental && pagefind?.ok ? await measureIncremental({ corpus: sources, work, site, n, seed, env, timeoutMs, log: console.log }) : null;
  const collectionBytes = du(join(collection, "documents"));
  const buildMs = (ingest.wallMs ?? 0) + (astro?.wallMs ?? 0) + (finish?.wallMs ?? 0) + (pagefind?.wallMs ?? 0);
  const totalMs = performance.now() - benchStarted;

  const p = parse.result;
  const row = (label: string, r: PhaseRun<unknown> | null, note = ""): [string, string, string] =>
    r ? [label, `${secs(r.wallMs)}${r.ok ? "" : " FAILED"}`, `peak RSS ${mib(r.peakRssBytes)}${r.children.length ? ` (largest child: ${r.children[0]!.name} ${mib(r.children[0]!.hwmBytes)})` : ""}; CPU ${secs(r.cpuMs)}${note ? `; ${note}` : ""}`] : [label, "not run", ""];
  const m = siteFigures?.medianMeeting;
  const rows: [string, string, string?][] = [
    ["documents / corpus", `${n} / ${mb(corpusBytes)}`, `seed ${seed}, mean ${kb(corpusBytes / n)} per document`],
    ["parse throughput", p ? `${((p.parsed / p.processMs) * 1000).toFixed(0)} docs/s, ${((p.bytes / 1e6 / p.processMs) * 1000).toFixed(2)} MB/s` : "—", p ? `read+decode+parse+validate+coverage, one process; ${((p.parsed / p.processCpuMs) * 1000).toFixed(0)} docs per CPU-second (the machine is shared); parser alone ${((p.parsed / p.parseOnlyMs) * 1000).toFixed(0)} docs/s, ${((p.parsed / p.parseOnlyCpuMs) * 1000).toFixed(0)} per CPU-second; ${p.errors} error(s)` : ""],
    row("parse phase", parse),
    row("ingest (parse + write collection)", ingest, ingest.result ? `processing ${secs(ingest.result.processMs)}, writing the collection ${secs(ingest.result.writeMs)}, ${ingest.result.documents} documents, collection ${mb(collectionBytes)}, ${ingest.result.textLost} text-lost` : ""),
    row("astro build ‖ open data, bulk data, originals", astro, astro?.result ? `${astro.result.parts} parallel part(s), Astro CPU ${secs(astro.result.childCpuMs)}; ${astro.result.openDataFiles} open-data files on a thread beside it (CPU ${secs(astro.cpuMs)}); RSS of the whole tree at once` : ""),
    row("resolution pages, URL manifest ‖ page coverage", finish, finish?.result ? `${finish.result.resolutionPages} resolution pages; ${finish.result.pages} document pages checked on a thread beside them, ${finish.result.wordsLost} words lost` : ""),
    row("pagefind", pagefind, pagefind?.result ? `${pagefind.result.pages} pages indexed in ${pagefind.result.shards} shard(s)` : ""),
    ["build total (every phase of npm run build)", secs(buildMs), `ingest + astro ‖ open data + resolution pages/manifest ‖ coverage + pagefind; peak RSS of any phase (all its processes and threads at once) ${mib(Math.max(ingest.peakRssBytes, astro?.peakRssBytes ?? 0, finish?.peakRssBytes ?? 0, pagefind?.peakRssBytes ?? 0))}`],
    ["bench wall time", secs(totalMs), corpusMs === null ? "corpus cached" : `includes generating the corpus (${secs(corpusMs)})`],
    ["pages produced", siteFigures ? String(siteFigures.pages) : "—", "index.html files in dist/"],
    ["dist/ size", siteFigures ? `${mb(siteFigures.distBytes)} in ${siteFigures.files} files` : "—", siteFigures ? `of which pagefind/ ${mb(siteFigures.pagefindBytes)} in ${siteFigures.pagefindFiles} files` : ""],
    ["median meeting page HTML+CSS", m ? `${kb(m.htmlBytes + m.cssBytes)} (gzip ${kb(m.htmlGzip + m.cssGzip)})` : "—", m ? `HTML ${kb(m.htmlBytes)} + CSS ${kb(m.cssBytes)}; ${m.scripts} script tag(s); ${m.id}` : ""],
    ...transfers.map((t): [string, string, string] => [
      `first results for "${t.query}"`,
      `${kb(t.bytes)} compressed`,
      `${t.results} results, ${t.requests} files: ${Object.entries(t.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(", ")}; + search UI bundle ${kb(t.uiBytes)}`,
    ]),
  ];
  if (rebuilds) {
    const ratio = (r: PhaseRun<unknown> | null) => (r?.ok && rebuilds.full.ok ? `${((100 * r.wallMs) / rebuilds.full.wallMs).toFixed(1)}% of the full build` : "");
    rows.push(
      ["npm run build, full", `${secs(rebuilds.full.wallMs)}${rebuilds.full.ok ? "" : " FAILED"}`, "the real command, all phases in one run (parse cache cold)"],
      ["rebuild after changing one document", rebuilds.changed ? `${secs(rebuilds.changed.wallMs)}${rebuilds.changed.ok ? "" : " FAILED"}` : "not run", `${ratio(rebuilds.changed)}; ${rebuilds.changedFile}`],
      ["rebuild after adding one document", rebuilds.added ? `${secs(rebuilds.added.wallMs)}${rebuilds.added.ok ? "" : " FAILED"}` : "not run", `${ratio(rebuilds.added)}; ${rebuilds.addedFile}`],
    );
  }
  const output = table(rows);
  console.log(`\n## N = ${n}\n\n${output}\n`);
  const resultsFile = join(CACHE, `results-n${n}-s${seed}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ n, seed, machine, versions, corpusBytes, corpusMs, parse, ingest, astro, finish, pagefind, siteFigures, transfers, rebuilds, buildMs, totalMs, table: output }, (k, v) => (k === "output" ? String(v).slice(-4000) : v), 2));
  console.log(`bench: figures in ${resultsFile}`);
  if (keep) console.log(`bench: site kept in ${dist} (collection ${collection})`);
  else rmSync(work, { recursive: true, force: true });
  return parse.ok && ingest.ok && astro?.ok && finish?.ok && pagefind?.ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
