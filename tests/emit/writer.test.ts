// CollectionWriter with its write thread (emit/write-thread.ts): the files, the written and removed
// lists are the same as writing on the calling thread; sweeps wait for the queued files (a folder made
// for a queued file is not taken as empty); a file the thread cannot write fails `finish`.
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CollectionWriter } from "../../scripts/pipeline/emit/writer.ts";
import { topicParts } from "../../scripts/pipeline/emit/archive.ts";
import { personPage } from "../../src/lib/person-page.ts";
import type { DocumentRef, PersonEntity, TopicEntity } from "../../src/schema/archive.ts";
import { differences, tempDir, tree } from "../ingest/helpers.ts";

const ref = (date: string): DocumentRef => ({
  id: `walsall-council/panel/${date}`,
  url: `/walsall-council/panel/${date}/`,
  type: "minutes",
  title: "Panel — “minutes”",
  council: { name: "Walsall Council", slug: "walsall-council" },
  committee: { name: "Panel", slug: "panel" },
  date,
  year: Number(date.slice(0, 4)),
});

/**
 * A person's entity as resolve/archive.ts builds it: one document object shared by everything that
 * names it (JSON repeats it, a structured copy keeps it once), multi-byte excerpts, votes.
 */
function person(): PersonEntity {
  const a = ref("2019-01-10");
  const item = { number: "3", title: "Budget", anchor: "item-3", href: `${a.url}#item-3` };
  const committee = { name: "Panel", slug: "panel", url: "/walsall-council/panel/" };
  return {
    id: "walsall-council/hale-s",
    url: "/people/walsall-council/hale-s/",
    name: "Sue Hale",
    namesAsWritten: ["Cllr Hale"],
    councils: [{ name: "Walsall Council", slug: "walsall-council" }],
    party: null,
    ward: "Pelsall",
    notes: null,
    roles: [{ role: "Chair", committee, from: "2019-01-10", to: "2019-01-10", documents: [a] }],
    attendance: [{ committee, council: { name: "Walsall Council", slug: "walsall-council" }, present: 1, apologies: 0, listed: 0, percent: 100, records: [{ document: a, status: "present", role: "chair", title: null }] }],
    mentions: ["p1", "p2"].map((p) => ({ document: a, item, anchor: `item-3-${p}`, href: `${a.url}#item-3-${p}`, text: "Cllr Hale", excerpt: `…Cllr Hale said “${p}” — ${"é".repeat(3000)}…` })),
    declarations: [],
    actions: [],
    votes: [{ document: a, item, decision: null, href: `${a.url}#item-3`, motion: "motion", outcome: "carried", how: "for", name: "Cllr Hale" }],
    documents: [a],
  };
}

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

  it("writeValue makes each file of a value as JSON.stringify of it or of its shape, on the thread (from a copy) as on the calling thread", async () => {
    const entity = person();
    const emitted = async (threaded: boolean) => {
      const dir = join(tempDir("writer"), "collection");
      const writer = new CollectionWriter(dir, { threaded });
      writer.writeValue(entity, [
        ["archive/people/hale-s.json", "value"],
        ["archive/person-pages/hale-s.json", "personPage"],
      ]);
      await writer.finish();
      return { files: tree(dir), written: writer.written };
    };
    const expected = new Map([
      ["archive/people/hale-s.json", Buffer.from(`${JSON.stringify(entity)}\n`)],
      ["archive/person-pages/hale-s.json", Buffer.from(`${JSON.stringify(personPage(entity))}\n`)],
    ]);
    for (const threaded of [false, true]) {
      const { files, written } = await emitted(threaded);
      expect(differences(files, expected)).toEqual([]);
      expect(written).toEqual([...expected.keys()]);
    }
  });

  it("writeLineParts makes the file of its parts joined and a newline, on the thread as on the calling thread", async () => {
    const parts = ["[", "“é”".repeat(2000), ",", "", "a".repeat(5000), "]"];
    for (const threaded of [false, true]) {
      const dir = join(tempDir("writer"), "collection");
      const writer = new CollectionWriter(dir, { threaded });
      writer.writeLineParts("archive/topics/t.json", parts);
      await writer.finish();
      expect(differences(tree(dir), new Map([["archive/topics/t.json", Buffer.from(`${parts.join("")}\n`)]]))).toEqual([]);
    }
  });

  it("a topic's file in parts is JSON.stringify of the topic, whatever its description says and with any number of items", () => {
    const a = ref("2019-01-10");
    const item = (n: number) => ({ document: a, item: { number: String(n), title: `"items":[] ${n}`, anchor: `item-${n}`, href: `${a.url}#item-${n}` }, inTitle: n % 2 === 0, paragraphs: [{ anchor: `item-${n}-p1`, href: `${a.url}#item-${n}-p1`, excerpt: "…the budget…" }] });
    for (const count of [0, 1, 3]) {
      const topic: TopicEntity = { id: "budget", url: "/topics/budget/", name: "Budget", description: 'Said as "items":[] and ],"councils":[', synonyms: ['"items":['], items: Array.from({ length: count }, (_, i) => item(i)), councils: ["walsall-council"], years: [2019] };
      expect(topicParts(topic).join("")).toBe(JSON.stringify(topic));
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
