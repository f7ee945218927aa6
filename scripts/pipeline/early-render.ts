// An incremental build's Astro process, started while ingest runs. A rebuild's Astro time was mostly a
// fixed floor — Node, Vite, the config and integrations, the bundling of the routes — none of which
// depends on which pages are rendered; run after ingest it added that floor to the rebuild. Started
// beside ingest, it gets there and waits (src/integrations/await-pages.ts) until the build hands it the
// selection, once ingest has written the collection and planIncremental has chosen the pages.
// When the build does not use it (the plan turned out full, ingest failed, the build stopped), `close`
// stops it before anything of the collection was read and the build goes on as without it.
// It renders into a scratch folder of its own inside the project (`dist`), for the build to fold into
// its dist/ (scripts/pipeline/emit/partial-site.ts), removed by `close`.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { AwaitingPages, PagesChosen } from "../../src/integrations/await-pages.ts";
import type { ChangedPages } from "../../src/lib/page-selection.ts";
import { ROOT } from "../cli/paths.ts";
import { astroEnv, finished, spawnAstro, writeSelection } from "./render.ts";

/** How long a stopped Astro process has to exit before it is killed. */
const GRACE_MS = 5_000;

export interface PendingRender {
  /** The folder the pages go to. */
  dist: string;
  /** Resolves once Astro has reached the wait, before it reads anything of the collection. */
  awaiting: Promise<void>;
  /**
   * Hands Astro the pages to render. `sent` resolves once they are handed over (the build may then keep
   * its own thread busy while Astro renders); `rendered` when Astro has rendered them (rejects as `renderSite`).
   */
  render(selection: ChangedPages): { sent: Promise<void>; rendered: Promise<void> };
  /** Stops Astro if it still runs and removes `dist`'s scratch folder; resolves once the process is gone. */
  close(): Promise<void>;
}

/**
 * Starts `astro build` of `collection` now, waiting for its pages. `listings`: the file the listing
 * digests go to (MINUTEBOOK_LISTINGS, as `renderSite`).
 */
export function startPendingRender(collection: string, listings?: string): PendingRender {
  // Inside the project: Astro writes its prerender chunks into `<outDir>/.prerender/` when the output
  // folder is inside its working directory, and into the project's `.astro/.prerender/` otherwise,
  // which every other build of the same project then shares and removes when it finishes. A process
  // that waits (here for as long as ingest runs) between writing its chunks and importing them would
  // find them gone ("Cannot find module …/.astro/.prerender/chunks/…", seen with two builds at once).
  mkdirSync(join(ROOT, ".minutebook"), { recursive: true });
  const scratch = mkdtempSync(join(ROOT, ".minutebook", "partial-"));
  const dist = join(scratch, "dist");
  const env = astroEnv(collection, dist, undefined, listings);
  env.MINUTEBOOK_AWAIT_PAGES = "1";
  const child = spawnAstro(env, true);
  const done = finished(child);
  // A process stopped unused did not fail; `render` hands its result on.
  done.catch(() => {});
  const exited = new Promise<void>((resolve) => (gone(child) ? resolve() : child.once("exit", () => resolve())));
  const awaiting = new Promise<void>((resolve, reject) => {
    child.on("message", (message: AwaitingPages) => message.awaiting && resolve());
    void exited.then(() => reject(new Error("astro build exited before it waited for its pages")));
  });
  awaiting.catch(() => {});
  return {
    dist,
    awaiting,
    render(selection) {
      const chosen: PagesChosen = { pages: writeSelection(dist, selection) };
      // Gone already (Astro failed while ingest ran): `done` says how.
      const sent = new Promise<void>((resolve) => {
        if (!child.connected) return resolve();
        child.send(chosen, (error) => {
          if (error) child.kill();
          resolve();
        });
      });
      return { sent, rendered: done };
    },
    async close() {
      if (!gone(child)) {
        // Disconnected before its pages, it exits at once (await-pages.ts); rendering, it is stopped.
        if (child.connected) child.disconnect();
        else child.kill("SIGTERM");
        const late = setTimeout(() => child.kill("SIGKILL"), GRACE_MS);
        await exited;
        clearTimeout(late);
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const gone = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;
