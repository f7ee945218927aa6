// Phase: ingest, as `npm run build` does it before Astro: discover, parse every source, resolve
// people across documents, assign permanent ids, write the MDX collection. Also writes the id →
// source pairs the bench needs to copy originals beside the pages, as the build does.
//   node phase-ingest.ts <sources> <collection dir> <ids.json>
import { writeFileSync } from "node:fs";
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processSources } from "../pipeline/process.ts";
import { writeCollection } from "../pipeline/emit/collection.ts";
import { loadPeopleOverrides } from "../pipeline/resolve/overrides.ts";
import { resolvePeopleIndex } from "../pipeline/resolve/people.ts";
import type { DocumentRecord } from "../pipeline/types.ts";
import { join } from "node:path";
import { reportResult } from "./result.ts";

const [sources, collection, idsFile] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
const discovery = discoverSources([sources]);
const overrides = loadPeopleOverrides(join(sources, "people.yaml"));
const corpus = processSources(discovery.files, {
  resolve: (records: DocumentRecord[]) => resolvePeopleIndex(records, overrides).records,
});
const t1 = performance.now();
writeCollection(collection, corpus.documents);
const t2 = performance.now();
const byPath = new Map(discovery.files.map((f) => [f.relativePath, f.absolutePath]));
writeFileSync(
  idsFile,
  JSON.stringify(corpus.documents.map((d) => ({ id: d.id, type: d.type, file: d.source.file, source: byPath.get(d.source.path) }))),
);
reportResult({
  documents: corpus.documents.length,
  errors: corpus.problems.filter((p) => p.severity === "error").length,
  textLost: corpus.problems.filter((p) => p.code === "text-lost").length,
  processMs: t1 - t0,
  writeMs: t2 - t1,
});
