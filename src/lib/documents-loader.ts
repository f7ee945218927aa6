// Content-layer loader for the `documents` collection: reads the MDX entries' front matter (the
// published record) as data only. Unlike the glob loader it registers no MDX module for rendering,
// so the build never compiles thousands of MDX bodies that no page renders.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";

export function documentsLoader(base: string): Loader {
  return {
    name: "minutebook-documents",
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      // Before the first build there is no collection: `astro sync` (npm run check) then sees an empty
      // one. A build always writes the collection before Astro runs.
      if (!existsSync(base)) return;
      const files = readdirSync(base, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx")).sort();
      for (const file of files) {
        const text = readFileSync(join(base, file), "utf8");
        const { data } = readFrontmatter(text);
        const id = String(data.id);
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(text) });
      }
    },
  };
}
