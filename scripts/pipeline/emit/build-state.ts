// What an incremental build compares against: the fingerprint of what a build's output depends on
// besides the sources (the site's code, control files and settings) and the state a finished build
// leaves in the collection folder. Apart from the rest of the site stage (partial-site.ts) because the
// build reads them first, before its other code is loaded (scripts/cli/build.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What a build's output depends on besides the sources: the site's code, control files and settings. */
export function buildFingerprint(root: string, controlFiles: readonly string[], settings: Record<string, string | undefined>): string {
  const hash = createHash("sha256");
  const code = ["src", "scripts", "public"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)),
  );
  for (const rel of [...code, "astro.config.mjs", "package.json"].sort()) {
    const path = join(root, rel);
    if (!statSync(path).isFile()) continue;
    hash.update(`${rel}\0`).update(readFileSync(path)).update("\0");
  }
  for (const path of [...controlFiles].sort()) hash.update(`${path}\0`).update(existsSync(path) ? readFileSync(path) : "(none)").update("\0");
  hash.update(JSON.stringify(Object.entries(settings).sort()));
  return hash.digest("hex");
}

export interface BuildState {
  fingerprint: string;
  dist: string;
  /** The digest of each page listing across the archive (src/lib/page-selection.ts `rendersListing`). */
  listings?: Record<string, string>;
}

export const BUILD_STATE_FILE = ".build-state.json";

export function readBuildState(collectionDir: string): BuildState | null {
  const path = join(collectionDir, BUILD_STATE_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as BuildState) : null;
}

/**
 * The last build's state, removed from the collection folder: a build takes it when it starts and writes
 * its own when it has finished. A build that stops in between (Astro fails, a signal) has already changed
 * the collection, and a state left behind would have the next build compare that collection with a site
 * that was never updated from it, and render nothing; with none, the next build is full.
 */
export function takeBuildState(collectionDir: string): BuildState | null {
  const state = readBuildState(collectionDir);
  rmSync(join(collectionDir, BUILD_STATE_FILE), { force: true });
  return state;
}

export function writeBuildState(collectionDir: string, state: BuildState): void {
  writeFileSync(join(collectionDir, BUILD_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}
