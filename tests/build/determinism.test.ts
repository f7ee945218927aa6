// The same sources give byte-identical output: no timestamps, random ids, unstable orders or paths
// from the working directory. The sample built by the global setup (today, in the project folder) is
// compared with a build on another day, in another time zone, started from another folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite, ROOT } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

const HOOKS = join(ROOT, "tests/support/hooks");
const sample = inject("sampleSite");

describe("the same sources give the same bytes", () => {
  // Breaks caught: today's date or time written anywhere in the output (e.g. a <meta> in <head>, a
  // feed's <updated>, build-report.json); a path resolved against the working directory.
  it("on another day, in another time zone, started from another folder", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "minutebook-cwd-"));
    const later = buildSite(
      undefined,
      { MINUTEBOOK_TEST_CLOCK: "2031-06-15T23:30:00Z", TZ: "Pacific/Kiritimati" },
      // The fake clock in every process of the build, Astro's too.
      { cwd: elsewhere, imports: [join(HOOKS, "fake-clock.mjs")] },
    );
    expect(later.status, later.output).toBe(0);
    for (const [a, b] of [[sample.dist, later.dist], [sample.collection, later.collection]] as const) {
      const differing = treeDifferences(tree(a), tree(b));
      expect(differing).toEqual([]);
    }
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
