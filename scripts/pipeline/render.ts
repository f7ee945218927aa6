// Render stage: the Astro build of the site from the collection, as its own process (Astro's CLI): the
// whole site in one process, in parallel parts (one per core) joined afterwards, or only the pages an
// incremental build selected (src/lib/page-selection.ts). Shared by `npm run build` and the benchmark.
import { type ChildProcess, spawn, type StdioOptions } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PageSelection } from "../../src/lib/page-selection.ts";
import { ROOT, siteUrl } from "../cli/paths.ts";
import { stoppedWithBuild, tracked } from "./children.ts";

/**
 * `listings`: a file to which each page listing across the archive appends the digest of its inputs
 * (src/lib/page-selection.ts `rendersListing`), for the next incremental build to compare against.
 */
export function renderSite(collectionDir: string, distDir: string, selection?: PageSelection, cacheDir?: string, listings?: string): Promise<void> {
  const env = astroEnv(collectionDir, distDir, cacheDir, listings);
  if (selection) env.MINUTEBOOK_PAGES = writeSelection(distDir, selection);
  return finished(spawnAstro(env));
}

/**
 * The environment of an `astro build` of `collectionDir` into `distDir`: the build's own, with the
 * settings of an earlier render (pages, cache, listings) replaced by this one's.
 */
export function astroEnv(collectionDir: string, distDir: string, cacheDir?: string, listings?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTEBOOK_COLLECTION: collectionDir, MINUTEBOOK_DIST: distDir, ASTRO_TELEMETRY_DISABLED: "1" };
  delete env.MINUTEBOOK_PAGES;
  delete env.MINUTEBOOK_ASTRO_CACHE;
  delete env.MINUTEBOOK_LISTINGS;
  delete env.MINUTEBOOK_AWAIT_PAGES;
  if (listings) env.MINUTEBOOK_LISTINGS = listings;
  if (cacheDir) env.MINUTEBOOK_ASTRO_CACHE = cacheDir;
  return env;
}

/** Writes the selection beside `distDir` for MINUTEBOOK_PAGES (src/lib/page-selection.ts); returns the file. */
export function writeSelection(distDir: string, selection: PageSelection): string {
  mkdirSync(distDir, { recursive: true });
  const file = `${distDir}.pages.json`;
  writeFileSync(file, JSON.stringify(selection));
  return file;
}

/** `astro build` in its own process, stopped with the build; `ipc` opens a channel to it (early-render.ts). */
export function spawnAstro(env: NodeJS.ProcessEnv, ipc = false): ChildProcess {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
  const stdio: StdioOptions = ipc ? ["inherit", "inherit", "inherit", "ipc"] : "inherit";
  return tracked(spawn(process.execPath, [astroBin, "build", "--silent"], { cwd: ROOT, stdio, env, ...stoppedWithBuild() }));
}

/** Resolves when the Astro process exits with 0; rejects naming how it stopped otherwise. */
export function finished(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit ${code ?? signal})`))));
  });
}

/**
 * Parts of a full build: MINUTEBOOK_ASTRO_PARTS, else one. Parallel parts are opt-in: each part loads
 * the whole content store and renders every page across the archive, so two parts cost a third more
 * CPU than one (53.0 s against 39.9 s at 1,000 documents) and nearly twice the memory (each part about
 * a whole process: 1.53 GiB against 0.87 GiB at 1,000), and on two cores they would take the core a
 * full build already uses beside Astro (pipeline/full-site.ts; docs/performance.md, "session 6").
 * They pay off with cores to spare and memory for two Astro processes.
 */
export function astroParts(): number {
  const raw = process.env.MINUTEBOOK_ASTRO_PARTS;
  if (!raw) return 1;
  const parts = Number(raw);
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`MINUTEBOOK_ASTRO_PARTS must be a whole number above 0, not "${raw}"`);
  return parts;
}

/**
 * A full build: one Astro process, or several rendering disjoint parts at once (src/lib/page-selection.ts)
 * into folders inside the project (Astro keeps its build scratch beside an output folder inside the
 * working directory, so parallel builds must not share one), joined into dist afterwards.
 */
export async function renderFullSite(collectionDir: string, distDir: string, parts: number, listings?: string): Promise<void> {
  if (parts === 1) return renderSite(collectionDir, distDir, undefined, undefined, listings);
  const work = join(ROOT, ".minutebook", `astro-parts-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  try {
    const folders = Array.from({ length: parts }, (_, part) => join(work, `part-${part}`));
    await Promise.all(folders.map((folder, part) => renderSite(collectionDir, folder, { part, parts }, join(work, `cache-${part}`), listings)));
    mkdirSync(distDir, { recursive: true });
    // Loaded here: the build loads this module before it starts ingest, and only parts need the join.
    const { joinParts } = await import("./emit/partial-site.ts");
    joinParts(folders, distDir, siteUrl());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

