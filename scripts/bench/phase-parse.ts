// Phase: parse throughput on one core. Runs the per-document pipeline stage (read → decode → parse →
// validate → coverage check, `processOne`) over every source in one process and writes nothing.
//   node phase-parse.ts <sources>
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processOne } from "../pipeline/process.ts";
import { parseDocument } from "../pipeline/parse/index.ts";
import { reportResult } from "./result.ts";

const sources = process.argv[2]!;
const discovery = discoverSources([sources]);
let bytes = 0;
let parsed = 0;
let errors = 0;
let parseMs = 0;
const started = performance.now();
for (const file of discovery.files) {
  const one = processOne(file);
  errors += one.problems.filter((p) => p.severity === "error").length;
  if (!one.parsed) continue;
  parsed++;
  bytes += one.parsed.record.source.bytes;
  // The pure parse stage alone, on the text already decoded (pipelines re-parse; this is the parser's share).
  const t = performance.now();
  parseDocument({ text: one.parsed.text, source: one.parsed.record.source, meta: file.meta });
  parseMs += performance.now() - t;
}
const totalMs = performance.now() - started - parseMs;
reportResult({ files: discovery.files.length, parsed, errors, bytes, processMs: totalMs, parseOnlyMs: parseMs });
