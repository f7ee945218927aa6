// The parser version that keys the parse cache: computed, never bumped by hand. It is the sha256 of
// every source file the per-document stages run (process-one.ts and everything it imports, followed
// through relative imports: decode, parse, validate, the record schema…), the version of each package
// they import (the schema's zod comes from astro) and the Node version (decoding uses Node's
// TextDecoder, whose tables have changed between releases: nodejs/node#60888). Any edit to that code
// therefore re-parses every source on the next build; an edit anywhere else (emit, resolve, pages)
// does not.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The module whose import closure is the per-document pipeline. */
export const PER_DOCUMENT_ENTRY = resolve(import.meta.dirname, "../process-one.ts");

const SPECIFIER = /\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/**
 * Module specifiers a TypeScript source imports or re-exports: static imports and re-exports, and
 * modules loaded on first use with a literal `import("…")` (the pipeline uses no other form). Comments
 * are dropped first, so prose like `from "the County Council"` is not an import.
 */
export function importSpecifiers(source: string): string[] {
  return [...source.replace(COMMENT, "").matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** `astro/zod` → `astro`, `@scope/pkg/x` → `@scope/pkg`. */
const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

function packageVersion(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version ?? "?";
    if (dirname(dir) === dir) return "not found";
  }
}

/** Every file of the import closure of `entry` (repository-relative, sorted) and the packages it imports. */
export function importClosure(entry: string): { files: string[]; packages: Map<string, string> } {
  const root = resolve(import.meta.dirname, "../../..");
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, "utf8"))) {
      if (specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target)) visit(target);
        continue;
      }
      const name = packageName(specifier);
      if (!packages.has(name)) packages.set(name, packageVersion(name, dirname(file)));
    }
  };
  visit(entry);
  return { files: [...seen].map((f) => relative(root, f).split("\\").join("/")).sort(), packages };
}

let computed: string | undefined;

/** The parser version of this checkout (computed once per process). */
export function parserVersion(): string {
  if (computed) return computed;
  const root = resolve(import.meta.dirname, "../../..");
  const { files, packages } = importClosure(PER_DOCUMENT_ENTRY);
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update("\0");
  for (const [name, version] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}@${version}\0`);
  hash.update(`node@${process.versions.node}`);
  computed = hash.digest("hex");
  return computed;
}
