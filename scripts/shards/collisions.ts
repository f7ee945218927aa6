// What two or more shard builds would both write if deployed into one origin (docs/scaling.md): the
// paths present in more than one shard's output, and whether their bytes are the same there (a hashed
// asset built by the same code: harmless) or not (a site-wide page, feed or index: one would overwrite
// the other, so a hub or the deploy step has to join them).

export interface Collision {
  path: string;
  /** Indexes of the shards that write it. */
  shards: number[];
  /** The same content in every one of them. */
  identical: boolean;
}

export interface SectionCollisions {
  /** The first path segment: `/people/`, `/_astro/`, `/sitemap.xml`. */
  section: string;
  identical: number;
  different: number;
  /** Up to three of its differing paths (else identical ones), in path order. */
  examples: string[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each shard's output as path (from the site root, `/…`) → content hash. */
export function findCollisions(outputs: readonly ReadonlyMap<string, string>[]): Collision[] {
  const seen = new Map<string, number[]>();
  outputs.forEach((files, n) => {
    for (const path of files.keys()) seen.set(path, [...(seen.get(path) ?? []), n]);
  });
  return [...seen.entries()]
    .filter(([, shards]) => shards.length > 1)
    .map(([path, shards]) => ({ path, shards, identical: new Set(shards.map((n) => outputs[n]!.get(path))).size === 1 }))
    .sort((a, b) => byCodePoint(a.path, b.path));
}

export function sectionOf(path: string): string {
  const [first = "", ...rest] = path.split("/").filter(Boolean);
  return rest.length ? `/${first}/` : `/${first}`;
}

export function collisionsBySection(collisions: readonly Collision[]): SectionCollisions[] {
  const sections = new Map<string, Collision[]>();
  for (const c of collisions) sections.set(sectionOf(c.path), [...(sections.get(sectionOf(c.path)) ?? []), c]);
  return [...sections.entries()]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([section, list]) => {
      const different = list.filter((c) => !c.identical);
      return {
        section,
        identical: list.length - different.length,
        different: different.length,
        examples: (different.length ? different : list).slice(0, 3).map((c) => c.path),
      };
    });
}
