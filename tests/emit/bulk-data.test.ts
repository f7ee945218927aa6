// The whole-archive download (data/documents.jsonl) after a rebuild: patched from the last build's file
// and the records written since, it must be byte for byte what writing it whole gives; when the old file
// is not what the last build says it holds, it is written whole.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { updateJsonLines, writeJsonLines } from "../../scripts/pipeline/emit/bulk-data.ts";
import { RECORDS_FOLDER } from "../../src/lib/records.ts";

/** A collection holding a record file (one JSON line) for each id. */
function collectionOf(records: Record<string, object>): string {
  const collection = mkdtempSync(join(tmpdir(), "minutebook-bulk-"));
  for (const [id, record] of Object.entries(records)) setRecord(collection, id, record);
  return collection;
}

function setRecord(collection: string, id: string, record: object): void {
  const path = join(collection, RECORDS_FOLDER, `${id}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ id, ...record })}\n`);
}

const written = (collection: string, ids: string[]) => {
  const path = join(collection, "whole.jsonl");
  writeJsonLines(path, collection, ids);
  return readFileSync(path);
};

// Ids that sort apart and together, nested as the archive's are; more than one copy chunk is not needed
// to pin the ranges (runs of kept lines) against the lines read from the collection.
const IDS = ["a/2020/minutes-1", "a/2021/minutes-2", "b/2019/report-1", "b/2020/minutes-3", "c/2022/minutes-4"];
const base = () => collectionOf(Object.fromEntries(IDS.map((id, i) => [id, { words: "x".repeat(10 * (i + 1)) }])));

function lastBuild(collection: string, ids = IDS): string {
  const path = join(collection, "documents.jsonl");
  writeJsonLines(path, collection, ids);
  return path;
}

describe("the bulk download patched after a rebuild", () => {
  it("is byte for byte the whole file after one record changed (longer), in the middle of the order", () => {
    const collection = base();
    const path = lastBuild(collection);
    setRecord(collection, "b/2019/report-1", { words: "changed ".repeat(40) });
    expect(updateJsonLines(path, collection, IDS, { ids: IDS, changed: new Set(["b/2019/report-1"]) })).toBe("patched");
    expect(readFileSync(path).equals(written(collection, IDS))).toBe(true);
    rmSync(collection, { recursive: true });
  });

  it("is byte for byte the whole file after a document was added first, last or between others", () => {
    for (const added of ["0/2018/minutes-0", "b/2019/report-2", "z/2023/minutes-9"]) {
      const collection = base();
      const path = lastBuild(collection);
      setRecord(collection, added, { words: "new" });
      const now = [...IDS, added];
      expect(updateJsonLines(path, collection, now, { ids: IDS, changed: new Set([added]) })).toBe("patched");
      expect(readFileSync(path).equals(written(collection, now))).toBe(true);
      rmSync(collection, { recursive: true });
    }
  });

  it("drops the line of a document no longer published", () => {
    const collection = base();
    const path = lastBuild(collection);
    const now = IDS.filter((id) => id !== "a/2021/minutes-2");
    expect(updateJsonLines(path, collection, now, { ids: IDS, changed: new Set() })).toBe("patched");
    expect(readFileSync(path).equals(written(collection, now))).toBe(true);
    rmSync(collection, { recursive: true });
  });

  it("is written whole when the old file does not hold one line per document of the last build", () => {
    const collection = base();
    const path = lastBuild(collection, IDS.slice(1));
    expect(updateJsonLines(path, collection, IDS, { ids: IDS, changed: new Set() })).toBe("rewritten");
    expect(readFileSync(path).equals(written(collection, IDS))).toBe(true);
    rmSync(collection, { recursive: true });
  });

  it("is written whole when a record changed that the rebuild did not name (its line is not its record's length)", () => {
    const collection = base();
    const path = lastBuild(collection);
    setRecord(collection, "c/2022/minutes-4", { words: "unannounced" });
    expect(updateJsonLines(path, collection, IDS, { ids: IDS, changed: new Set() })).toBe("rewritten");
    expect(readFileSync(path).equals(written(collection, IDS))).toBe(true);
    rmSync(collection, { recursive: true });
  });

  it("is written whole when there is no file yet", () => {
    const collection = base();
    const path = join(collection, "documents.jsonl");
    expect(updateJsonLines(path, collection, IDS, { ids: [], changed: new Set() })).toBe("rewritten");
    expect(readFileSync(path).equals(written(collection, IDS))).toBe(true);
    rmSync(collection, { recursive: true });
  });
});
