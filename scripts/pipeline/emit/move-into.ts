// Moves a folder's files into another by renaming: a whole folder at once where the destination has
// none of that name, file by file where both have it. Files written beside the Astro run go to a folder
// of their own (Astro empties its output folder when it starts: `emptyDir` in astro's static-build.js)
// and are moved into the site afterwards — renames, not copies, so moving costs no bytes written.
import { readdirSync, renameSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Moves everything in `from` into `to` (which must exist) and removes `from`. Throws, naming the path,
 * when a file would replace one already in `to`: two stages writing the same URL is a bug, not a merge.
 */
export function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    let existing: ReturnType<typeof statSync> | undefined;
    try {
      existing = statSync(target);
    } catch {
      existing = undefined;
    }
    if (!existing) renameSync(source, target);
    else if (entry.isDirectory() && existing.isDirectory()) moveInto(source, target);
    else throw new Error(`${target} is written twice: by Astro and by a stage writing beside it`);
  }
  rmdirSync(from);
}
