// The shard plan (docs/scaling.md): which council folders of a sources folder each shard builds, as a
// JSON file the CI workflow's matrix and every later step read, so that every runner works from the
// same split. Councils are whole folders, balanced by document count (split.ts); the files beside the
// council folders that every council needs (topics.yaml, people.yaml, committees.yaml) go to every
// shard. The release manifest and the redirects promise the URLs of the whole site: a shard gets only
// their lines under its own councils (so that its documents keep their published ids and it fails early,
// naming the URL, if it would lose one of its own), and the join checks the whole of them against the
// joined site, the pages across the archive included.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { GENERAL_TOPICS, sitePaths, type SitePaths } from "../cli/paths.ts";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { readManifest, type UrlManifest } from "../pipeline/emit/url-manifest.ts";
import { splitBalanced } from "./split.ts";

/** Files beside the council folders that are the whole site's: a shard gets its own lines of them (shardRelease). */
export const RELEASE_FILE = "published-urls.json";
export const REDIRECTS_FILE = "redirects.json";
export const SITE_FILES = new Set([RELEASE_FILE, REDIRECTS_FILE]);

export interface PlannedShard {
  /** The shard's name: `shard-<n>`, from 1. Names the CI matrix entry and its artifact. */
  name: string;
  /** Council folders, by name. */
  folders: string[];
  documents: number;
}

export interface ShardsPlan {
  /**
   * The sources folder: relative to the working directory the plan was made in (a checkout's root, so
   * that every runner finds it in its own checkout) when it is inside it, else absolute.
   */
  sources: string;
  /**
   * The control files every shard gets a copy of, beside its council folders under the same name:
   * paths relative to the sources folder (the bundled sample's topics, people and committees are in
   * its parent folder, `content/`).
   */
  shared: string[];
  shards: PlannedShard[];
}

/**
 * Where a one-machine `npm run build` of this sources folder reads and writes (scripts/cli/paths.ts):
 * the bundled sample's control files are in content/, anyone else's beside their council folders.
 */
export function oneMachinePaths(sourcesDir: string): SitePaths {
  const env = { ...process.env };
  if (resolve(sourcesDir) === sitePaths({}).sources) delete env.MINUTEBOOK_SOURCES;
  else env.MINUTEBOOK_SOURCES = resolve(sourcesDir);
  return sitePaths(env);
}

const insideOf = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return !rel.startsWith("..") && !isAbsolute(rel);
};

export function planShards(sourcesDir: string, parts: number, cwd = process.cwd()): ShardsPlan {
  const root = resolve(cwd, sourcesDir);
  if (!existsSync(root)) throw new Error(`${sourcesDir}: no such sources folder`);
  const discovery = discoverSources([root]);
  const perFolder = new Map<string, number>();
  for (const f of discovery.files) {
    const [folder, ...rest] = f.relativePath.split("/");
    if (!rest.length) throw new Error(`${f.absolutePath}: a source outside any council folder cannot be given to one shard; put it in its council's folder`);
    perFolder.set(folder!, (perFolder.get(folder!) ?? 0) + 1);
  }
  if (perFolder.size < parts) throw new Error(`${sourcesDir} has ${perFolder.size} council folder(s) with sources: too few for ${parts} shards`);
  const paths = oneMachinePaths(root);
  const control = [paths.topics, paths.peopleOverrides, paths.committeeRenames].filter((f) => f !== GENERAL_TOPICS && existsSync(f));
  const beside = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && !SITE_FILES.has(e.name))
    .map((e) => join(root, e.name));
  const shared = [...new Set([...control, ...beside])].map((f) => relative(root, f)).sort();
  return {
    sources: insideOf(cwd, root) ? relative(cwd, root) || "." : root,
    shared,
    shards: splitBalanced([...perFolder].map(([name, documents]) => ({ name, documents })), parts).map((s, n) => ({ name: `shard-${n + 1}`, ...s })),
  };
}

export function readPlan(path: string): ShardsPlan {
  if (!existsSync(path)) throw new Error(`${path}: no shard plan (make one with \`npm run shards -- plan\`)`);
  const plan = JSON.parse(readFileSync(path, "utf8")) as ShardsPlan;
  if (!Array.isArray(plan.shards) || typeof plan.sources !== "string" || !Array.isArray(plan.shared)) throw new Error(`${path}: not a shard plan`);
  return plan;
}

export function writePlan(path: string, plan: ShardsPlan): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, `${JSON.stringify(plan, null, 2)}\n`);
}

export function shardOf(plan: ShardsPlan, name: string): PlannedShard {
  const shard = plan.shards.find((s) => s.name === name);
  if (!shard) throw new Error(`the plan has no shard "${name}" (it has ${plan.shards.map((s) => s.name).join(", ")})`);
  return shard;
}

/**
 * The URL prefixes of a shard's councils in a release: `/<council>/` and `/people/<council>/` of every
 * council whose published documents come from the shard's folders (a document id starts with its
 * council's slug, a person id too).
 */
export function councilPrefixes(release: UrlManifest, folders: readonly string[]): string[] {
  const own = new Set(folders);
  const councils = new Set(Object.entries(release.documents).filter(([path]) => own.has(path.split("/")[0]!)).map(([, id]) => id.split("/")[0]!));
  return [...councils].sort().flatMap((c) => [`/${c}/`, `/people/${c}/`]);
}

/** The lines of a release manifest that are a shard's: its sources' documents, and URLs under its councils. */
export function shardRelease(release: UrlManifest, folders: readonly string[]): UrlManifest {
  const own = new Set(folders);
  const prefixes = councilPrefixes(release, folders);
  const under = (url: string) => prefixes.some((p) => url.startsWith(p));
  return {
    documents: Object.fromEntries(Object.entries(release.documents).filter(([path]) => own.has(path.split("/")[0]!))),
    pages: Object.fromEntries(Object.entries(release.pages).filter(([url]) => under(url))),
    files: release.files.filter(under),
    redirects: Object.fromEntries(Object.entries(release.redirects).filter(([from]) => under(from))),
    ...(release.withdrawn ? { withdrawn: release.withdrawn.filter(under) } : {}),
  };
}

/**
 * A shard's own sources folder: its council folders and the shared files, copied from the plan's
 * sources, and its lines of the site's release manifest and redirects.
 */
export function writeShardSources(plan: ShardsPlan, shard: PlannedShard, out: string, cwd = process.cwd()): void {
  const root = resolve(cwd, plan.sources);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const folder of shard.folders) cpSync(join(root, folder), join(out, folder), { recursive: true });
  for (const file of plan.shared) copyFileSync(join(root, file), join(out, basename(file)));
  const paths = oneMachinePaths(root);
  const release = readManifest(paths.publishedUrls);
  if (!release) return;
  writeFileSync(join(out, RELEASE_FILE), `${JSON.stringify(shardRelease(release, shard.folders), null, 2)}\n`);
  const redirectsPath = paths.redirects;
  if (existsSync(redirectsPath)) {
    const prefixes = councilPrefixes(release, shard.folders);
    const own = Object.entries(JSON.parse(readFileSync(redirectsPath, "utf8")) as Record<string, unknown>).filter(([from]) => prefixes.some((p) => from.startsWith(p)));
    writeFileSync(join(out, REDIRECTS_FILE), `${JSON.stringify(Object.fromEntries(own), null, 2)}\n`);
  }
}
