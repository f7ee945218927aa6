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

export interface BuildOptions {
  /** Node options before the script (e.g. `--import` of a test hook). */
  nodeArgs?: string[];
  /** Working directory of the build process (default: the project root). */
  cwd?: string;
}

export function buildSite(sourcesDir?: string, extraEnv: NodeJS.ProcessEnv = {}, options: BuildOptions = {}): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), "minutebook-test-"));
  const dist = join(work, "dist");
  const collection = join(work, "collection");
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTEBOOK_DIST: dist, MINUTEBOOK_COLLECTION: collection, MINUTEBOOK_SITE: TEST_SITE, ...extraEnv };
  if (sourcesDir) env.MINUTEBOOK_SOURCES = sourcesDir;
  else delete env.MINUTEBOOK_SOURCES;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", ...(options.nodeArgs ?? []), join(ROOT, "scripts/cli/build.ts")],
    { cwd: options.cwd ?? ROOT, env, encoding: "utf8" },
  );
  return { dist, collection, output: `${result.stdout}\n${result.stderr}`, status: result.status };
}
