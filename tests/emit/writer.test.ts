// CollectionWriter with its write thread (emit/write-thread.ts): the files, the written and removed
// lists are the same as writing on the calling thread; sweeps wait for the queued files (a folder made
// for a queued file is not taken as empty); a file the thread cannot write fails `finish`.
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CollectionWriter } from "../../scripts/pipeline/emit/writer.ts";
import { differences, tempDir, tree } from "../ingest/helpers.ts";

/** An earlier collection: one file kept, one changed, one of a folder nothing emits any more. */
function earlier(): string {
  const dir = join(tempDir("writer"), "collection");
  mkdirSync(join(dir, "records", "old-council"), { recursive: true });
  writeFileSync(join(dir, "records", "kept.json"), "kept\n");
  writeFileSync(join(dir, "records", "changed.json"), "before\n");
  writeFileSync(join(dir, "records", "old-council", "gone.json"), "gone\n");
  return dir;
}

/** Emits into `dir`: many files (several batches of the thread), some in folders made now. */
async function emit(dir: string, threaded: boolean) {
  const writer = new CollectionWriter(dir, { threaded });
  writer.write("records/kept.json", "kept\n");
  writer.write("records/changed.json", "after\n");
  for (let i = 0; i < 600; i++) writer.write(`records/council-${i % 7}/${i}.json`, `${"é".repeat(i * 50)}\n`);
  writer.sweep("records");
  await writer.finish();
  return { written: writer.written, removed: writer.removed };
}

describe("the collection writer's write thread", () => {
  it("writes the same files and reports the same changes as writing on the calling thread", async () => {
    const [one, two] = [earlier(), earlier()];
    const onThread = await emit(one, true);
    const here = await emit(two, false);
    expect(onThread).toEqual(here);
    expect(onThread.removed).toEqual(["records/old-council/gone.json"]);
    expect(onThread.written).not.toContain("records/kept.json");
    expect(onThread.written).toContain("records/changed.json");
    expect(differences(tree(one), tree(two))).toEqual([]);
    // Written again unchanged: nothing written, nothing removed.
    expect(await emit(one, true)).toEqual({ written: [], removed: [] });
  });

  it("writeLine and writeBytes make the same files as write, on the thread and on the calling thread", async () => {
    // Texts on both sides of the 4 KB line between a batch's shared buffer and a buffer of their own,
    // one- and multi-byte, and bytes from Buffer's pool (copied, not moved) and of their own (moved).
    const texts = [0, 1, 4094, 4095, 4096, 5000, 300_000].flatMap((n) => [`${"a".repeat(n)}`, `${"“é”".repeat(Math.ceil(n / 3))}`]);
    const emitted = async (dir: string, threaded: boolean, how: "write" | "line" | "bytes") => {
      const writer = new CollectionWriter(dir, { threaded });
      texts.forEach((text, i) => {
        const path = `archive/${i}.json`;
        if (how === "write") writer.write(path, `${text}\n`);
        else if (how === "line") writer.writeLine(path, text);
        else writer.writeBytes(path, Buffer.from(`${text}\n`, "utf8"));
      });
      await writer.finish();
      return tree(dir);
    };
    const reference = await emitted(join(tempDir("writer"), "collection"), false, "write");
    expect(reference.size).toBe(texts.length);
    for (const threaded of [false, true]) {
      for (const how of ["line", "bytes"] as const) {
        expect(differences(await emitted(join(tempDir("writer"), "collection"), threaded, how), reference)).toEqual([]);
      }
    }
  });

  it("a file the thread cannot write makes finish fail with the reason", async () => {
    const dir = join(tempDir("writer"), "collection");
    mkdirSync(join(dir, "records", "taken.json"), { recursive: true });
    const writer = new CollectionWriter(dir, { threaded: true });
    writer.write("records/taken.json", "{}\n");
    await expect(writer.finish()).rejects.toThrow(/writing the collection failed: .*taken\.json/);
  });
});
