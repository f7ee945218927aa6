// A full build's site, from the collection into dist/, using both cores (docs/performance.md, "round
// two, session 6"). Shared by `npm run build` and the benchmark, so that both overlap the same work:
//   1. Astro renders the pages (render.ts) while a thread writes what needs only the collection — the
//      open data, the whole-archive download, the originals — into a folder beside dist/, moved in by
//      renames once Astro is done (Astro empties dist/ when it starts).
//   2. The files that need rendered pages: the resolution pages (framed by the built 404 page) and the
//      permanent URLs (a scan of the whole site) on the main thread, while a thread runs the
//      page-coverage gate over the document pages.
// A failure on either side fails the build, naming what failed.
import { rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { moveInto } from "./emit/move-into.ts";
import { writeResolutionPages } from "./emit/resolution-pages.ts";
import { knownPage, type PageEntry } from "./emit/url-manifest.ts";
import type { PageCoverageReport } from "./page-coverage-gate.ts";
import { renderFullSite } from "./render.ts";
import { onThread } from "./workers/side-thread.ts";
import { COVERAGE_TASK, SITE_DATA_TASK, type CoverageInput, type Original, type SiteDataInput } from "./workers/site-threads.ts";

const THREADS = new URL("./workers/site-threads.ts", import.meta.url);

/** Waits for both; throws the first failure (the main thread's before the side thread's). */
async function both<A, B>(main: Promise<A>, side: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([main, side]);
  if (a.status === "rejected") throw a.reason;
  if (b.status === "rejected") throw b.reason;
  return [a.value, b.value];
}

/**
 * Step 1: Astro's pages (in `parts` processes, render.ts) and, at the same time, the open data, the
 * bulk download and the originals. The folder beside `dist` is on the same file system, so moving the
 * files in is a rename each (a whole folder where Astro wrote none of that name).
 */
export async function renderFullSiteWithData(input: { collection: string; dist: string; parts: number; listings?: string; originals: Original[] }): Promise<{ openDataFiles: number }> {
  const { collection, dist, parts, listings, originals } = input;
  const beside = join(dirname(dist), `.${basename(dist)}-data-${process.pid}`);
  rmSync(beside, { recursive: true, force: true });
  try {
    const data: SiteDataInput = { collection, out: beside, originals };
    const [, written] = await both(
      renderFullSite(collection, dist, parts, listings),
      onThread<{ openDataFiles: number }>(THREADS, SITE_DATA_TASK, data, "writing the open data, bulk download and originals beside the Astro run"),
    );
    moveInto(beside, dist);
    return written;
  } finally {
    rmSync(beside, { recursive: true, force: true });
  }
}

/**
 * Step 2: the resolution pages, then `settle` (the permanent URLs, which scan the finished site), while
 * the page-coverage gate reads the document pages on a thread. `ids`: every document, in report order.
 * `settle` is given what the scan needs of the resolution pages (their anchors, found in each page's
 * HTML as it is written), so that the scan does not read them back (url-manifest.ts `scanSite`).
 */
export async function finishFullSite<Settled>(input: {
  collection: string;
  dist: string;
  ids: string[];
  settle: (known: ReadonlyMap<string, PageEntry | null>) => Settled;
}): Promise<{ coverage: PageCoverageReport; resolutionPages: number; settled: Settled }> {
  const { collection, dist, ids, settle } = input;
  const coverageInput: CoverageInput = { dist, collection, ids };
  const coverage = onThread<PageCoverageReport>(THREADS, COVERAGE_TASK, coverageInput, "the page-coverage gate");
  const main = (async () => {
    const known = new Map<string, PageEntry | null>();
    const resolutionPages = writeResolutionPages(collection, dist, undefined, (path, html) => known.set(path, knownPage(path, html))).length;
    return { resolutionPages, settled: settle(known) };
  })();
  const [{ resolutionPages, settled }, report] = await both(main, coverage);
  return { coverage: report, resolutionPages, settled };
}
