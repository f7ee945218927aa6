// What a benchmark ran on: the machine (shared, so its load average is part of every figure) and the
// versions of what it measured.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";

export function machineInfo() {
  return {
    nproc: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    cpu: cpus()[0]?.model ?? "?",
    memory: totalmem(),
    freeAtStart: freemem(),
    loadAtStart: loadavg().map((l) => l.toFixed(2)).join(" "),
  };
}

export function versionsInfo(root: string) {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return "?";
    }
  };
  return {
    node: process.version,
    astro: version("astro"),
    mdx: version("@astrojs/mdx"),
    pagefind: version("pagefind"),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: git("status", "--porcelain", "src", "scripts", "astro.config.mjs") !== "",
  };
}
