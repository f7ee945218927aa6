// Serving several built sites on one origin under path prefixes, for the multisite search benchmark.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveMount } from "../../scripts/bench/search-transfer.ts";

describe("resolveMount", () => {
  const a = { prefix: "/", dist: "/tmp/a/dist" };
  const b = { prefix: "/sites/2/", dist: "/tmp/b/dist" };

  it("serves a path from the site with the longest matching prefix, whatever order they are listed in", () => {
    for (const mounts of [[a, b], [b, a]]) {
      expect(resolveMount(mounts, "/sites/2/pagefind/pagefind-entry.json")).toEqual({ mount: b, path: join(b.dist, "pagefind/pagefind-entry.json") });
      expect(resolveMount(mounts, "/pagefind/pagefind-entry.json")).toEqual({ mount: a, path: join(a.dist, "pagefind/pagefind-entry.json") });
      expect(resolveMount(mounts, "/sites/3/x")).toEqual({ mount: a, path: join(a.dist, "sites/3/x") });
    }
  });

  it("never serves a file outside the mounted site", () => {
    expect(resolveMount([a, b], "/sites/2/../../secret")).toBeNull();
    // /tmp/a/dist-other starts with /tmp/a/dist, but is not inside it.
    expect(resolveMount([a], "/../dist-other/x")).toBeNull();
  });
});
