// npm run bench:shards -- --documents N [--seed S] [--parts P] [--keep] [--timeout-min M] [--max-rss-gib G]
// Measures building the archive as P separate sites, one per group of councils (docs/scaling.md):
// the synthetic corpus of `npm run corpus` (cached in /tmp/minutebook-bench, never modified) is split
// by council folder into P shards balanced by document count (scripts/shards/split.ts), each copied
// into its own folder and built by the real `scripts/cli/build.ts` from its own copy of the site (own
// MINUTEBOOK_SOURCES, _COLLECTION, _DIST and Astro cache) as a measured process: the shards one after
// the other, then all at once, then the whole corpus as one build for comparison. Then it compares what
// the shards wrote with the whole build (which files collide, which are the same), and joins the
// shards' search: shard 1 served at / and the others under /sites/<n>/ on the same origin, shard 1's
// pagefind.js loaded in Node and the others merged with `mergeIndex`, checking that a query finds the
// sum of the shards' results (and the whole build's count), counting the bytes for the first results,
// and how far a date-sorted merged search is from date order. Prints tables; the figures are also
// written as JSON beside the cached corpus. --keep keeps the built sites.
import { argReader } from "../bench/args.ts";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths.ts";
import { writeCorpus } from "../corpus/write.ts";
import { DEFAULT_SEED, GENERATOR_VERSION } from "../corpus/generate.ts";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { type PhaseRun, runPhase } from "../bench/run-phase.ts";
import { snapshotSite } from "../bench/site-snapshot.ts";
import { measureSite } from "../bench/measure-site.ts";
import { searchTransfer, type Transfer } from "../bench/search-transfer.ts";
import { machineInfo, versionsInfo } from "../bench/environment.ts";
import { kb, mb, mib, secs, table } from "../bench/table.ts";
import { splitBalanced, type ShardPlan } from "../shards/split.ts";
import { collisionsBySection, findCollisions } from "../shards/collisions.ts";
import { dateOrderBreaks } from "../shards/date-order.ts";

const USAGE = "usage: npm run bench:shards -- --documents N [--seed S] [--parts P] [--keep] [--timeout-min M] [--max-rss-gib G]";
const CACHE = "/tmp/minutebook-bench";
const QUERIES = ["foster carers", "budget"];
/** How many date-sorted results to compare with the whole build's. */
const SORTED_FIRST = 20;
/** Per-shard files beside the sources: each shard keeps its own (docs/scaling.md). */
const PER_SHARD_FILES = new Set(["published-urls.json", "redirects.json", ".complete"]);

function options(argv: string[]) {
  const reader = argReader(argv);
  const { flag, value } = reader;
  const keep = flag("--keep");
  const documents = Number(value("--documents"));
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  const parts = Number(value("--parts") ?? 2);
  const timeoutMin = Number(value("--timeout-min") ?? 25);
  const maxRssGib = Number(value("--max-rss-gib") ?? 14);
  if (reader.rest.length || !Number.isInteger(documents) || documents < 1 || !Number.isInteger(seed) || !Number.isInteger(parts) || parts < 2 || !(timeoutMin > 0) || !(maxRssGib > 0)) return null;
  return { documents, seed, parts, keep, timeoutMin, maxRssGib };
}

interface BuildReport {
  documents: number;
  pages: number;
  pagesIndexed: number;
}

interface BuildRun {
  label: string;
  run: PhaseRun<unknown>;
  dist: string;
  report: BuildReport | null;
  pages: number;
  distBytes: number;
}

/** Every file of a built site: `/path` → sha256. */
function hashTree(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dist, { recursive: true, encoding: "utf8" }).sort()) {
    const full = join(dist, rel);
    if (statSync(full).isFile()) files.set(`/${rel.split("\\").join("/")}`, createHash("sha256").update(readFileSync(full)).digest("hex"));
  }
  return files;
}

const cpu = (r: PhaseRun<unknown>) => r.cpuMs + r.childrenCpuMs;

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  if (!opts) {
    console.error(USAGE);
    return 2;
  }
  const { documents: n, seed, parts, keep, timeoutMin, maxRssGib } = opts;
  const started = performance.now();
  const machine = machineInfo();
  const versions = versionsInfo(ROOT);
  console.log(`bench:shards: ${n} documents, seed ${seed}, ${parts} shards; ${machine.nproc} cores (${machine.cpu}), ${mib(machine.memory)} memory, load ${machine.loadAtStart}`);
  console.log(`bench:shards: node ${versions.node}, astro ${versions.astro}, pagefind ${versions.pagefind}, commit ${versions.commit}${versions.dirty ? " (+ uncommitted changes)" : ""}`);

  // 1. The corpus (cached per N and seed; only read from here on) and its split by council folder.
  const corpus = join(CACHE, `corpus-v${GENERATOR_VERSION}-s${seed}-n${n}`);
  if (!existsSync(join(corpus, ".complete"))) {
    rmSync(corpus, { recursive: true, force: true });
    writeCorpus({ documents: n, out: corpus, seed });
    writeFileSync(join(corpus, ".complete"), "");
  }
  const discovery = discoverSources([corpus]);
  const perFolder = new Map<string, number>();
  for (const f of discovery.files) {
    const [folder, ...rest] = f.relativePath.split("/");
    if (!rest.length) throw new Error(`${f.absolutePath}: a source outside any council folder cannot be given to one shard`);
    perFolder.set(folder!, (perFolder.get(folder!) ?? 0) + 1);
  }
  const plan: ShardPlan[] = splitBalanced([...perFolder].map(([name, documents]) => ({ name, documents })), parts);
  const work = mkdtempSync(join("/tmp", `minutebook-shards-n${n}-`));
  const shardSources = plan.map((shard, k) => {
    const dir = join(work, `sources-${k + 1}`);
    mkdirSync(dir);
    for (const folder of shard.folders) cpSync(join(corpus, folder), join(dir, folder), { recursive: true });
    // What sits beside the council folders (metadata, topics, people, committees) is shared by every shard.
    for (const entry of readdirSync(corpus, { withFileTypes: true })) {
      if (entry.isFile() && !PER_SHARD_FILES.has(entry.name)) copyFileSync(join(corpus, entry.name), join(dir, entry.name));
    }
    return dir;
  });
  for (const [k, shard] of plan.entries()) console.log(`bench:shards: shard ${k + 1}: ${shard.documents} documents in ${shard.folders.length} council folders`);

  // 2. The builds: `scripts/cli/build.ts` in a private copy of the site each (Astro's cache and .astro/
  // are per project folder, so two builds at once must not share one), as `npm run build` runs it.
  let runs = 0;
  const build = async (label: string, sources: string): Promise<BuildRun> => {
    const tag = `${++runs}`;
    const site = snapshotSite(ROOT, join(work, `site-${tag}`));
    // With MINUTEBOOK_SOURCES the build takes the general taxonomy unless the sources carry their own;
    // the bench's sources carry the sample's (bench.ts), which each shard shares.
    mkdirSync(join(site, "content"), { recursive: true });
    for (const file of ["topics.yaml", "local-government-topics.yaml"]) copyFileSync(join(ROOT, "content", file), join(site, "content", file));
    const dist = join(work, `dist-${tag}`);
    const env = { ...process.env, MINUTEBOOK_SOURCES: sources, MINUTEBOOK_COLLECTION: join(work, `collection-${tag}`), MINUTEBOOK_DIST: dist, ASTRO_TELEMETRY_DISABLED: "1" };
    console.log(`bench:shards: ${label}…`);
    const run = await runPhase(["scripts/cli/build.ts"], { cwd: site, env, timeoutMs: timeoutMin * 60_000, label, maxRssBytes: maxRssGib * 1024 ** 3 });
    console.log(`bench:shards: ${label}: ${secs(run.wallMs)}, CPU ${secs(cpu(run))}, peak ${mib(run.peakRssBytes)}${run.ok ? "" : ` — FAILED (exit ${run.exitCode})`}`);
    if (!run.ok) console.log(run.output.slice(-3000));
    const reportFile = join(dist, "build-report.json");
    const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, "utf8")) as BuildReport) : null;
    const figures = run.ok ? measureSite(dist, []) : null;
    rmSync(site, { recursive: true, force: true });
    return { label, run, dist, report, pages: figures?.pages ?? 0, distBytes: figures?.distBytes ?? 0 };
  };
  const sequential: BuildRun[] = [];
  for (const [k, dir] of shardSources.entries()) sequential.push(await build(`shard ${k + 1} alone`, dir));
  const sequentialMs = sequential.reduce((s, b) => s + b.run.wallMs, 0);
  const parallelStarted = performance.now();
  const loadBeforeParallel = loadavg()[0]!.toFixed(2);
  const parallel = await Promise.all(shardSources.map((dir, k) => build(`shard ${k + 1} (all ${parts} at once)`, dir)));
  const parallelMs = performance.now() - parallelStarted;
  const whole = await build("whole corpus, one build", corpus);
  const all = [...sequential, ...parallel, whole];
  const ok = all.every((b) => b.run.ok);

  // 3. What the shards wrote, against each other and against the whole build.
  let outputs: { collisions: ReturnType<typeof collisionsBySection>; sameAsWhole: number; differentFromWhole: number; missingFromShards: string[]; onlyInShards: string[]; differentExamples: string[] } | null = null;
  let search: { alone: Transfer[][]; merged: Transfer[]; whole: Transfer[]; sortedMerged: Transfer[]; sortedWhole: Transfer[] } | null = null;
  if (ok) {
    const shardFiles = parallel.map((b) => hashTree(b.dist));
    const wholeFiles = hashTree(whole.dist);
    const collisions = findCollisions(shardFiles);
    const colliding = new Set(collisions.map((c) => c.path));
    let sameAsWhole = 0;
    const different: string[] = [];
    const missingFromShards: string[] = [];
    for (const [path, hash] of wholeFiles) {
      if (colliding.has(path)) continue;
      const owner = shardFiles.find((f) => f.has(path));
      if (!owner) missingFromShards.push(path);
      else if (owner.get(path) === hash) sameAsWhole++;
      else different.push(path);
    }
    const onlyInShards = shardFiles.flatMap((f) => [...f.keys()].filter((p) => !wholeFiles.has(p)));
    outputs = { collisions: collisionsBySection(collisions), sameAsWhole, differentFromWhole: different.length, missingFromShards, onlyInShards, differentExamples: different.slice(0, 10) };

    // 4. One search over all shards: shard 1 at /, the others under /sites/<n>/ on the same origin.
    const [first, ...others] = parallel;
    const merge = others.map((b, k) => ({ prefix: `/sites/${k + 2}/`, dist: b.dist }));
    console.log("bench:shards: search…");
    const alone = [];
    for (const b of parallel) alone.push(await searchTransfer(b.dist, QUERIES));
    const sort = { date: "desc" } as const;
    search = {
      alone,
      merged: await searchTransfer(first!.dist, QUERIES, { merge }),
      whole: await searchTransfer(whole.dist, QUERIES),
      sortedMerged: await searchTransfer(first!.dist, QUERIES, { merge, sort, first: SORTED_FIRST }),
      sortedWhole: await searchTransfer(whole.dist, QUERIES, { sort, first: SORTED_FIRST }),
    };
  }

  // 5. Tables.
  const buildRow = (b: BuildRun): [string, string, string] => [
    b.label,
    `${secs(b.run.wallMs)}${b.run.ok ? "" : " FAILED"}`,
    `CPU ${secs(cpu(b.run))}; peak RSS ${mib(b.run.peakRssBytes)}${b.run.children[0] ? ` (largest child: ${b.run.children[0].name} ${mib(b.run.children[0].hwmBytes)})` : ""}; ${b.report?.documents ?? "?"} documents, ${b.pages} pages, ${b.report?.pagesIndexed ?? "?"} indexed, dist ${mb(b.distBytes)}`,
  ];
  const builds = table([
    ...sequential.map(buildRow),
    ["shards one after the other", secs(sequentialMs), `CPU ${secs(sequential.reduce((s, b) => s + cpu(b.run), 0))}; peak RSS of any ${mib(Math.max(...sequential.map((b) => b.run.peakRssBytes)))}`],
    ...parallel.map(buildRow),
    ["shards all at once", secs(parallelMs), `CPU ${secs(parallel.reduce((s, b) => s + cpu(b.run), 0))}; peak RSS, sum of the shards' peaks ${mib(parallel.reduce((s, b) => s + b.run.peakRssBytes, 0))}; load average ${loadBeforeParallel} at the start`],
    buildRow(whole),
  ]);
  let joined = "";
  if (search && outputs) {
    const s = search;
    const rows: [string, string, string?][] = [];
    for (const [q, query] of QUERIES.entries()) {
      const parts_ = s.alone.map((t) => t[q]!.results);
      const sum = parts_.reduce((a, b) => a + b, 0);
      const merged = s.merged[q]!;
      const unprefixed = (urls: string[]) => urls.map((u) => u.replace(/^\/sites\/\d+\//, "/"));
      const wholeFirst = new Set(s.whole[q]!.urls);
      const sameFirst = unprefixed(merged.urls).filter((u) => wholeFirst.has(u)).length;
      rows.push([`"${query}": results`, `${parts_.join(" + ")} = ${sum}`, `merged ${merged.results} (${merged.results === sum ? "the sum" : "NOT the sum"}); whole build ${s.whole[q]!.results}; best match: ${sameFirst} of the merged first ${merged.urls.length} in the whole build's first ${wholeFirst.size}`]);
      rows.push([`"${query}": first results, merged`, kb(merged.bytes), `${merged.requests} files: ${Object.entries(merged.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(", ")}`]);
      for (const [k, t] of s.alone.entries()) rows.push([`"${query}": first results, shard ${k + 1} alone`, kb(t[q]!.bytes), `${t[q]!.requests} files`]);
      rows.push([`"${query}": first results, whole build`, kb(s.whole[q]!.bytes), `${s.whole[q]!.requests} files`]);
      const breaks = dateOrderBreaks(unprefixed(s.sortedMerged[q]!.urls), "desc");
      const wholeTop = new Set(s.sortedWhole[q]!.urls);
      const inWholeTop = unprefixed(s.sortedMerged[q]!.urls).filter((u) => wholeTop.has(u)).length;
      rows.push([`"${query}": newest first, merged, first ${SORTED_FIRST}`, `${breaks} out of order`, `adjacent pairs where an older result comes before a newer; ${inWholeTop} of the whole build's first ${SORTED_FIRST}; ${kb(s.sortedMerged[q]!.bytes)} fetched`]);
    }
    joined = table(rows);
  }
  const collisionTable = outputs
    ? table(outputs.collisions.map((c): [string, string, string] => [c.section, `${c.different} differ, ${c.identical} identical`, c.examples.join(", ")]))
    : "";
  const summary = outputs
    ? `files of the whole build written by exactly one shard: ${outputs.sameAsWhole} byte-identical, ${outputs.differentFromWhole} different${outputs.differentExamples.length ? ` (e.g. ${outputs.differentExamples.slice(0, 5).join(", ")})` : ""}; ` +
      `${outputs.missingFromShards.length} in no shard${outputs.missingFromShards.length ? ` (e.g. ${outputs.missingFromShards.slice(0, 5).join(", ")})` : ""}; ${outputs.onlyInShards.length} written by a shard but not by the whole build${outputs.onlyInShards.length ? ` (e.g. ${outputs.onlyInShards.slice(0, 5).join(", ")})` : ""}`
    : "";
  console.log(`\n## Builds (N = ${n}, ${parts} shards)\n\n${plan.map((s, k) => `shard ${k + 1}: ${s.documents} documents, ${s.folders.join(" ")}`).join("\n")}\n\n${builds}\n`);
  if (outputs) console.log(`## Paths written by more than one shard\n\n${collisionTable}\n\n${summary}\n`);
  if (joined) console.log(`## One search over the shards (mergeIndex)\n\n${joined}\n`);
  const resultsFile = join(CACHE, `results-shards-n${n}-s${seed}-p${parts}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify({ n, seed, parts, machine, versions, loadAtEnd: loadavg(), plan, sequential, sequentialMs, parallel, parallelMs, loadBeforeParallel, whole, outputs, search, totalMs: performance.now() - started }, (k, v) => (k === "output" ? String(v).slice(-4000) : v), 2),
  );
  console.log(`bench:shards: figures in ${resultsFile}; load average at the end ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  if (keep) console.log(`bench:shards: sites kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return ok && search !== null && search.merged.every((m, q) => m.results === search!.alone.reduce((s, t) => s + t[q]!.results, 0)) ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`bench:shards: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
