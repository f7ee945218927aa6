// The build's child processes (ingest, Astro, the search bands), stopped with the build. A signal sent
// to the build's own pid (`kill <pid>`, a CI runner's cancel, a supervisor's SIGTERM) reaches only that
// process: Node's default is to exit at once and leave its children running — an Astro render or a
// Pagefind band going on for minutes, writing into dist/ after the build "stopped".
// Each child is started in a process group of its own (`detached`), so that it and whatever it starts in
// turn (esbuild's service under Astro, Pagefind's binary under a band process) can be signalled as one.
// On SIGINT, SIGTERM or SIGHUP the build sends the same signal to every group still running, waits for
// them (SIGKILL after a grace period) and exits with 128 + the signal's number, as a shell reports a
// process killed by it. A Ctrl-C in a terminal reaches the build (the terminal's foreground group) and
// is forwarded the same way.
import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";

const running = new Set<ChildProcess>();

/** How long the children have to exit after the signal before they are killed. */
const GRACE_MS = 5_000;

let installed = false;

/**
 * Options for `spawn`/`fork` of a child the build stops with itself: its own process group, once the
 * handlers are installed. Elsewhere (the bench's phases, tests) children stay in their parent's group,
 * so that a terminal's Ctrl-C still reaches them directly.
 */
export const stoppedWithBuild = (): { detached: boolean } => ({ detached: installed });

/**
 * Records `child` (started with `stoppedWithBuild()`) until it exits. While the build runs normally the
 * child is waited for as before: a detached child is still this process's child.
 */
export function tracked<C extends ChildProcess>(child: C): C {
  if (!installed || child.pid === undefined) return child;
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Sends `signal` to the child's whole process group, or to the child alone when it has none. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

let stopping = false;

async function stop(signal: NodeJS.Signals): Promise<void> {
  const code = 128 + (constants.signals[signal] ?? 15);
  process.exitCode = code;
  if (stopping) return;
  stopping = true;
  console.error(`minutebook: build stopped by ${signal}${running.size ? `; stopping ${running.size} child process(es)` : ""}`);
  const children = [...running];
  const exited = children.map((c) => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => c.once("exit", () => resolve()))));
  for (const child of children) signalGroup(child, signal);
  const late = setTimeout(() => {
    for (const child of children) signalGroup(child, "SIGKILL");
  }, GRACE_MS);
  await Promise.all(exited);
  clearTimeout(late);
  // The group may outlive its leader (a grandchild that ignores the signal): make sure it is gone.
  for (const child of children) signalGroup(child, "SIGKILL");
  process.exit(code);
}

/** Installs the handlers (once): a build process calls this before it starts any child. */
export function stopChildrenOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
}
