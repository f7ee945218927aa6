// What separately built shards would both write into one origin (scripts/shards/collisions.ts).
import { describe, expect, it } from "vitest";
import { collisionsBySection, findCollisions, sectionOf } from "../../scripts/shards/collisions.ts";

const site = (files: Record<string, string>) => new Map(Object.entries(files));

describe("findCollisions", () => {
  const a = site({
    "/index.html": "home-a",
    "/people/index.html": "people-a",
    "/people/ashcombe-county-council/mackay-s/index.html": "p1",
    "/_astro/base.1a2b.css": "css",
    "/ashcombe-county-council/index.html": "council-a",
  });
  const b = site({
    "/index.html": "home-b",
    "/people/index.html": "people-b",
    "/people/wyvern-district-council/mackay-s/index.html": "p2",
    "/_astro/base.1a2b.css": "css",
    "/wyvern-district-council/index.html": "council-b",
  });

  it("lists only the paths more than one shard writes, telling identical files from different ones", () => {
    expect(findCollisions([a, b])).toEqual([
      { path: "/_astro/base.1a2b.css", shards: [0, 1], identical: true },
      { path: "/index.html", shards: [0, 1], identical: false },
      { path: "/people/index.html", shards: [0, 1], identical: false },
    ]);
  });

  it("finds nothing when the shards' outputs are disjoint", () => {
    expect(findCollisions([site({ "/a/index.html": "x" }), site({ "/b/index.html": "x" })])).toEqual([]);
  });

  it("groups collisions by their first path segment, differing paths as examples", () => {
    const c = site({ "/index.html": "home-a", "/people/index.html": "people-c" });
    expect(collisionsBySection(findCollisions([a, b, c]))).toEqual([
      { section: "/_astro/", identical: 1, different: 0, examples: ["/_astro/base.1a2b.css"] },
      { section: "/index.html", identical: 0, different: 1, examples: ["/index.html"] },
      { section: "/people/", identical: 0, different: 1, examples: ["/people/index.html"] },
    ]);
  });

  it("names a section by its folder, or by the file at the site root", () => {
    expect(sectionOf("/feeds/all.xml")).toBe("/feeds/");
    expect(sectionOf("/sitemap.xml")).toBe("/sitemap.xml");
    expect(sectionOf("/search/shard-2/pagefind.js")).toBe("/search/");
  });
});
