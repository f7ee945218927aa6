// Every published document's summary (the front matter of its MDX entry, validated with the record
// schema's `DocumentSummary`), read straight from the collection, without Astro's content layer.
//
// The summaries were Astro's one content collection, loaded into its content store. Astro clears that
// store whenever its config changes, and the output folder is part of it, so every incremental build
// (rendered into a scratch folder) and the full build after it refilled the store, serialised it whole
// with devalue to compare it with the file on disk, compiled it into the build as a module and
// unflattened it again for `getCollection`: work that grows with the archive, for a list the pages
// hold in memory anyway (docs/performance.md, "Round two, session 7"). Parsing each entry's YAML and
// checking it with the schema is kept from one build to the next in the build's cache folder, keyed by
// each file's digest and by the schema, so only new or changed files are parsed.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";
import { DocumentSummary } from "../schema/record.ts";

const CACHE_FILE = "minutebook-document-summaries.json";

/** Astro's cache folder, where the last build's parsed summaries are kept (astro.config.mjs `cacheDir`). */
export const summaryCacheDir = (): string => process.env.MINUTEBOOK_ASTRO_CACHE ?? join("node_modules", ".astro");

const digestOf = (text: string): string => createHash("sha256").update(text).digest("base64url");

/** The last build's parsed summaries by file digest, if they were parsed with the same schema. */
function readCache(file: string, schema: string): Map<string, DocumentSummary> {
  if (!existsSync(file)) return new Map();
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as { schema: string; entries: Record<string, DocumentSummary> };
    return cache.schema === schema ? new Map(Object.entries(cache.entries)) : new Map();
  } catch {
    return new Map();
  }
}

// The order the content store gave the entries in: sorted by id with `localeCompare` (as src/lib/archive.ts).
const byId = new Intl.Collator().compare;

/**
 * The summaries of the `.mdx` entries under `base` (none when the folder does not exist yet: `astro
 * sync` before the first build), in the order of their ids.
 */
export function readDocumentSummaries(base: string, cacheDir = summaryCacheDir()): DocumentSummary[] {
  if (!existsSync(base)) return [];
  const cacheFile = join(cacheDir, CACHE_FILE);
  // A changed schema (fields added, checks changed) parses every entry again.
  const schema = digestOf(JSON.stringify(z.toJSONSchema(DocumentSummary)));
  const last = readCache(cacheFile, schema);
  const next = new Map<string, DocumentSummary>();
  const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx")).sort();
  let parsed = 0;
  for (const file of files) {
    const text = readFileSync(join(base, file), "utf8");
    const digest = digestOf(text);
    let summary = last.get(digest);
    if (!summary) {
      parsed++;
      try {
        summary = DocumentSummary.parse(readFrontmatter(text).data);
      } catch (error) {
        // The entry is named: the message alone would not say which of thousands of files to look at.
        throw new Error(`${join(base, file)}: not a document summary the site can list (${(error as Error).message})`);
      }
      // Stored as JSON and read back, as a cached one will be: the pages see the same values either way.
      summary = JSON.parse(JSON.stringify(summary)) as DocumentSummary;
    }
    next.set(digest, summary);
  }
  // Written whole and renamed, and only when it changed: builds sharing the cache folder read one
  // build's file or another's, never half of one (each is right for any collection: entries are keyed
  // by their file's digest).
  if (parsed > 0 || next.size !== last.size) {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ schema, entries: Object.fromEntries(next) }));
    renameSync(temporary, cacheFile);
  }
  return [...next.values()].sort((a, b) => byId(a.id, b.id));
}
