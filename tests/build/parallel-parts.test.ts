// A full build rendered in parallel parts (MINUTEBOOK_ASTRO_PARTS) gives the same site as one process:
// the parts split the per-document and per-person pages between them and are joined with one sitemap.
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

describe("a build in two parallel parts", () => {
  it("is byte-for-byte the site one process builds", () => {
    const single = inject("sampleSite");
    const parts = buildSite(undefined, { MINUTEBOOK_ASTRO_PARTS: "2" });
    expect(parts.status, parts.output).toBe(0);
    expect(parts.output).toMatch(/rendering in 2 parallel parts/);
    expect(treeDifferences(tree(single.dist), tree(parts.dist))).toEqual([]);
  });
});
