// A signal sent to `npm run build`'s own pid (SIGTERM from a supervisor or a CI runner's cancel, SIGINT)
// stops the whole build: its children (the ingest child, Astro and whatever Astro starts, the search
// band processes) must not go on running — and writing into dist/ — after the build has gone, and the
// build must exit non-zero (scripts/pipeline/children.ts).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folders, ROOT, TEST_SITE } from "../support/build-site.ts";
import { tempDir } from "../ingest/helpers.ts";

const VOTES = join(ROOT, "tests", "fixtures", "votes");

/** Every process on the machine: pid → [parent pid, state, command line]. Linux's /proc. */
function processes(): Map<number, { ppid: number; state: string; command: string }> {
  const table = new Map<number, { ppid: number; state: string; command: string }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ");
      table.set(Number(name), { ppid: Number(ppid), state: state!, command });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** The descendants of `root` now, with their command lines. */
function descendants(root: number): Map<number, string> {
  const table = processes();
  const found = new Map<number, string>();
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, p] of table) {
      if (p.ppid === parent && !found.has(pid)) {
        found.set(pid, p.command);
        queue.push(pid);
      }
    }
  }
  return found;
}

/** Running (not a zombie left for a parent that is gone: it uses no CPU and writes nothing). */
const alive = (pid: number) => {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const HOLD = join(ROOT, "tests", "support", "hooks", "hold-child.mjs");

/**
 * Builds the votes fixture with the child whose command line contains `stage` held (hooks/hold-child.mjs:
 * it waits a minute before running, so it is certainly running when the signal comes and would outlive
 * a build that left it), sends `signal` to the build's own pid once that child exists, and returns the
 * build's exit code and every descendant seen.
 */
async function signalDuring(signal: NodeJS.Signals, stage: string): Promise<{ code: number | null; seen: Map<number, string>; output: string }> {
  const { dist, collection } = folders(tempDir(`signal-${signal}`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MINUTEBOOK_DIST: dist,
    MINUTEBOOK_COLLECTION: collection,
    MINUTEBOOK_SITE: TEST_SITE,
    MINUTEBOOK_SOURCES: VOTES,
    MINUTEBOOK_TEST_HOLD: stage,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${HOLD}`].filter(Boolean).join(" "),
  };
  const build = spawn(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", join(ROOT, "scripts/cli/build.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  build.stdout.on("data", (chunk) => (output += chunk));
  build.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => build.on("exit", (code) => resolve(code)));
  const seen = new Map<number, string>();
  const deadline = Date.now() + 150_000;
  // Wait for the stage's process (and note every descendant met on the way).
  for (;;) {
    for (const [pid, command] of descendants(build.pid!)) seen.set(pid, command);
    if ([...seen].some(([pid, command]) => command.includes(stage) && alive(pid))) break;
    if (build.exitCode !== null || Date.now() > deadline) throw new Error(`the build ended or timed out before the stage started:\n${output}`);
    await sleep(100);
  }
  for (const [pid, command] of descendants(build.pid!)) seen.set(pid, command);
  process.kill(build.pid!, signal);
  const code = await exited;
  return { code, seen, output };
}

/** Waits up to `ms` for every process of `pids` to be gone; returns those still running. */
async function survivors(pids: Iterable<number>, ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = [...pids].filter(alive);
    if (!left.length || Date.now() > until) return left;
    await sleep(100);
  }
}

describe("a signal to the build stops its children", () => {
  it("SIGTERM to the build during Astro's render: the Astro process stops, and the build exits 143", async () => {
    const { code, seen, output } = await signalDuring("SIGTERM", "astro.mjs build");
    expect(await survivors(seen.keys(), 10_000)).toEqual([]);
    expect(code).toBe(143);
    expect(output).toContain("minutebook: build stopped by SIGTERM");
  });

  it("SIGINT to the build during ingest: the ingest child stops, and the build exits 130", async () => {
    const { code, seen } = await signalDuring("SIGINT", "ingest-child.ts");
    expect(await survivors(seen.keys(), 10_000)).toEqual([]);
    expect(code).toBe(130);
  });

  it("SIGTERM to the build while the search index is built: the band process stops, and the build exits 143", async () => {
    const { code, seen } = await signalDuring("SIGTERM", "search-shard.ts");
    expect(await survivors(seen.keys(), 10_000)).toEqual([]);
    expect(code).toBe(143);
  });
});
