// The parse cache: an unchanged source is not parsed again. Each source's outcome of the per-document
// stages (its validated record and its problems, process-one.ts) is kept as JSON in
// `<collection>/.cache/parse/<key>.json`, where the key is the sha256 of
//   the parser version (computed from the parser's own code, parser-version.ts),
//   the source's path in the corpus and file name (both are in the record),
//   its metadata (minutebook.json, as it applies to that file),
//   and the sha256 of its bytes.
// A changed byte, a moved file, edited metadata or an edited parser gives a new key, so an entry is
// never stale, only unused: entries no source used in a build are deleted at its end. The cache lives
// in the collection folder, so each MINUTEBOOK_COLLECTION has its own.
//
// Fresh outcomes go through the same JSON as cached ones before anything else sees them, so a build
// from a warm cache is byte-identical to one from a cold cache by construction.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { SourceFile } from "../corpus/discover.ts";
import type { DocumentOutcome } from "../process-one.ts";

export const CACHE_FOLDER = ".cache";
const PARSE_FOLDER = "parse";
const ENTRY = /^[0-9a-f]{64}\.json$/;

export function cacheKey(parserVersion: string, file: SourceFile, digest: string): string {
  return createHash("sha256")
    .update(JSON.stringify([parserVersion, file.relativePath, file.fileName, file.meta, digest]))
    .digest("hex");
}

/** A cached outcome read back, or null when there is none (or the file is not a whole entry). */
function readEntry(path: string): DocumentOutcome | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as DocumentOutcome;
    return Array.isArray(entry?.problems) && "record" in entry ? entry : null;
  } catch {
    return null; // a torn write from a killed build: parse the source again
  }
}

export class ParseCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  /** Sources whose outcome came from the cache in this build. */
  hits = 0;

  constructor(collectionDir: string) {
    this.dir = join(collectionDir, CACHE_FOLDER, PARSE_FOLDER);
    mkdirSync(this.dir, { recursive: true });
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** The outcome cached under `key`, or null. */
  get(key: string): DocumentOutcome | null {
    const entry = readEntry(this.path(key));
    if (entry) {
      this.used.add(key);
      this.hits++;
    }
    return entry;
  }

  /** Keeps an outcome, as the JSON it was serialised to; written whole or not at all (rename). */
  set(key: string, json: string): void {
    const path = this.path(key);
    const partial = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, json);
    renameSync(partial, path);
    this.used.add(key);
  }

  /** Marks an entry written by another thread as part of this build. */
  keep(key: string): void {
    this.used.add(key);
  }

  /** Deletes every entry this build did not use; returns how many. */
  prune(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (ENTRY.test(name) && this.used.has(name.slice(0, -".json".length))) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}
