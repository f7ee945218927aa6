// Emit stage: the Pagefind index over the built HTML, through Pagefind's Node API. Every call's
// errors are checked and thrown with context, since the API reports failures in its return values.
import * as pagefind from "pagefind";
import { join } from "node:path";

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ forceLanguage: "en" });
  if (!created.index) throw new Error(`pagefind: could not create an index: ${created.errors.join("; ")}`);
  try {
    const added = await created.index.addDirectory({ path: distDir });
    if (added.errors.length) throw new Error(`pagefind: indexing ${distDir} failed: ${added.errors.join("; ")}`);
    const written = await created.index.writeFiles({ outputPath: join(distDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
