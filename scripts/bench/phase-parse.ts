// Phase: parse throughput on one core. Runs the per-document pipeline stage (read → decode → parse →
// validate → coverage check, `processOne`) over every source in one process and writes nothing.
//   node phase-parse.ts <sources>
import { discoverSources } from "../pipeline/corpus/discover.ts";
import { processOne } from "../pipeline/process-one.ts";
import { parseDocument } from "../pipeline/parse/index.ts";
import { reportResult } from "./result.ts";

const sources = process.argv[2]!;
const discovery = discoverSources([sources]);
let bytes = 0;
let parsed = 0;
let errors = 0;
let parseMs = 0;
// CPU time as well as wall time: on a shared machine the wall clock also counts other people's work.
let processCpuUs = 0;
let parseCpuUs = 0;
const started = performance.now();
for (const file of discovery.files) {
  const c0 = process.cpuUsage();
  const one = await processOne(file);
  const c1 = process.cpuUsage(c0);
  processCpuUs += c1.user + c1.system;
  errors += one.problems.filter((p) => p.severity === "error").length;
  if (!one.parsed) continue;
  parsed++;
  bytes += one.parsed.record.source.bytes;
  // The pure parse stage alone, on the text already decoded (pipelines re-parse; this is the parser's share).
  const t = performance.now();
  const c2 = process.cpuUsage();
  parseDocument({ text: one.parsed.text, source: one.parsed.record.source, meta: file.meta });
  const c3 = process.cpuUsage(c2);
  parseCpuUs += c3.user + c3.system;
  parseMs += performance.now() - t;
}
const totalMs = performance.now() - started - parseMs;
reportResult({ files: discovery.files.length, parsed, errors, bytes, processMs: totalMs, parseOnlyMs: parseMs, processCpuMs: processCpuUs / 1000, parseOnlyCpuMs: parseCpuUs / 1000 });
