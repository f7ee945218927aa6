// The CI workflow (.github/workflows/build-shards.yml), run on this machine: the `npm run shards` steps
// of its plan, build and join jobs are read from the workflow file and run as they are, one shard
// after the other, and each shard's artifact is what its upload step lists, copied as
// actions/upload-artifact and actions/download-artifact would lay it out. So what the dry run tests is
// what the workflow runs. Used by `npm run shards -- dry-run` and tests/shards/dry-run.test.ts.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { load } from "js-yaml";
import { ROOT } from "../cli/paths.ts";

export const WORKFLOW = join(ROOT, ".github", "workflows", "build-shards.yml");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}

interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> }; outputs?: Record<string, string> }>;
}

/** What the dry run takes from the workflow: the three commands, their step env, and the artifact layout. */
export interface ShardSteps {
  work: string;
  plan: { run: string; env: string[] };
  build: { run: string; env: string[] };
  join: { run: string; env: string[] };
  /** The build job's upload: artifact name and paths (expressions unexpanded). */
  upload: { name: string; paths: string[] };
  /** Where the join job downloads the shards' artifacts (expression unexpanded). */
  download: string;
  /** The build matrix's expression. */
  matrix: unknown;
}

export function readWorkflow(path = WORKFLOW): Workflow {
  return load(readFileSync(path, "utf8")) as Workflow;
}

function shardsStep(workflow: Workflow, job: string): { run: string; env: string[] } {
  const steps = workflow.jobs[job]?.steps ?? [];
  const found = steps.filter((s) => s.run?.includes("npm run shards"));
  if (found.length !== 1) throw new Error(`${WORKFLOW}: job "${job}" must have exactly one \`npm run shards\` step, not ${found.length}`);
  return { run: found[0]!.run!.trim(), env: Object.keys(found[0]!.env ?? {}).sort() };
}

export function shardSteps(workflow: Workflow): ShardSteps {
  const upload = workflow.jobs.build?.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
  const download = workflow.jobs.join?.steps.find((s) => s.uses?.startsWith("actions/download-artifact@") && s.with?.pattern);
  if (!upload?.with || !download?.with) throw new Error(`${WORKFLOW}: the build job must upload its shard and the join job download them by pattern`);
  return {
    work: String(workflow.env?.WORK ?? ""),
    plan: shardsStep(workflow, "plan"),
    build: shardsStep(workflow, "build"),
    join: shardsStep(workflow, "join"),
    upload: { name: String(upload.with.name), paths: String(upload.with.path).split("\n").map((p) => p.trim()).filter(Boolean) },
    download: String(download.with.path),
    matrix: workflow.jobs.build?.strategy?.matrix?.shard,
  };
}

/** `${{ env.WORK }}` and `${{ matrix.shard }}`; any other expression is an error (the dry run cannot know it). */
export function expand(text: string, values: { work: string; shard?: string }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (whole, expression: string) => {
    if (expression === "env.WORK") return values.work;
    if (expression === "matrix.shard" && values.shard !== undefined) return values.shard;
    throw new Error(`the dry run cannot expand ${whole}`);
  });
}

/** The longest folder every path is inside: actions/upload-artifact's root for a list of paths. */
export function commonRoot(paths: readonly string[]): string {
  const split = paths.map((p) => resolve(p).split(sep));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  const root = first.slice(0, n).join(sep) || sep;
  // A single file is uploaded from its folder.
  return paths.length === 1 && existsSync(root) && statSync(root).isFile() ? resolve(root, "..") : root;
}

/**
 * Copies the listed paths under `into`, as they are below their common root, as upload-artifact does:
 * hidden files left out, a path that does not exist skipped (a shard with no people has no people
 * folder), none at all an error (the workflow's if-no-files-found: error).
 */
function copyArtifact(paths: readonly string[], into: string): void {
  const present = paths.filter((p) => existsSync(p));
  if (!present.length) throw new Error(`none of the artifact's paths exists: ${paths.join(", ")}`);
  const root = commonRoot(present);
  for (const path of present) {
    cpSync(path, join(into, relative(root, resolve(path))), { recursive: true, filter: (source) => !basename(source).startsWith(".") });
  }
}

export interface DryRunOptions {
  sources: string;
  parts: number;
  /** Scratch folder: WORK of the workflow (absolute). */
  work: string;
  /** Extra environment (MINUTEBOOK_SITE, …). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface DryRun {
  shards: string[];
  /** The joined site. */
  site: string;
  /** The commands run, in order, as the shell ran them. */
  commands: string[];
}

export function dryRun(options: DryRunOptions): DryRun {
  const log = options.log ?? (() => {});
  const steps = shardSteps(readWorkflow());
  const work = resolve(options.work);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const output = join(work, "github-output");
  const commands: string[] = [];
  const run = (step: { run: string }, env: Record<string, string>) => {
    log(`dry run: ${step.run}${Object.keys(env).length ? `   (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(" ")})` : ""}`);
    commands.push(step.run);
    const result = spawnSync("bash", ["-eo", "pipefail", "-c", step.run], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...options.env, WORK: work, GITHUB_OUTPUT: output, ...env },
    });
    if (result.status !== 0) throw new Error(`dry run: \`${step.run}\` failed (exit ${result.status ?? result.signal})`);
  };

  run(steps.plan, { SOURCES: options.sources, PARTS: String(options.parts) });
  const line = readFileSync(output, "utf8").split("\n").find((l) => l.startsWith("shards="));
  if (!line) throw new Error("dry run: the plan step set no `shards` output");
  const shards = JSON.parse(line.slice("shards=".length)) as string[];
  const downloaded = expand(steps.download, { work });
  for (const shard of shards) {
    run(steps.build, { SHARD: shard });
    copyArtifact(steps.upload.paths.map((p) => expand(p, { work, shard })), join(downloaded, expand(steps.upload.name, { work, shard })));
  }
  run(steps.join, {});
  const site = /--out "?([^"\s]+)"?/.exec(steps.join.run)?.[1];
  if (!site) throw new Error(`dry run: the join step names no --out folder`);
  return { shards, site: resolve(ROOT, site.replace(/\$WORK\b|\$\{WORK\}/g, work)), commands };
}
