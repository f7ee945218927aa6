// `npm run build` runs ingest in a child process (scripts/pipeline/ingest-apart.ts) so that ingest's
// heap is gone before Astro starts. What the build prints and decides from ingest must not change:
// the parse progress (streamed from the child as it goes), every problem naming its file, ingest's own
// failure message, and what ingest wrote and returned.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../scripts/pipeline/ingest.ts";
import { ingestApart } from "../../scripts/pipeline/ingest-apart.ts";
import { sitePaths } from "../../scripts/cli/paths.ts";
import { summarise } from "../../src/schema/record.ts";
import { buildSite, ROOT } from "../support/build-site.ts";
import { copyOf, differences, tempDir, tree } from "../ingest/helpers.ts";

const VOTES = join(ROOT, "tests", "fixtures", "votes");

describe("ingest in its own process", () => {
  it("returns what ingest in the build's process returned, and writes the same collection", async () => {
    const paths = (collection: string) => sitePaths({ MINUTEBOOK_SOURCES: VOTES, MINUTEBOOK_COLLECTION: collection });
    const here = paths(join(tempDir("ingest-here"), "collection"));
    const apart = paths(join(tempDir("ingest-apart"), "collection"));
    const direct = await ingest(here);
    const progress: [number, number, string][] = [];
    const child = await ingestApart(apart, { onProgress: (done, total, file) => progress.push([done, total, file.relativePath]) });

    expect(child.documents).toEqual(direct.corpus.documents.map(summarise));
    expect(child.ids).toEqual(direct.corpus.ids);
    expect(child.sources).toEqual(direct.discovery.files.map(({ relativePath, absolutePath }) => ({ relativePath, absolutePath })));
    expect(child.problems).toEqual(direct.problems);
    expect(child.suggestedTopics).toEqual(direct.suggestedTopics);
    expect(child.topics).toEqual(direct.topics);
    expect(child.changes).toEqual(direct.changes);
    expect(differences(tree(here.collection), tree(apart.collection))).toEqual([]);
    // Every document's progress, in order, each naming its source.
    const total = direct.discovery.files.length;
    expect(total).toBeGreaterThan(1);
    expect(progress.map(([done, of]) => [done, of])).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    expect(progress.map(([, , file]) => file).sort()).toEqual(direct.discovery.files.map((f) => f.relativePath).sort());
  });

  it("fails with ingest's own message, naming the file, when ingest throws", async () => {
    const sources = copyOf(VOTES);
    writeFileSync(join(sources, "people.yaml"), "- name: [unclosed\n");
    const paths = (collection: string) => sitePaths({ MINUTEBOOK_SOURCES: sources, MINUTEBOOK_COLLECTION: collection });
    const thrown = await ingest(paths(join(tempDir("ingest-here"), "collection"))).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(thrown).toContain(join(sources, "people.yaml"));
    await expect(ingestApart(paths(join(tempDir("ingest-apart"), "collection")))).rejects.toThrow(thrown!);

    const built = buildSite(sources);
    expect(built.status).toBe(1);
    expect(built.output).toContain(`minutebook: build failed: ${thrown}`);
  });

  it("`npm run build` prints the parse progress and every problem of an ingest run in the child", () => {
    // 52 sources (progress is printed from 50 on), each a text file named .pdf: every one is skipped
    // with an error naming it, so the build stops after ingest, before Astro.
    const sources = join(tempDir("napkins"), "sources");
    mkdirSync(sources, { recursive: true });
    const names = Array.from({ length: 52 }, (_, i) => `napkin-${String(i + 1).padStart(2, "0")}.pdf`);
    for (const name of names) writeFileSync(join(sources, name), `Notes scribbled on ${name}\n`);
    const built = buildSite(sources);
    expect(built.status).toBe(1);
    expect(built.output).toMatch(/^parse: 52\/52 documents \(\d+\/s\)$/m);
    for (const name of names) expect(built.output).toContain(`error: ${name}: the file is named .pdf but is plain text`);
    expect(built.output).toContain(`minutebook: no document could be parsed from ${sources}; nothing to build`);
  });
});
