// The same sources give byte-identical output: no timestamps, random ids or unstable orders.
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { tree } from "../support/tree.ts";

describe("two builds of the same sources", () => {
  it("produce byte-identical sites and collections", () => {
    const a = buildSite();
    const b = buildSite();
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    for (const [x, y] of [[a.dist, b.dist], [a.collection, b.collection]] as const) {
      const first = tree(x);
      const second = tree(y);
      expect([...second.keys()]).toEqual([...first.keys()]);
      const differing = [...first].filter(([rel, bytes]) => !bytes.equals(second.get(rel)!)).map(([rel]) => rel);
      expect(differing).toEqual([]);
    }
  });
});
