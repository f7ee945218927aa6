// Phase: what `npm run build` does once the pages and open data are in dist/ and before search, so that
// the bench's build time and dist/ are the real build's: the page-coverage gate (every source word on
// its document's page, in order), the whole-archive download (data/documents.jsonl) and the permanent
// URLs (redirects and the URL manifest, scripts/pipeline/emit/permanent-urls.ts). Records are read
// from the collection one at a time, as the build holds them.
//   node phase-finish.ts <collection> <dist> <sources>
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BULK_DATA_PATH, writeJsonLines } from "../pipeline/emit/bulk-data.ts";
import { settlePermanentUrls } from "../pipeline/emit/permanent-urls.ts";
import { checkRenderedPages } from "../pipeline/page-coverage-gate.ts";
import { siteUrl } from "../cli/paths.ts";
import { loadRecord, RECORDS_FOLDER } from "../../src/lib/records.ts";
import { reportResult } from "./result.ts";

const [collection, dist, sources] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
const ids = readdirSync(join(collection, RECORDS_FOLDER), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length));
const sourceIds = new Map<string, string>();
const records = function* () {
  for (const id of ids) {
    const record = loadRecord(id, collection);
    sourceIds.set(record.source.path, record.id);
    yield record;
  }
};
const coverage = checkRenderedPages(dist, collection, records());
const coverageMs = performance.now() - started;
writeJsonLines(join(dist, BULK_DATA_PATH), collection, ids);
const { manifest } = settlePermanentUrls({ distDir: dist, released: null, ids: sourceIds, redirectsFile: join(sources, "redirects.json"), site: siteUrl() });
writeFileSync(join(dist, "url-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
reportResult({ pages: coverage.pages, wordsLost: coverage.lost, coverageMs, ms: performance.now() - started });
