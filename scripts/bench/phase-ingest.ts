// Phase: ingest, exactly as `npm run build` does it before Astro (the shared `ingest` stage): discover,
// parse, resolve people, assign permanent ids, write the MDX collection, source texts and archive index.
// Also writes the id → source pairs the bench needs to copy originals beside the pages and to settle
// the permanent URLs, as the build does.
//   node phase-ingest.ts <sources> <collection dir> <ids.json>
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../pipeline/ingest.ts";
import { GENERAL_TOPICS } from "../cli/paths.ts";
import { reportResult } from "./result.ts";

const [sources, collection, idsFile] = process.argv.slice(2) as [string, string, string];
const ownTopics = join(sources, "topics.yaml");
const { discovery, corpus, timings } = await ingest({
  sources,
  collection,
  peopleOverrides: join(sources, "people.yaml"),
  // As `npm run build` does for MINUTEBOOK_SOURCES (scripts/cli/paths.ts).
  topics: existsSync(ownTopics) ? ownTopics : GENERAL_TOPICS,
  committeeRenames: join(sources, "committees.yaml"),
});
const byPath = new Map(discovery.files.map((f) => [f.relativePath, f.absolutePath]));
writeFileSync(
  idsFile,
  JSON.stringify(corpus.documents.map((d) => ({ id: d.id, type: d.type, file: d.source.file, source: byPath.get(d.source.path), path: d.source.path }))),
);
reportResult({
  documents: corpus.documents.length,
  errors: corpus.problems.filter((p) => p.severity === "error").length,
  textLost: corpus.problems.filter((p) => p.code === "text-lost").length,
  processMs: timings.processMs,
  writeMs: timings.writeMs,
  processCpuMs: timings.processCpuMs,
  writeCpuMs: timings.writeCpuMs,
  reparsed: corpus.reparsed,
  reused: corpus.reused,
});
