// A private copy of the Astro project for one benchmark run: the site's source as it is now, with
// node_modules linked package by package. Astro keeps its content-layer cache under
// ./node_modules/.astro; a real folder here keeps that cache (and .astro/) out of the repository, so
// the run starts cold and does not race other builds in the working tree.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";

// content/topics.yaml: the bundled sample's taxonomy; content/local-government-topics.yaml: the general
// one, which a corpus without its own topics.yaml is tagged with.
const COPY = ["src", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json", "content/topics.yaml", "content/local-government-topics.yaml"];

export function snapshotSite(root: string, into: string): string {
  mkdirSync(join(into, "content"), { recursive: true });
  for (const entry of COPY) cpSync(join(root, entry), join(into, entry), { recursive: true });
  const modules = join(into, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(join(root, "node_modules"))) {
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(join(root, "node_modules", name), join(modules, name));
  }
  return into;
}
