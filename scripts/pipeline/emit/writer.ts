// Emit, shared by every stage that writes into the collection: keeps the collection's folders in step
// with what this build emits instead of deleting and rewriting them. A file is written only when its
// bytes differ from what is there; files of a folder that this build did not emit are deleted. Both are
// recorded as collection-relative paths, the change report the build uses for incremental work.
import { mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class CollectionWriter {
  readonly root: string;
  private readonly emitted = new Set<string>();
  private readonly madeDirs = new Set<string>();
  private readonly writtenPaths: string[] = [];
  private readonly removedPaths: string[] = [];

  constructor(collectionDir: string) {
    this.root = collectionDir;
  }

  /** Files written (new or changed) so far, collection-relative, sorted. */
  get written(): string[] {
    return [...this.writtenPaths].sort(byCodePoint);
  }

  /** Files deleted so far, collection-relative, sorted. */
  get removed(): string[] {
    return [...this.removedPaths].sort(byCodePoint);
  }

  private claim(path: string): string {
    if (this.emitted.has(path)) throw new Error(`${path} is emitted twice in one build`);
    this.emitted.add(path);
    const absolute = join(this.root, path);
    const dir = dirname(absolute);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    return absolute;
  }

  /** Emits `text` (UTF-8) as the file `path` (collection-relative, `/`-separated). */
  write(path: string, text: string): void {
    const absolute = this.claim(path);
    // Only a file of the same size can be unchanged; only then are the old bytes read to compare.
    const old = statSync(absolute, { throwIfNoEntry: false });
    if (old?.isFile() && old.size === Buffer.byteLength(text) && readFileSync(absolute).equals(Buffer.from(text))) return;
    writeFileSync(absolute, text);
    this.writtenPaths.push(path);
  }

  /** Deletes every file under `folder` (collection-relative) that this build has not emitted, and folders left empty. */
  sweep(folder: string): void {
    const base = join(this.root, folder);
    let entries;
    try {
      entries = readdirSync(base, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    const dirs: string[] = [];
    for (const entry of entries) {
      const absolute = join(entry.parentPath, entry.name);
      if (entry.isDirectory()) {
        dirs.push(absolute);
        continue;
      }
      const path = relative(this.root, absolute).split(sep).join("/");
      if (this.emitted.has(path)) continue;
      unlinkSync(absolute);
      this.removedPaths.push(path);
    }
    // Deepest first, so a folder emptied by removing its subfolders goes too.
    for (const dir of dirs.sort((a, b) => b.length - a.length)) {
      if (readdirSync(dir).length === 0) {
        rmdirSync(dir);
        this.madeDirs.delete(dir);
      }
    }
  }
}
