// A folder's files and their bytes, by relative path in sorted order, for byte-for-byte comparisons.
// Dot-files and dot-folders (the parse cache, the incremental build's state) are build machinery, not
// output, and are left out.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (rel.split(sep).some((part) => part.startsWith("."))) continue;
    const full = join(dir, rel);
    if (statSync(full).isFile()) files.set(rel, readFileSync(full));
  }
  return files;
}

/** Paths whose presence or bytes differ between two trees. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}
