// Splitting an archive into build shards by council folder (scripts/shards/split.ts).
import { describe, expect, it } from "vitest";
import { splitBalanced } from "../../scripts/shards/split.ts";

const folders = (sizes: Record<string, number>) => Object.entries(sizes).map(([name, documents]) => ({ name, documents }));

describe("splitBalanced", () => {
  it("gives every council folder to exactly one shard, whole", () => {
    const input = folders({ a: 5, b: 3, c: 8, d: 1, e: 4 });
    const shards = splitBalanced(input, 2);
    expect(shards.flatMap((s) => s.folders).sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(shards.map((s) => s.documents).reduce((x, y) => x + y)).toBe(21);
  });

  it("balances shards by document count, largest folder first to the lightest shard", () => {
    // c (8) → 1st; a (5) → 2nd; e (4) → 2nd, 5 < 8; b (3) → 1st, 8 < 9; d (1) → 2nd, 9 < 11.
    const shards = splitBalanced(folders({ a: 5, b: 3, c: 8, d: 1, e: 4 }), 2);
    expect(shards).toEqual([
      { folders: ["b", "c"], documents: 11 },
      { folders: ["a", "d", "e"], documents: 10 },
    ]);
  });

  it("is the same split whatever order the folders are listed in", () => {
    const input = folders({ north: 40, south: 40, east: 22, west: 18, central: 7, port: 7, vale: 3 });
    const expected = splitBalanced(input, 3);
    expect(splitBalanced([...input].reverse(), 3)).toEqual(expected);
    expect(splitBalanced([...input.slice(3), ...input.slice(0, 3)], 3)).toEqual(expected);
  });

  it("breaks ties between equal folders by name and between equal shards by position", () => {
    expect(splitBalanced(folders({ b: 2, a: 2, c: 2, d: 2 }), 2)).toEqual([
      { folders: ["a", "c"], documents: 4 },
      { folders: ["b", "d"], documents: 4 },
    ]);
  });

  it("leaves a shard empty only when there are fewer folders than shards", () => {
    expect(splitBalanced(folders({ only: 9 }), 2)).toEqual([
      { folders: ["only"], documents: 9 },
      { folders: [], documents: 0 },
    ]);
    expect(splitBalanced([], 2)).toEqual([
      { folders: [], documents: 0 },
      { folders: [], documents: 0 },
    ]);
  });

  it("refuses a folder listed twice and a number of shards that is not a positive whole number", () => {
    expect(() => splitBalanced(folders({ a: 1 }).concat(folders({ a: 2 })), 2)).toThrow(/"a" is listed twice/);
    expect(() => splitBalanced(folders({ a: 1 }), 0)).toThrow(/whole number above 0/);
    expect(() => splitBalanced(folders({ a: 1 }), 1.5)).toThrow(/whole number above 0/);
  });
});
