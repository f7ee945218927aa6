// An incremental build starts its Astro process while ingest runs (scripts/pipeline/early-render.ts); the
// process waits for its pages before it reads anything of the collection (src/integrations/await-pages.ts).
// Pinned here: the wait comes before any read of the collection (else a rebuild could render a
// half-written collection); a plan that turns out full stops the early process and builds what a full
// build builds; an ingest that fails leaves no Astro process behind (else the build would hang on it, or
// leave it running); a rebuild whose Astro fails after ingest leaves the next build full (else that
// build finds nothing changed in the collection and leaves the site without the change).
//
// Breaks caught: the wait moved after the prerenderer's `getStaticPaths` (the first case renders with no
// collection: 11 files differ from renderSite's); `close` left out of the full path (the early process
// waits beside the full render) or of the build's way out (a failed ingest: the build never exits, and
// the third case times out).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startPendingRender } from "../../scripts/pipeline/early-render.ts";
import { renderSite } from "../../scripts/pipeline/render.ts";
import { buildSite, ROOT, succeeded, TEST_SITE } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

const SAMPLE = join(ROOT, "content", "sources");
const CHANGED = join("walsall-council", "002_7ff3a627922ab07f.txt");
const FAIL_INGEST = join(ROOT, "tests", "support", "hooks", "fail-ingest.mjs");
const FAIL_ASTRO = join(ROOT, "tests", "support", "hooks", "fail-astro.mjs");
const work = mkdtempSync(join(tmpdir(), "minutebook-early-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A writable copy of the sample's sources with one more document, which a test may remove. */
function sources(name: string): string {
  const dir = join(work, name, "sources");
  cpSync(SAMPLE, dir, { recursive: true });
  for (const file of ["people.yaml", "topics.yaml", "committees.yaml"]) cpSync(join(ROOT, "content", file), join(dir, file));
  mkdirSync(join(dir, "new-council"));
  cpSync(join(ROOT, "tests/fixtures/layouts/cms-minutes.txt"), join(dir, "new-council", "cms-minutes.txt"));
  return dir;
}

/** `sources(name)` built in full into folders of its own, ready for a rebuild. */
function built(name: string): { dir: string; collection: string; dist: string } {
  const dir = sources(name);
  const collection = join(work, name, "collection");
  const dist = join(work, name, "dist");
  succeeded(buildSite(dir, {}, { into: { collection, dist } }));
  return { dir, collection, dist };
}

/** The environment that loads a test hook into every Node process of a build. */
const withHook = (hook: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${hook}`].filter(Boolean).join(" ") });

/**
 * Running Astro processes of `collection` (their environment says so), split into early ones (started
 * beside ingest, MINUTEBOOK_AWAIT_PAGES) and the others. Linux's /proc.
 */
function astros(collection: string): { early: number[]; others: number[] } {
  const found = { early: [] as number[], others: [] as number[] };
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const env = readFileSync(`/proc/${name}/environ`, "utf8").split("\0");
      if (!env.includes(`MINUTEBOOK_COLLECTION=${collection}`) || !readFileSync(`/proc/${name}/cmdline`, "utf8").includes("astro.mjs")) continue;
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2)[0] === "Z") continue;
      found[env.includes("MINUTEBOOK_AWAIT_PAGES=1") ? "early" : "others"].push(Number(name));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/**
 * `npm run build` into the folders given, watching its Astro processes while it runs: its exit status,
 * output, whether an early Astro was seen, whether one ran at the same time as another Astro of the build
 * (a full render), and the early ones still running when the build has exited.
 */
async function watchedBuild(sourcesDir: string, collection: string, dist: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTEBOOK_SOURCES: sourcesDir, MINUTEBOOK_COLLECTION: collection, MINUTEBOOK_DIST: dist, MINUTEBOOK_SITE: TEST_SITE, ...extraEnv };
  const build = spawn(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", join(ROOT, "scripts/cli/build.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  build.stdout.on("data", (chunk) => (output += chunk));
  build.stderr.on("data", (chunk) => (output += chunk));
  const status = new Promise<number | null>((resolve) => build.on("exit", (code) => resolve(code)));
  let seen = false;
  let overlapped = false;
  while (build.exitCode === null && build.signalCode === null) {
    const now = astros(collection);
    seen ||= now.early.length > 0;
    overlapped ||= now.early.length > 0 && now.others.length > 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { status: await status, output, seen, overlapped, left: astros(collection).early };
}

describe("Astro started before an incremental build's pages are chosen", () => {
  it("reads nothing of the collection before it has its pages: started on a collection not yet written, it renders what renderSite renders", async () => {
    const first = buildSite();
    succeeded(first);
    const collection = join(work, "late", "collection");
    const listings = join(work, "late", "listings.tsv");
    const pending = startPendingRender(collection, listings);
    try {
      await pending.awaiting;
      // Only now is the collection there: an Astro process that had read it before waiting found nothing.
      expect(existsSync(collection)).toBe(false);
      cpSync(first.collection, collection, { recursive: true });
      const document = readdirSync(join(collection, "documents"), { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".mdx"))!;
      const selection = { documents: [document.slice(0, -".mdx".length)], people: [] };
      await pending.render(selection).rendered;
      const after = join(work, "late", "after");
      const afterListings = join(work, "late", "after-listings.tsv");
      await renderSite(collection, after, selection, undefined, afterListings);
      expect(tree(pending.dist).size).toBeGreaterThan(3);
      expect(treeDifferences(tree(pending.dist), tree(after))).toEqual([]);
      expect(readFileSync(listings, "utf8")).toBe(readFileSync(afterListings, "utf8"));
    } finally {
      await pending.close();
    }
    expect(existsSync(pending.dist)).toBe(false);
  }, 600_000);

  it("a plan that turns out full stops the early Astro, and the site is byte for byte a fresh full build's", async () => {
    const { dir, collection, dist } = built("full");
    // Known only after ingest: a removed source gives a full build (scripts/pipeline/incremental.ts).
    rmSync(join(dir, "new-council"), { recursive: true });
    const rebuild = await watchedBuild(dir, collection, dist);
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(rebuild.output).toMatch(/full build: \d+ file\(s\) of the collection were removed/);
    expect(rebuild.seen, "an early Astro process was started").toBe(true);
    expect(rebuild.overlapped, "the early Astro was still running beside the full render").toBe(false);
    expect(rebuild.left).toEqual([]);
    const fresh = buildSite(dir);
    succeeded(fresh);
    expect(treeDifferences(tree(dist), tree(fresh.dist))).toEqual([]);
  }, 600_000);

  it("an ingest that fails leaves no Astro process behind, and the build fails", async () => {
    const { dir, collection, dist } = built("failing");
    cpSync(join(dir, CHANGED), join(dir, "walsall-council", "008_changed_copy.txt"));
    const rebuild = await watchedBuild(dir, collection, dist, withHook(FAIL_INGEST, { MINUTEBOOK_TEST_FAIL_INGEST: "2000" }));
    expect(rebuild.status).not.toBe(0);
    expect(rebuild.output).toContain("ingest stopped without finishing");
    expect(rebuild.seen, "an early Astro process was started").toBe(true);
    expect(rebuild.left).toEqual([]);
  }, 600_000);

  it("a rebuild whose Astro fails after ingest has written the collection leaves the next build full, and its site a fresh build's", async () => {
    const { dir, collection, dist } = built("failing-astro");
    cpSync(join(dir, CHANGED), join(dir, "walsall-council", "008_changed_copy.txt"));
    const failed = await watchedBuild(dir, collection, dist, withHook(FAIL_ASTRO, { MINUTEBOOK_TEST_FAIL_ASTRO: "1" }));
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("astro build");
    // The collection has the new document now, so the next ingest changes nothing: only a full build
    // brings the site up to date.
    const next = await watchedBuild(dir, collection, dist);
    expect(next.status, next.output).toBe(0);
    expect(next.output).not.toContain("incremental build:");
    const fresh = buildSite(dir);
    succeeded(fresh);
    expect(treeDifferences(tree(dist), tree(fresh.dist))).toEqual([]);
  }, 600_000);
});
