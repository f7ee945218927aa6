// Content-layer loader for the `documents` collection: reads the MDX entries' front matter (the
// published record) as data only. Unlike the glob loader it registers no MDX module for rendering,
// so the build never compiles thousands of MDX bodies that no page renders.
//
// Astro clears its content store whenever its config changes, and the output folder is part of it, so
// every incremental build (rendered into a scratch folder) starts from an empty store. Parsing each
// entry's YAML and checking it with the schema was most of the store's sync (4.4 of 13 CPU-seconds
// of a rebuild's Astro floor at 3,000 documents, docs/performance.md): the loader keeps the last
// build's parsed entries in Astro's cache folder, keyed by each file's digest and the schema, and
// parses only the entries whose file is new or changed.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";
import { DocumentSummary } from "../schema/record.ts";

type Entry = { id: string; data: Record<string, unknown> };
const CACHE_FILE = "minutebook-documents.json";

/** The last build's parsed entries by file digest, if they were parsed with the same schema. */
function readCache(file: string, schema: string): Map<string, Entry> {
  if (!existsSync(file)) return new Map();
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as { schema: string; entries: Record<string, Entry> };
    return cache.schema === schema ? new Map(Object.entries(cache.entries)) : new Map();
  } catch {
    return new Map();
  }
}

export function documentsLoader(base: string): Loader {
  return {
    name: "minutebook-documents",
    load: async ({ store, parseData, generateDigest, config }) => {
      store.clear();
      // Before the first build there is no collection: `astro sync` (npm run check) then sees an empty
      // one. A build always writes the collection before Astro runs.
      if (!existsSync(base)) return;
      const cacheFile = fileURLToPath(new URL(CACHE_FILE, config.cacheDir));
      // A changed schema (fields added, checks changed) parses every entry again.
      const schema = generateDigest(JSON.stringify(z.toJSONSchema(DocumentSummary)));
      const last = readCache(cacheFile, schema);
      const next: Record<string, Entry> = {};
      const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx")).sort();
      for (const file of files) {
        const text = readFileSync(join(base, file), "utf8");
        const digest = generateDigest(text);
        let entry = last.get(digest);
        if (!entry) {
          const { data } = readFrontmatter(text);
          const id = String(data.id);
          entry = { id, data: await parseData({ id, data }) };
        }
        next[digest] = entry;
        store.set({ id: entry.id, data: entry.data, digest });
      }
      // Written whole and renamed: builds sharing the cache folder read one build's file or another's,
      // never half of one (each is right for any collection: entries are keyed by their file's digest).
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify({ schema, entries: next }));
      renameSync(temporary, cacheFile);
    },
  };
}
