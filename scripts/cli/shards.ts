// npm run shards -- plan | build | join: one archive built as shards on separate machines and joined
// into one site with one search (docs/scaling.md). The CI workflow .github/workflows/build-shards.yml
// runs exactly these commands (tests/shards/dry-run.test.ts runs them from the workflow file):
//   plan  --sources DIR --parts N --out PLAN    split the council folders of DIR into N shards (PLAN: JSON);
//                                               under GitHub Actions also sets the step output `shards`
//                                               (the shard names, JSON) for the build matrix
//   build --plan PLAN --shard NAME --out DIR    build one shard with the unchanged `npm run build`:
//                                               DIR/sources (its councils), DIR/collection, DIR/dist
//   join  --plan PLAN --from DIR --out DIST     join the shards built into DIR/<shard name> into one site
//   dry-run --sources DIR [--parts N] --work DIR  the workflow's plan, build and join steps, run here one
//                                               shard after the other (scripts/shards/dry-run.ts);
//                                               the joined site is DIR/site
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { argReader } from "../bench/args.ts";
import { planShards, readPlan, shardOf, writePlan, writeShardSources } from "../shards/plan.ts";
import { joinShards, shardOutput } from "../shards/join.ts";
import { dryRun, WORKFLOW } from "../shards/dry-run.ts";

const USAGE = [
  "usage: npm run shards -- plan --sources DIR --parts N --out PLAN.json",
  "       npm run shards -- build --plan PLAN.json --shard NAME --out DIR",
  "       npm run shards -- join --plan PLAN.json --from DIR --out DIST",
  "       npm run shards -- dry-run --sources DIR [--parts N] --work DIR",
].join("\n");

function plan(argv: string[]): number {
  const { value, rest } = argReader(argv);
  const sources = value("--sources");
  const parts = Number(value("--parts"));
  const out = value("--out");
  if (rest.length || !sources || !out || !Number.isInteger(parts) || parts < 1) return usage();
  const made = planShards(sources, parts);
  writePlan(out, made);
  for (const s of made.shards) console.log(`shards: ${s.name}: ${s.documents} documents in ${s.folders.length} council folder(s): ${s.folders.join(", ")}`);
  // The build matrix of the workflow (`fromJSON(needs.plan.outputs.shards)`).
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `shards=${JSON.stringify(made.shards.map((s) => s.name))}\n`);
  return 0;
}

function build(argv: string[]): number {
  const { value, rest } = argReader(argv);
  const planFile = value("--plan");
  const name = value("--shard");
  const out = value("--out");
  if (rest.length || !planFile || !name || !out) return usage();
  const made = readPlan(planFile);
  const shard = shardOf(made, name);
  const dir = resolve(out);
  writeShardSources(made, shard, join(dir, "sources"));
  console.log(`shards: building ${shard.name}: ${shard.documents} documents of ${shard.folders.length} council folder(s) into ${dir}`);
  const env: NodeJS.ProcessEnv = { ...process.env, MINUTEBOOK_SOURCES: join(dir, "sources"), MINUTEBOOK_COLLECTION: join(dir, "collection"), MINUTEBOOK_DIST: join(dir, "dist") };
  // The shard's lines of the site's release manifest are in its sources folder (writeShardSources); the
  // whole manifest is checked by the join.
  delete env.MINUTEBOOK_PUBLISHED_URLS;
  const result = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, "build.ts")], { stdio: "inherit", env });
  return result.status ?? 1;
}

async function joinCommand(argv: string[]): Promise<number> {
  const { value, rest } = argReader(argv);
  const planFile = value("--plan");
  const from = value("--from");
  const out = value("--out");
  if (rest.length || !planFile || !from || !out) return usage();
  const made = readPlan(planFile);
  const result = await joinShards(
    made,
    made.shards.map((s) => shardOutput(join(from, s.name), s.name)),
    resolve(out),
    { log: (line) => console.log(line) },
  );
  console.log(
    `shards: joined ${made.shards.length} shards into ${out}: ${result.documents} documents, ${result.pages} pages ` +
      `(${result.hubPages} files across the archive from the hub, ${result.shared} identical files written by several shards kept once), ` +
      `search over ${result.search.pages} document pages in ${result.search.shards} date band(s)`,
  );
  if (result.brokenUrls.length) {
    for (const b of result.brokenUrls) console.error(`error: published URL broken: ${b}`);
    console.error(`shards: the joined site would break ${result.brokenUrls.length} URL(s) published in the site's release manifest`);
    return 1;
  }
  return 0;
}

function dryRunCommand(argv: string[]): number {
  const { value, rest } = argReader(argv);
  const sources = value("--sources");
  const parts = Number(value("--parts") ?? 2);
  const work = value("--work");
  if (rest.length || !sources || !work || !Number.isInteger(parts) || parts < 1) return usage();
  const result = dryRun({ sources: resolve(sources), parts, work: resolve(work), log: (line) => console.log(line) });
  console.log(`shards: dry run of ${WORKFLOW}: ${result.shards.length} shards built and joined into ${result.site}`);
  return 0;
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

async function main(): Promise<number> {
  const [command, ...argv] = process.argv.slice(2);
  if (command === "plan") return plan(argv);
  if (command === "build") return build(argv);
  if (command === "join") return joinCommand(argv);
  if (command === "dry-run") return dryRunCommand(argv);
  return usage();
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`shards: ${error.message}`);
    process.exitCode = 1;
  },
);
