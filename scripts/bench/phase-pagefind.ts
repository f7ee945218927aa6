// Phase: the Pagefind index over the built site, through the pipeline's own emit stage (sharded by
// date band, each shard in its own Pagefind process).
//   node phase-pagefind.ts <dist> <collection>
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSearchIndex } from "../pipeline/emit/search-index.ts";
import { searchShardSize } from "../../src/lib/search.ts";
import { RECORDS_FOLDER } from "../../src/lib/records.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";
import { reportResult } from "./result.ts";

const [dist, collection] = process.argv.slice(2) as [string, string];
const started = performance.now();
const recordsDir = join(collection, RECORDS_FOLDER);
const documents = readdirSync(recordsDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const { id, date, year } = JSON.parse(readFileSync(join(recordsDir, f), "utf8")) as PublishedDocument;
    return { id, date, year };
  });
const search = await buildSearchIndex(dist, documents, { shardSize: searchShardSize() });
reportResult({ pages: search.pages, shards: search.shards, ms: performance.now() - started });
