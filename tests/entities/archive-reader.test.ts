// The archive index as the pages read it (src/lib/archive.ts): from the archive stage's files, not
// from Astro's content store, yet in the order the store gave the pages (sorted by id with
// localeCompare), so that the registers and lists render byte for byte as they did.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const folders: string[] = [];
const saved = process.env.MINUTEBOOK_COLLECTION;

/** A collection folder holding the given archive files, and a fresh copy of the reader (it caches per build). */
async function readerOver(files: Record<string, unknown[]>) {
  const dir = mkdtempSync(join(tmpdir(), "minutebook-archive-reader-"));
  folders.push(dir);
  mkdirSync(join(dir, "archive"));
  for (const [name, entities] of Object.entries(files)) writeFileSync(join(dir, "archive", name), JSON.stringify(entities));
  process.env.MINUTEBOOK_COLLECTION = dir;
  vi.resetModules();
  return import("../../src/lib/archive.ts");
}

afterEach(() => {
  if (saved === undefined) delete process.env.MINUTEBOOK_COLLECTION;
  else process.env.MINUTEBOOK_COLLECTION = saved;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the archive index read from the archive stage's files", () => {
  it("lists entities by id as Astro's content store did (localeCompare: case second), whatever order the file holds", async () => {
    const file = ["gamma", "Beta", "alpha/2", "alpha/10", "alpha-b"].map((id) => ({ id, kind: "resolved" }));
    const archive = await readerOver({ "resolutions.json": file });
    const ids = (await archive.entities("resolutions")).map((r) => r.id);
    // Code-unit order would put "Beta" first; the store's localeCompare puts it after "alpha…".
    expect(ids).toEqual(["alpha-b", "alpha/10", "alpha/2", "Beta", "gamma"]);
  });

  it("picks entities by id in the order asked for, skipping ids the archive does not hold", async () => {
    const archive = await readerOver({ "actions.json": [{ id: "a1", what: "one" }, { id: "a2", what: "two" }] });
    expect((await archive.pick("actions", ["a2", "missing", "a1"])).map((a) => a.what)).toEqual(["two", "one"]);
  });

  it("gives an empty list for a kind an older ingest did not write, rather than failing the build", async () => {
    const archive = await readerOver({});
    expect(await archive.entities("committees")).toEqual([]);
    expect((await archive.entityMap("committees")).size).toBe(0);
  });
});
