// Emit stage: the Pagefind index of the document pages, split into date-band shards
// (src/lib/search.ts `planSearchShards`), each built by its own Pagefind process (search-shard.ts),
// two at a time on a machine with two cores: one Node process per band built at once, handed band
// after band. Memory is then that of the largest shard, not of the
// archive, and a later build touches only the shards whose documents changed: the plan of the last
// build is kept in dist/search/shards.json, which the benchmark and tools also read to merge the shards.
// A stale band is first patched for its changed and added pages alone (search-patch.ts), and
// re-indexed whole only where the patch declines, saying why.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { pagefindSortDate, planSearchShards, type SearchShard } from "../../../src/lib/search.ts";
import { stoppedWithBuild, tracked } from "../children.ts";
import { BAND_FILTERS_FILE, type BandAnswer, type BandJob, type FilterCounts } from "./search-shard.ts";
import { patchBand } from "./search-patch.ts";
import type { DocumentSummary } from "../../../src/schema/record.ts";

export const SHARDS_FILE = "search/shards.json";
/**
 * Every filter value of the archive with its count of documents, summed over the bands: the search page
 * lists these from the start, though it searches the older bands only on demand.
 */
export const FILTERS_FILE = "search/filters.json";

export interface SearchShardsFile {
  shardSize: number;
  shards: SearchShard[];
}

export interface SearchIndexOptions {
  shardSize: number;
  /**
   * Incremental: the documents whose page changed since the last build. A shard with the same
   * documents as last time and none of them changed keeps its index. Omitted: every shard is rebuilt.
   */
  changed?: ReadonlySet<string>;
  /** At most this many Pagefind processes at once (default: one per core, at most two). */
  concurrency?: number;
}

export interface SearchIndexResult {
  pages: number;
  shards: number;
  /** Shards whose bundle changed: patched or re-indexed. */
  rebuilt: number;
  /** Of those, the shards patched for their changed pages alone (search-patch.ts). */
  patched: number;
  /** Stale shards of a rebuild that could not be patched, re-indexed whole, and why. */
  declined: { bundle: string; reason: string }[];
}

export function readShardsFile(distDir: string): SearchShardsFile | null {
  const path = join(distDir, SHARDS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as SearchShardsFile) : null;
}

const sameDocuments = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, n) => id === b[n]);

/** The shards that must be (re)built: all, or those whose documents or pages changed. */
function staleShards(distDir: string, plan: SearchShard[], options: SearchIndexOptions, last: SearchShardsFile | null): SearchShard[] {
  const previous = options.changed ? last : null;
  if (!previous || previous.shardSize !== options.shardSize) return plan;
  const before = new Map(previous.shards.map((s) => [s.bundle, s.documents]));
  return plan.filter((shard) => {
    const documents = before.get(shard.bundle);
    return !documents || !sameDocuments(documents, shard.documents) || shard.documents.some((id) => options.changed!.has(id)) || !existsSync(join(distDir, shard.bundle, "pagefind.js")) || !existsSync(join(distDir, shard.bundle, BAND_FILTERS_FILE));
  });
}

/**
 * Builds the bands of `queue` in one child process (search-shard.ts `serveBands`), one after another,
 * taking each from the shared queue as the last is done. Rejects with the first band that fails.
 */
function runBands(distDir: string, queue: SearchShard[]): Promise<void> {
  // Its errors come back as answers; anything else it prints (a crash) goes to this process's stderr.
  const child = tracked(
    spawn(process.execPath, [...process.execArgv, join(import.meta.dirname, "search-shard.ts")], {
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      ...stoppedWithBuild(),
    }),
  );
  return new Promise((resolve, reject) => {
    let current: SearchShard | undefined;
    const fail = (why: string) => {
      const band = current ? `search index shard ${current.bundle} (${current.documents.length} documents)` : "search index";
      reject(new Error(`${band} failed: ${why}`));
      current = undefined;
      queue.length = 0;
      if (child.connected) child.disconnect();
    };
    const next = () => {
      current = queue.shift();
      if (current) child.send({ distDir, bundle: current.bundle, ids: current.documents } satisfies BandJob);
      else child.disconnect();
    };
    child.on("message", (answer: BandAnswer) => (answer.ok ? next() : fail(answer.error)));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (current) fail(`its process ended (${signal ?? `exit ${code}`})`);
      else if (code === 0) resolve();
      else reject(new Error(`search index: a band process ended with ${signal ?? `exit ${code}`}`));
    });
    next();
  });
}

/** The bands' filter counts summed, names and values in code-point order (the same bytes for the same pages). */
function archiveFilters(distDir: string, plan: SearchShard[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const shard of plan) {
    const path = join(distDir, shard.bundle, BAND_FILTERS_FILE);
    if (!existsSync(path)) continue;
    for (const [name, values] of Object.entries(JSON.parse(readFileSync(path, "utf8")) as FilterCounts)) {
      for (const [value, count] of Object.entries(values)) (sum[name] ??= {})[value] = (sum[name][value] ?? 0) + count;
    }
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return Object.fromEntries(
    Object.keys(sum)
      .sort(byCodePoint)
      .map((name) => [name, Object.fromEntries(Object.keys(sum[name]!).sort(byCodePoint).map((v) => [v, sum[name]![v]!]))]),
  );
}

/**
 * In a rebuild, each stale shard that the last build had is patched for its changed and added pages
 * (search-patch.ts); the rest, and every declined one, are left in the queue to re-index whole.
 */
async function patchStale(
  distDir: string,
  documents: readonly Pick<DocumentSummary, "id" | "date" | "year">[],
  stale: readonly SearchShard[],
  options: SearchIndexOptions,
  last: SearchShardsFile | null,
): Promise<{ queue: SearchShard[]; patched: number; declined: { bundle: string; reason: string }[] }> {
  const previous = options.changed ? new Map(last?.shards.map((s) => [s.bundle, s.documents])) : new Map<string, string[]>();
  const candidates = stale.filter((shard) => previous.has(shard.bundle));
  if (!options.changed || !candidates.length) return { queue: [...stale], patched: 0, declined: [] };
  const byId = new Map(documents.map((d) => [d.id, d]));
  const queue = stale.filter((shard) => !previous.has(shard.bundle));
  const declined: { bundle: string; reason: string }[] = [];
  for (const shard of candidates) {
    const outcome = await patchBand({
      distDir,
      bundle: shard.bundle,
      before: previous.get(shard.bundle)!,
      after: shard.documents,
      changed: options.changed,
      sortKey: (id) => pagefindSortDate(byId.get(id)!),
    });
    if (!outcome.patched) {
      declined.push({ bundle: shard.bundle, reason: outcome.reason });
      queue.push(shard);
    }
  }
  return { queue, patched: candidates.length - declined.length, declined };
}

export async function buildSearchIndex(
  distDir: string,
  documents: readonly Pick<DocumentSummary, "id" | "date" | "year">[],
  options: SearchIndexOptions,
): Promise<SearchIndexResult> {
  const plan = planSearchShards(documents, options.shardSize);
  // The last build's plan, read once: what is stale, what can be patched, what is gone.
  const last = readShardsFile(distDir);
  const stale = staleShards(distDir, plan, options, last);
  // Bundles of a previous plan that this one no longer has.
  for (const old of last?.shards ?? []) {
    if (!plan.some((s) => s.bundle === old.bundle)) rmSync(join(distDir, old.bundle), { recursive: true, force: true });
  }
  // Pagefind's service, started by patchStale or ahead of it (search-patch.ts `startPagefind`), closed here either way.
  const { queue, patched, declined } = await patchStale(distDir, documents, stale, options, last).finally(() => pagefind.close());
  const concurrency = Math.max(1, options.concurrency ?? Math.min(2, availableParallelism()));
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, () => runBands(distDir, queue)));
  const file: SearchShardsFile = { shardSize: options.shardSize, shards: plan };
  writeFileSync(join(distDir, SHARDS_FILE), `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(join(distDir, FILTERS_FILE), `${JSON.stringify(archiveFilters(distDir, plan))}\n`);
  return { pages: documents.length, shards: plan.length, rebuilt: stale.length, patched, declined };
}
