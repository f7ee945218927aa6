// npm run corpus -- --documents N --out <dir> [--seed S] [--expected <dir>]
// Writes a synthetic, seeded archive of council minutes, decision notices and select-committee
// reports in the layouts the parser reads: one folder per council, some with a minutebook.json.
// The same seed gives byte-identical files. --expected writes what the parser should read from each
// document (date, committee, item numbers, decisions) into a separate folder.
import { writeCorpus } from "../corpus/write.ts";

const USAGE = "usage: npm run corpus -- --documents N --out <dir> [--seed S] [--expected <dir>]";

function main(argv: string[]): number {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i]!.startsWith("--") || argv[i + 1] === undefined) {
      console.error(USAGE);
      return 2;
    }
    opts.set(argv[i]!.slice(2), argv[i + 1]!);
  }
  const documents = Number(opts.get("documents"));
  const seed = opts.has("seed") ? Number(opts.get("seed")) : undefined;
  const out = opts.get("out");
  if (!out || !Number.isInteger(documents) || documents < 1 || (seed !== undefined && !Number.isInteger(seed)) || [...opts.keys()].some((k) => !["documents", "out", "seed", "expected"].includes(k))) {
    console.error(USAGE);
    return 2;
  }
  const started = Date.now();
  const written = writeCorpus({ documents, out, seed, expected: opts.get("expected") });
  console.log(
    `corpus: ${written.documents} document(s), ${(written.bytes / 1e6).toFixed(1)} MB (average ${(written.bytes / written.documents / 1024).toFixed(1)} KB) in ${out} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`corpus: ${(error as Error).message}`);
  process.exitCode = 1;
}
