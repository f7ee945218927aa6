// Runs one phase as its own Node process, with the RSS hook preloaded and its process tree sampled,
// and returns its wall time, peak memory and the JSON result it wrote.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleTree, type TreePeak } from "./proc-tree.ts";

export interface PhaseRun<T> {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** The larger of the Node process's own peak RSS and the sampled peak of its process tree. */
  peakRssBytes: number;
  nodeMaxRssBytes: number;
  treeRssBytes: number;
  /** Largest other process in the tree (e.g. the pagefind binary), by name. */
  children: { name: string; hwmBytes: number }[];
  /** The Node process's own CPU time (user + system). */
  cpuMs: number;
  /**
   * CPU time of the other processes of its tree (astro, Pagefind's binary, …), each as last sampled
   * (every 200 ms): a lower bound, short by at most one sampling interval per process.
   */
  childrenCpuMs: number;
  result: T | null;
  output: string;
}

const HOOK = join(import.meta.dirname, "rss-hook.mjs");
export const NODE_FLAGS = ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"];

/** Runs `node [TS flags] --import rss-hook <args>`; TS flags only when the script is ours (`.ts`). */
export async function runPhase<T>(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; label: string; maxRssBytes?: number }): Promise<PhaseRun<T>> {
  const scratch = mkdtempSync(join(tmpdir(), "minutebook-phase-"));
  const rssFile = join(scratch, "rss.json");
  const resultFile = join(scratch, "result.json");
  const started = performance.now();
  const flags = args[0]?.endsWith(".ts") ? NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, "--import", HOOK, ...args], {
    cwd: options.cwd,
    env: { ...options.env, BENCH_RSS_FILE: rssFile, BENCH_RESULT_FILE: resultFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const peak: TreePeak = { treeRssBytes: 0, perProcess: new Map(), cpuMs: new Map() };
  // The machine is shared: a phase whose process tree outgrows the limit is stopped, not left to the OOM killer.
  const sampler = setInterval(() => {
    if (!child.pid) return;
    sampleTree(child.pid, peak);
    if (options.maxRssBytes && peak.treeRssBytes > options.maxRssBytes && child.exitCode === null && !child.killed) {
      output += `\n[bench] ${options.label} exceeded ${(options.maxRssBytes / 1024 ** 3).toFixed(1)} GiB RSS; stopped\n`;
      child.kill("SIGKILL");
    }
  }, 200);
  const timer = setTimeout(() => {
    output += `\n[bench] ${options.label} exceeded ${options.timeoutMs / 60000} min; stopped\n`;
    child.kill("SIGKILL");
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((ok) => child.on("close", (code) => ok(code)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(timer);
  const own = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssBytes: number; userMs: number; systemMs: number }) : null;
  const result = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, "utf8")) as T) : null;
  rmSync(scratch, { recursive: true, force: true });
  const childrenCpuMs = [...peak.cpuMs.entries()].filter(([key]) => !key.endsWith(` ${child.pid}`)).reduce((sum, [, ms]) => sum + ms, 0);
  const children = [...peak.perProcess.entries()]
    .filter(([key]) => !key.endsWith(` ${child.pid}`))
    .map(([key, hwmBytes]) => ({ name: key.split(" ")[0]!, hwmBytes }))
    .sort((a, b) => b.hwmBytes - a.hwmBytes);
  const nodeMaxRssBytes = own?.maxRssBytes ?? peak.perProcess.get([...peak.perProcess.keys()].find((k) => k.endsWith(` ${child.pid}`)) ?? "") ?? 0;
  return {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakRssBytes: Math.max(nodeMaxRssBytes, peak.treeRssBytes),
    nodeMaxRssBytes,
    treeRssBytes: peak.treeRssBytes,
    children,
    cpuMs: own ? own.userMs + own.systemMs : 0,
    childrenCpuMs,
    result,
    output,
  };
}
