// The pieces of a full build that run beside the main thread's work (scripts/pipeline/full-site.ts):
// the files written beside the Astro run reach the site by renames without replacing any page Astro
// wrote, and a failure on the side thread fails with a message naming what failed and why. (That the
// overlapped build is byte for byte the one-after-another build is tests/build/determinism*,
// incremental* and parallel-parts: the sample site is built through full-site.ts.)
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { moveInto } from "../../scripts/pipeline/emit/move-into.ts";
import { onThread } from "../../scripts/pipeline/workers/side-thread.ts";
import { SITE_DATA_TASK, type SiteDataInput } from "../../scripts/pipeline/workers/site-threads.ts";
import { differences, tempDir, tree } from "../ingest/helpers.ts";

const THREADS = new URL("../../scripts/pipeline/workers/site-threads.ts", import.meta.url);

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe("files written beside the Astro run", () => {
  it("are moved into the site whole, into folders Astro made or not, and the folder beside it is gone", () => {
    const root = tempDir("move-into");
    const [site, beside, expected] = [join(root, "dist"), join(root, "beside"), join(root, "expected")];
    const pages = { "index.html": "home", "doc-1/index.html": "page 1", "people/a/index.html": "person a" };
    const data = { "doc-1/record.json": "{}\n", "doc-1/minutes.txt": "words", "doc-1/resolutions/r1/resolution.json": "{}\n", "data/documents.jsonl": "{}\n", "people/a/person.json": "{}\n" };
    write(site, pages);
    write(beside, data);
    write(expected, { ...pages, ...data });
    moveInto(beside, site);
    expect(differences(tree(site), tree(expected))).toEqual([]);
    expect(existsSync(beside)).toBe(false);
  });

  it("never replace a file Astro wrote: the same path from both fails, naming it", () => {
    const root = tempDir("move-into-clash");
    write(join(root, "dist"), { "doc-1/index.html": "page" });
    write(join(root, "beside"), { "doc-1/index.html": "data" });
    expect(() => moveInto(join(root, "beside"), join(root, "dist"))).toThrow(/doc-1\/index\.html is written twice/);
    expect(readFileSync(join(root, "dist", "doc-1", "index.html"), "utf8")).toBe("page");
  });
});

describe("work on a side thread", () => {
  it("fails with what it was doing and the reason when the thread's work throws", async () => {
    const root = tempDir("side-thread");
    mkdirSync(join(root, "collection", "records"), { recursive: true });
    writeFileSync(join(root, "collection", "records", "doc-1.json"), '{"id":"doc-1"}\n');
    // The document's original is not where the build was told it is.
    const input: SiteDataInput = { collection: join(root, "collection"), out: join(root, "out"), originals: [{ id: "doc-1", file: "minutes.txt", source: join(root, "no-such-source.txt") }] };
    await expect(onThread(THREADS, SITE_DATA_TASK, input, "writing the files beside Astro")).rejects.toThrow(/^writing the files beside Astro failed: .*no-such-source\.txt/);
  });

  it("answers with the work's result when it succeeds", async () => {
    const root = tempDir("side-thread-ok");
    mkdirSync(join(root, "collection", "records"), { recursive: true });
    writeFileSync(join(root, "collection", "records", "doc-1.json"), '{"id":"doc-1"}\n');
    writeFileSync(join(root, "source.txt"), "the words");
    const input: SiteDataInput = { collection: join(root, "collection"), out: join(root, "out"), originals: [{ id: "doc-1", file: "minutes.txt", source: join(root, "source.txt") }] };
    await onThread(THREADS, SITE_DATA_TASK, input, "writing the files beside Astro");
    expect(readFileSync(join(root, "out", "doc-1", "minutes.txt"), "utf8")).toBe("the words");
    expect(readFileSync(join(root, "out", "data", "documents.jsonl"), "utf8")).toBe('{"id":"doc-1"}\n');
  });
});
