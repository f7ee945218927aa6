// Runs the ingest stage (what `npm run build` does before Astro) into temporary folders, and reads
// back what it wrote.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest, type IngestOptions } from "../../scripts/pipeline/ingest.ts";
import { sitePaths } from "../../scripts/cli/paths.ts";
import { ROOT } from "../support/build-site.ts";

export const SAMPLE_SOURCES = join(ROOT, "content", "sources");
export const HOSTILE_SOURCES = join(ROOT, "tests", "fixtures", "hostile", "corpus");

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `minutebook-${name}-`));

/**
 * A copy of a corpus that a test may change (the bundled sources are never modified). A copy of the
 * sample takes the bundled people, topics and committees files with it, so it builds as the sample does.
 */
export function copyOf(sources: string): string {
  const dir = join(tempDir("sources"), "sources");
  cpSync(sources, dir, { recursive: true });
  if (sources === SAMPLE_SOURCES) {
    for (const name of ["people.yaml", "topics.yaml", "committees.yaml"]) cpSync(join(ROOT, "content", name), join(dir, name));
  }
  return dir;
}

/**
 * Ingests `sources` into `collection` as the build does. The bundled sample uses the bundled people,
 * topics and committee files; any other folder (a copy of the sample too) its own, as for
 * MINUTEBOOK_SOURCES.
 */
export function ingestInto(collection: string, sources = SAMPLE_SOURCES, options: IngestOptions = {}) {
  const env: NodeJS.ProcessEnv = { MINUTEBOOK_COLLECTION: collection };
  if (sources !== SAMPLE_SOURCES) env.MINUTEBOOK_SOURCES = sources;
  return ingest(sitePaths(env), options);
}

/** Every file under `dir`, by path relative to it (`/`-separated), with its bytes. */
export function tree(dir: string, { skip = [] as string[] } = {}): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = rel.split("\\").join("/");
    if (skip.some((s) => path === s || path.startsWith(`${s}/`))) continue;
    if (statSync(join(dir, rel)).isFile()) files.set(path, readFileSync(join(dir, rel)));
  }
  return files;
}

/** Paths whose bytes differ between two trees, or that only one of them has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}
