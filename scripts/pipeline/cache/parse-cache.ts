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
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { SourceFile } from "../corpus/discover.ts";
import { parseDocument } from "../parse/index.ts";
import { isExtracted, processBytes, readProblem, sha256, type DocumentOutcome } from "../process-one.ts";
import type { SourceProblem } from "../types.ts";

export const CACHE_FOLDER = ".cache";
const PARSE_FOLDER = "parse";
const ENTRY = /^[0-9a-f]{64}\.json$/;

/**
 * How an entry is written: JSON in ASCII, every other character escaped (`\u2013`). Part of the key, so
 * entries of another form are never read, only pruned. Read back as Latin-1, an ASCII entry is a string
 * of one byte per character, which decodes and parses in about half the time of the same JSON in UTF-8
 * with its dashes and curly quotes (and holds half the memory): a rebuild reads every entry
 * (docs/performance.md, "Round two, session 11").
 */
const ENTRY_FORM = "json-ascii";

export function cacheKey(parserVersion: string, file: SourceFile, digest: string): string {
  return createHash("sha256")
    .update(JSON.stringify([parserVersion, ENTRY_FORM, file.relativePath, file.fileName, file.meta, digest]))
    .digest("hex");
}

/** JSON text with every character outside ASCII written as its escape: the same value when parsed. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A cached entry's JSON read back as an outcome, or null when it is not a whole entry (a torn write). */
export function readOutcome(json: string): DocumentOutcome | null {
  try {
    const entry = JSON.parse(json) as DocumentOutcome;
    return Array.isArray(entry?.problems) && "record" in entry ? entry : null;
  } catch {
    return null;
  }
}

export class ParseCache {
  readonly collectionDir: string;
  readonly dir: string;
  private readonly used = new Set<string>();

  constructor(collectionDir: string) {
    this.collectionDir = collectionDir;
    this.dir = join(collectionDir, CACHE_FOLDER, PARSE_FOLDER);
    mkdirSync(this.dir, { recursive: true });
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** The JSON cached under `key`, or null. Not checked: see `readOutcome`. */
  read(key: string): string | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path(key));
    } catch {
      return null;
    }
    // As written (ENTRY_FORM), ASCII; anything else is read as UTF-8, and is then whatever it is.
    return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  }

  /** Keeps an outcome's JSON; written whole or not at all (rename), so a killed build leaves no torn entry behind. */
  write(key: string, json: string): void {
    const path = this.path(key);
    const partial = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, json);
    renameSync(partial, path);
  }

  /** Marks an entry as used by this build (it survives `prune`). */
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

export type CachedOutcome = { key: string; json: string; reused: boolean } | { key: null; problem: SourceProblem };

/** A source's cache key and its cached JSON (null: not in the cache), or why it could not be read. */
export type CacheLookup = { key: string; cached: string | null; bytes: Uint8Array; digest: string } | { key: null; problem: SourceProblem };

/** Reads the source and looks its outcome up in the cache, without parsing (`fresh`: as if not cached). */
export function lookupOutcome(file: SourceFile, cache: ParseCache, parserVersion: string, fresh = false): CacheLookup {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    return { key: null, problem: readProblem(file, error) };
  }
  const digest = sha256(bytes);
  const key = cacheKey(parserVersion, file, digest);
  return { key, cached: fresh ? null : cache.read(key), bytes, digest };
}

/**
 * One source's outcome of the per-document stages, as JSON: the cached one when its key is in the
 * cache (and `fresh` is not set), else parsed now and kept. What runs in each parse worker
 * (parse-worker.ts), and on the main thread for sources the cache does not have (process.ts).
 */
export async function cachedOutcome(file: SourceFile, cache: ParseCache, parserVersion: string, fresh = false): Promise<CachedOutcome> {
  const found = lookupOutcome(file, cache, parserVersion, fresh);
  if (found.key === null) return found;
  const { key, cached, bytes, digest } = found;
  if (cached !== null) return { key, json: cached, reused: true };
  const { record, problems, text } = await processBytes(file, bytes, parseDocument, digest);
  // The extracted text of a PDF, Word document or web page is kept for the source view (ingest.ts).
  const extracted = record && text !== null && isExtracted(record.source) ? { extractedText: text } : {};
  const json = asciiJson(JSON.stringify({ record, problems, ...extracted } satisfies DocumentOutcome));
  cache.write(key, json);
  return { key, json, reused: false };
}
