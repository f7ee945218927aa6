// The file-system edge of the generator: writes a corpus (and optionally its expected values, in a
// separate folder so they are never mistaken for sources) and reports what it wrote.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEFAULT_SEED, folderMetadata, generateCorpus } from "./generate.ts";

export interface WriteOptions {
  documents: number;
  out: string;
  seed?: number;
  /** Folder for `<source path>.json` expected values; none when absent. */
  expected?: string;
}

export function writeCorpus(options: WriteOptions): { documents: number; bytes: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  if (existsSync(options.out) && readdirSync(options.out).length) throw new Error(`${options.out} is not empty; give a new or empty folder`);
  const paths: string[] = [];
  let bytes = 0;
  const put = (root: string, path: string, text: string) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  for (const doc of generateCorpus(options.documents, seed)) {
    put(options.out, doc.path, doc.text);
    if (options.expected) put(options.expected, `${doc.path}.json`, `${JSON.stringify(doc.expected, null, 2)}\n`);
    paths.push(doc.path);
    bytes += Buffer.byteLength(doc.text);
  }
  for (const meta of folderMetadata(paths, seed)) put(options.out, meta.path, meta.text);
  return { documents: paths.length, bytes };
}
