// The shard plan (docs/scaling.md): which council folders of a sources folder each shard builds, as a
// JSON file the CI workflow's matrix and every later step read, so that every runner works from the
// same split. Councils are whole folders, balanced by document count (split.ts); the files beside the
// council folders that every council needs (topics.yaml, people.yaml, committees.yaml) go to every
// shard. The release manifest and the redirects do not: they promise the URLs of the whole site, and
// a shard holds only some of its councils, so the join checks them against the joined site instead.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { splitBalanced } from "./split.ts";

/** Files beside the council folders that are the whole site's, not a shard's: the join reads them. */
export const SITE_FILES = new Set(["published-urls.json", "redirects.json"]);

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
  /** Files beside the council folders that every shard gets a copy of. */
  shared: string[];
  shards: PlannedShard[];
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
  const shared = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && !SITE_FILES.has(e.name))
    .map((e) => e.name)
    .sort();
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

/** A shard's own sources folder: its council folders and the shared files, copied from the plan's sources. */
export function writeShardSources(plan: ShardsPlan, shard: PlannedShard, out: string, cwd = process.cwd()): void {
  const root = resolve(cwd, plan.sources);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const folder of shard.folders) cpSync(join(root, folder), join(out, folder), { recursive: true });
  for (const file of plan.shared) copyFileSync(join(root, file), join(out, file));
}
