// The incremental-build measurement of the benchmark: `npm run build` (scripts/cli/build.ts, the real
// command) on a writable copy of the corpus — a full build, then after changing one document, then
// after adding one — each as its own measured process. The ratio of each rebuild to the full build is
// the figure issue 7 sets (≤ 10% at 1,000 documents).
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { folderMetadata, generateCorpus } from "../corpus/generate.ts";
import { type PhaseRun, runPhase } from "./run-phase.ts";

export interface IncrementalRuns {
  full: PhaseRun<null>;
  changed: PhaseRun<null> | null;
  added: PhaseRun<null> | null;
  changedFile: string;
  addedFile: string;
}

const firstText = (dir: string): string =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt") && statSync(join(dir, f)).isFile())
    .sort()[0]!;

/** A sentence added to the end of the document's first paragraph-like line: new words, same shape. */
function changeOneDocument(path: string): void {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim().length > 60 && /\.$/.test(l.trim()));
  lines[at >= 0 ? at : lines.length - 1] += " The committee noted the update with thanks.";
  writeFileSync(path, lines.join("\n"));
}

export async function measureIncremental(options: {
  corpus: string;
  work: string;
  site: string;
  n: number;
  seed: number;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  log: (line: string) => void;
}): Promise<IncrementalRuns> {
  const sources = join(options.work, "incremental-sources");
  cpSync(options.corpus, sources, { recursive: true });
  const env = { ...options.env, MINUTEBOOK_SOURCES: sources, MINUTEBOOK_COLLECTION: join(options.work, "incremental-collection"), MINUTEBOOK_DIST: join(options.work, "incremental-dist") };
  const build = async (label: string) => {
    options.log(`bench: ${label}…`);
    const run = await runPhase<null>([join(options.site, "scripts", "cli", "build.ts")], { cwd: options.site, env, timeoutMs: options.timeoutMs, label });
    options.log(`bench: ${label}: ${(run.wallMs / 1000).toFixed(1)} s${run.ok ? "" : ` — FAILED (exit ${run.exitCode})\n${run.output.slice(-3000)}`}`);
    return run;
  };
  const full = await build("npm run build (full)");
  const changedFile = firstText(sources);
  changeOneDocument(join(sources, changedFile));
  const changed = full.ok ? await build(`npm run build after changing ${changedFile}`) : null;
  // Document n of the same seed: what the corpus of n + 1 documents would add, with its folder's metadata.
  let added: GeneratedOne | undefined;
  let index = 0;
  for (const doc of generateCorpus(options.n + 1, options.seed)) if (index++ === options.n) added = doc;
  const addedFile = added!.path;
  mkdirSync(dirname(join(sources, addedFile)), { recursive: true });
  writeFileSync(join(sources, addedFile), added!.text);
  for (const meta of folderMetadata([addedFile], options.seed)) if (!existsSync(join(sources, meta.path))) writeFileSync(join(sources, meta.path), meta.text);
  const addedRun = changed?.ok ? await build(`npm run build after adding ${addedFile}`) : null;
  return { full, changed, added: addedRun, changedFile, addedFile };
}

type GeneratedOne = { path: string; text: string };
