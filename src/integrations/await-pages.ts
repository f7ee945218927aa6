// An incremental build's Astro process is started while ingest still runs (scripts/pipeline/early-render.ts):
// Node, Vite, the config, the integrations and the bundling of the routes do not depend on which pages
// the build renders, and they are most of a rebuild's Astro time (docs/performance.md, "Round two,
// session 10"). What does depend on it — and on the collection ingest is still writing — starts when the
// prerenderer lists the pages: the routes' `getStaticPaths` read the collection and the selection
// (src/lib/page-selection.ts). So the wait is there, after the prerenderer's setup has imported the
// routes' bundle (whose modules read nothing when they load): it waits until the build sends the
// selection's file over IPC ({ pages }), which it sends once ingest has finished and the plan is
// incremental; nothing of the collection is read before.
// If the build disconnects first (the plan turned out full, ingest failed, the build died), the process
// exits at once, whatever it was doing. Without MINUTEBOOK_AWAIT_PAGES, or without an IPC channel, the
// integration does nothing.
import type { AstroIntegration } from "astro";

/** From the build to Astro: the file of the selection (MINUTEBOOK_PAGES). */
export interface PagesChosen {
  pages: string;
}
/** From Astro to the build: it has reached the wait (the prerenderer's setup); nothing is read yet. */
export interface AwaitingPages {
  awaiting: true;
}

/** Exit code of a process the build stopped before it sent the pages: not a failure. */
export const STOPPED_BEFORE_PAGES = 0;

// Once per process, whatever number of times the config is evaluated.
const KEY = Symbol.for("minutebook.await-pages");
type Shared = { chosen?: Promise<void> };
const shared: Shared = ((globalThis as { [key: symbol]: Shared })[KEY] ??= {});

function pagesChosen(): Promise<void> {
  return (shared.chosen ??= new Promise<void>((resolve) => {
    const stop = () => process.exit(STOPPED_BEFORE_PAGES);
    process.once("disconnect", stop);
    process.once("message", (message: PagesChosen) => {
      process.off("disconnect", stop);
      process.env.MINUTEBOOK_PAGES = message.pages;
      // Nothing more comes: an open channel would keep this process alive after the build. Not from
      // inside the listener: Node is still reading the channel then, and a disconnect there can throw
      // from its internals ("Cannot set properties of null (setting 'Symbol(kPendingMessages)')").
      setImmediate(() => process.connected && process.disconnect());
      resolve();
    });
  }));
}

export default function awaitPages(): AstroIntegration {
  const on = Boolean(process.env.MINUTEBOOK_AWAIT_PAGES) && typeof process.send === "function";
  return {
    name: "minutebook:await-pages",
    hooks: on
      ? {
          // Listening from the start: a build that stops it while Vite bundles does not wait for the bundle.
          "astro:config:setup": () => void pagesChosen(),
          "astro:build:start": ({ setPrerenderer }) =>
            setPrerenderer((prerenderer) => {
              const listPages = prerenderer.getStaticPaths.bind(prerenderer);
              prerenderer.getStaticPaths = async () => {
                const chosen = pagesChosen();
                if (process.connected) process.send!({ awaiting: true } satisfies AwaitingPages);
                await chosen;
                return listPages();
              };
              return prerenderer;
            }),
        }
      : {},
  };
}
