// Runs the real `npm run build` pipeline into temporary folders, for tests that read the built site.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface BuiltSite {
  dist: string;
  collection: string;
  output: string;
  status: number | null;
}

/**
 * The public origin test builds are published at, as a publisher sets it (MINUTEBOOK_SITE); pass
 * `{ MINUTEBOOK_SITE: "" }` to build as a fresh clone does, without one.
 */
export const TEST_SITE = "https://minutebook.test";

/** The build folders of a site built into `work`: its `dist` and its `collection`. */
export const folders = (work: string): { dist: string; collection: string } => ({ dist: join(work, "dist"), collection: join(work, "collection") });

export interface BuildOptions {
  /** Node options before the script (e.g. `--import` of a test hook), for the build's own process only. */
  nodeArgs?: string[];
  /**
   * Modules every Node process of the build imports first (`--import` through NODE_OPTIONS), Astro's
   * process included: the test hooks of tests/support/hooks/.
   */
  imports?: string[];
  /** Working directory of the build process (default: the project root). */
  cwd?: string;
  /**
   * The folders to build into (default: new ones in a temporary folder). A build into the folders of an
   * earlier one is an incremental build, as `npm run build` run again.
   */
  into?: { dist: string; collection: string };
}

export function buildSite(sourcesDir?: string, extraEnv: NodeJS.ProcessEnv = {}, options: BuildOptions = {}): BuiltSite {
  const { dist, collection } = options.into ?? folders(mkdtempSync(join(tmpdir(), "minutebook-test-")));
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTEBOOK_DIST: dist, MINUTEBOOK_COLLECTION: collection, MINUTEBOOK_SITE: TEST_SITE, ...extraEnv };
  if (options.imports?.length) env.NODE_OPTIONS = [env.NODE_OPTIONS, ...options.imports.map((m) => `--import ${m}`)].filter(Boolean).join(" ");
  if (sourcesDir) env.MINUTEBOOK_SOURCES = sourcesDir;
  else delete env.MINUTEBOOK_SOURCES;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", ...(options.nodeArgs ?? []), join(ROOT, "scripts/cli/build.ts")],
    { cwd: options.cwd ?? ROOT, env, encoding: "utf8" },
  );
  return { dist, collection, output: `${result.stdout}\n${result.stderr}`, status: result.status };
}

/** The output of a build that must succeed; a failed one throws with its status and output. */
export function succeeded(site: BuiltSite): string {
  if (site.status !== 0) throw new Error(`the build failed (status ${site.status}):\n${site.output}`);
  return site.output;
}
