// The shard workflow, run here: the plan, build and join steps of .github/workflows/build-shards.yml on
// a 12-document synthetic corpus (11 councils) in two shards, one after the other, compared with a
// one-machine build of the same sources (docs/scaling.md, "Running it").
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../scripts/corpus/write.ts";
import { DEFAULT_SEED } from "../../scripts/corpus/generate.ts";
import { commonRoot, dryRun, expand, readWorkflow, shardSteps, type DryRun } from "../../scripts/shards/dry-run.ts";
import { readPlan } from "../../scripts/shards/plan.ts";
import { checkCollisions } from "../../scripts/shards/join.ts";
import { searchTransfer } from "../../scripts/bench/search-transfer.ts";
import { buildSite, TEST_SITE, type BuiltSite } from "../support/build-site.ts";

/** Every file of a built site: site-relative path → sha256. */
function tree(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dist, { recursive: true, encoding: "utf8" }).sort()) {
    const full = join(dist, rel);
    if (statSync(full).isFile()) files.set(rel, createHash("sha256").update(readFileSync(full)).digest("hex"));
  }
  return files;
}

describe("the shard workflow file", () => {
  const workflow = readWorkflow();
  const steps = shardSteps(workflow);
  const jobs = workflow.jobs as Record<string, { steps: { uses?: string }[]; if?: string; needs?: string | string[] }>;

  it("runs npm run shards plan, build and join, one command per job, with the environment the dry run gives them", () => {
    expect(steps.plan.run).toMatch(/^npm run shards -- plan /);
    expect(steps.build.run).toMatch(/^npm run shards -- build /);
    expect(steps.join.run).toMatch(/^npm run shards -- join /);
    // The dry run sets these and nothing else: a step needing another variable would run differently here.
    expect(steps.plan.env).toEqual(["PARTS", "SOURCES"]);
    expect(steps.build.env).toEqual(["SHARD"]);
    expect(steps.join.env).toEqual([]);
  });

  it("builds one job per shard of the plan, and joins only after every shard is built", () => {
    expect(steps.matrix).toBe("${{ fromJSON(needs.plan.outputs.shards) }}");
    expect((workflow.jobs.plan as { outputs?: Record<string, string> }).outputs?.shards).toBe("${{ steps.plan.outputs.shards }}");
    expect(jobs.build!.needs).toBe("plan");
    expect(jobs.join!.needs).toBe("build");
  });

  it("uses only the well-known actions, each pinned to a major version, and deploys only when asked", () => {
    const allowed = /^actions\/(checkout|setup-node|upload-artifact|download-artifact|upload-pages-artifact|deploy-pages)@v\d+$/;
    const used = Object.values(jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => u !== undefined));
    expect(used.length).toBeGreaterThan(0);
    for (const action of used) expect(action).toMatch(allowed);
    const inputs = (workflow as unknown as { on: { workflow_dispatch: { inputs: Record<string, { default: unknown }> } } }).on.workflow_dispatch.inputs;
    expect(inputs.deploy!.default).toBe(false);
    expect(jobs.deploy!.if).toBe("${{ inputs.deploy }}");
  });

  it("expands only the expressions a local run can know", () => {
    expect(expand("${{ env.WORK }}/shards/${{ matrix.shard }}/dist", { work: "/w", shard: "shard-2" })).toBe("/w/shards/shard-2/dist");
    expect(() => expand("${{ secrets.TOKEN }}", { work: "/w" })).toThrow(/cannot expand/);
  });

  it("an artifact's paths are laid out below their common folder, as upload-artifact does", () => {
    expect(commonRoot(["/w/shards/shard-1/dist", "/w/shards/shard-1/collection/records", "/w/shards/shard-1/collection/archive/people.json"])).toBe("/w/shards/shard-1");
  });
});

describe("the join's collision check", () => {
  it("fails naming a path two shards wrote with different bytes that the hub does not own, and keeps identical ones", () => {
    const work = mkdtempSync(join(tmpdir(), "minutebook-collide-"));
    try {
      const shards = ["shard-1", "shard-2"].map((name, n) => {
        const dist = join(work, name, "dist");
        mkdirSync(join(dist, "_astro"), { recursive: true });
        writeFileSync(join(dist, "_astro", "site.css"), "body{}");
        writeFileSync(join(dist, "stray.txt"), `shard ${n}`);
        writeFileSync(join(dist, "index.html"), `home of shard ${n}`);
        return { name, dist, collection: join(work, name, "collection") };
      });
      expect(() => checkCollisions(shards, new Set(["index.html"]))).toThrow(/\/stray\.txt \(shard-1, shard-2\)/);
      rmSync(join(shards[1]!.dist, "stray.txt"));
      // index.html differs too, but the hub writes it; _astro/site.css is the same bytes in both.
      expect(checkCollisions(shards, new Set(["index.html"]))).toBe(1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("the shard workflow, dry run on 12 documents in two shards", () => {
  let work: string;
  let sources: string;
  let run: DryRun;
  let one: BuiltSite;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "minutebook-dry-run-"));
    sources = join(work, "corpus");
    writeCorpus({ documents: 12, out: sources, seed: DEFAULT_SEED });
    // Serially (two cores): the workflow's steps one shard after the other, then the one-machine build.
    run = dryRun({ sources, parts: 2, work: join(work, "ci"), env: { MINUTEBOOK_SITE: TEST_SITE } });
    one = buildSite(sources);
    if (one.status !== 0) throw new Error(`one-machine build failed:\n${one.output}`);
  }, 900_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
    if (one) rmSync(join(one.dist, ".."), { recursive: true, force: true });
  });

  it("ran the workflow's own commands: plan, a build per shard of the plan, join", () => {
    const steps = shardSteps(readWorkflow());
    expect(run.shards).toEqual(["shard-1", "shard-2"]);
    expect(run.commands).toEqual([steps.plan.run, steps.build.run, steps.build.run, steps.join.run]);
    const plan = readPlan(join(work, "ci", "shards-plan.json"));
    expect(plan.shards.map((s) => s.documents)).toEqual([6, 6]);
    // Each council in exactly one shard.
    const folders = plan.shards.flatMap((s) => s.folders);
    expect(new Set(folders).size).toBe(folders.length);
    expect(folders.length).toBeGreaterThanOrEqual(2);
  });

  it("the joined site is the one-machine build's, file for file and byte for byte (pages, open data, sitemap, manifest, search)", () => {
    const joined = tree(run.site);
    const whole = tree(one.dist);
    const differing = [...new Set([...joined.keys(), ...whole.keys()])].filter((f) => joined.get(f) !== whole.get(f));
    expect(differing).toEqual([]);
    expect(joined.size).toBeGreaterThan(100);
  });

  it("every document page of every shard is in the joined site, and the pages across the archive list each one", () => {
    const manifest = JSON.parse(readFileSync(join(run.site, "url-manifest.json"), "utf8")) as { documents: Record<string, string> };
    const ids = Object.values(manifest.documents);
    expect(ids).toHaveLength(12);
    const sitemap = readFileSync(join(run.site, "sitemap.xml"), "utf8");
    const home = readFileSync(join(run.site, "index.html"), "utf8");
    const bulk = readFileSync(join(run.site, "data", "documents.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(bulk.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(existsSync(join(run.site, id, "index.html")), id).toBe(true);
      expect(sitemap, id).toContain(`${TEST_SITE}/${id}/`);
      const council = id.split("/")[0]!;
      expect(home, council).toContain(`href="/${council}/"`);
    }
  });

  it("one search over the joined site finds documents of both shards", async () => {
    const plan = readPlan(join(work, "ci", "shards-plan.json"));
    const shardOf = (url: string) => plan.shards.findIndex((s) => s.folders.some((f) => url.startsWith(`/${f}/`)));
    // A word of every synthetic document's committee business.
    const [found] = await searchTransfer(run.site, ["council"], { first: 12 });
    expect(found!.results).toBeGreaterThan(1);
    const shards = new Set(found!.urls.map(shardOf));
    expect(shards).toEqual(new Set([0, 1]));
    const [whole] = await searchTransfer(one.dist, ["council"], { first: 12 });
    expect(found!.results).toBe(whole!.results);
  });
});
