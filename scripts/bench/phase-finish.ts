// Phase: what `npm run build` does once Astro's pages and the files written beside them are in dist/
// and before search (scripts/pipeline/full-site.ts `finishFullSite`), so that the bench's build time
// and dist/ are the real build's: the resolution pages (framed by the built 404 page) and the
// permanent URLs (redirects and the URL manifest, scripts/pipeline/emit/permanent-urls.ts) on the main
// thread, while the page-coverage gate (every source word on its document's page, in order) reads the
// document pages on a second thread.
//   node phase-finish.ts <collection> <dist> <sources> <ids.json>
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { settlePermanentUrls } from "../pipeline/emit/permanent-urls.ts";
import { finishFullSite } from "../pipeline/full-site.ts";
import { siteUrl } from "../cli/paths.ts";
import { reportResult } from "./result.ts";

const [collection, dist, sources, idsFile] = process.argv.slice(2) as [string, string, string, string];
const started = performance.now();
// The documents in ingest's order, and source path → id, as the ingest stage gives the build.
const documents = JSON.parse(readFileSync(idsFile, "utf8")) as { id: string; path: string }[];
const ids = documents.map((d) => d.id);
const sourceIds = new Map(documents.map((d) => [d.path, d.id] as const));
const { coverage, resolutionPages, settled } = await finishFullSite({
  collection,
  dist,
  ids,
  settle: (known) => settlePermanentUrls({ distDir: dist, released: null, ids: sourceIds, redirectsFile: join(sources, "redirects.json"), site: siteUrl(), known }),
});
writeFileSync(join(dist, "url-manifest.json"), `${JSON.stringify(settled.manifest, null, 2)}\n`);
reportResult({ pages: coverage.pages, wordsLost: coverage.lost, resolutionPages, ms: performance.now() - started });
