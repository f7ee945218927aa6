// Each command of the README, run as a user runs it (its script, its arguments, its exit status):
// `parse`, `release`, `corpus`, and a tiny `bench`. (`build` is run by every test of tests/build.)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PublishedDocument } from "../../src/schema/record.ts";
import { ROOT } from "../support/build-site.ts";

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", join(ROOT, "scripts/cli", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
const temp = (name: string) => mkdtempSync(join(tmpdir(), `minutebook-cli-${name}-`));
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => !f.startsWith(".")).sort();

describe("npm run parse", () => {
  it("writes one record per readable document, names the bad file and skips it, and exits 0", () => {
    const out = temp("parse");
    const walsall = join(ROOT, "content/sources/walsall-council");
    const empty = join(ROOT, "tests/fixtures/hostile/corpus/testshire/empty.txt");
    const parsed = run("parse.ts", ["--out", out, walsall, empty]);
    expect(parsed.status, parsed.output).toBe(0);
    expect(filesIn(out)).toEqual(["002_7ff3a627922ab07f.txt.json"]);
    const record = PublishedDocument.parse(JSON.parse(readFileSync(join(out, "002_7ff3a627922ab07f.txt.json"), "utf8")));
    expect(record).toMatchObject({ type: "minutes", date: "2012-09-13", council: { name: "Walsall Council" } });
    expect(record.items.map((i) => i.number)).toContain("226/12");
    expect(parsed.output).toMatch(/empty\.txt: the file is empty \(0 bytes\); skipped/);
    expect(parsed.stdout).toMatch(/parsed 1 of 2 document\(s\) into .*; 1 skipped/);
  });

  it("without --out or files prints its usage and exits 2", () => {
    const bare = run("parse.ts", []);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/usage: npm run parse -- --out <dir>/);
  });
});

describe("npm run release", () => {
  it("records the built site's URL manifest as the published one", () => {
    // A built site's manifest: the sample's last release stands in for one (release copies it as it is).
    const dist = temp("release-dist");
    copyFileSync(join(ROOT, "content/sources/published-urls.json"), join(dist, "url-manifest.json"));
    const published = join(temp("release"), "published-urls.json");
    const released = run("release.ts", [], { MINUTEBOOK_DIST: dist, MINUTEBOOK_PUBLISHED_URLS: published });
    expect(released.status, released.output).toBe(0);
    expect(readFileSync(published, "utf8")).toBe(readFileSync(join(dist, "url-manifest.json"), "utf8"));
    const manifest = JSON.parse(readFileSync(published, "utf8")) as { pages: object; files: unknown[] };
    expect(released.stdout).toContain(`recorded ${Object.keys(manifest.pages).length} pages and ${manifest.files.length} files as published`);
  });

  it("before any build, says so and exits 1, writing nothing", () => {
    const published = join(temp("release-none"), "published-urls.json");
    const released = run("release.ts", [], { MINUTEBOOK_DIST: temp("no-dist"), MINUTEBOOK_PUBLISHED_URLS: published });
    expect(released.status).toBe(1);
    expect(released.stderr).toMatch(/run `npm run build` first/);
    expect(existsSync(published)).toBe(false);
  });
});

describe("npm run corpus", () => {
  it("writes the asked number of documents, the same bytes for the same seed", () => {
    const [a, b] = [join(temp("corpus-a"), "out"), join(temp("corpus-b"), "out")];
    for (const out of [a, b]) {
      const made = run("corpus.ts", ["--documents", "12", "--out", out, "--seed", "7"]);
      expect(made.status, made.output).toBe(0);
      expect(made.stdout).toMatch(/corpus: 12 document\(s\)/);
    }
    const documents = filesIn(a).filter((f) => /\.(txt|md)$/.test(f));
    expect(documents).toHaveLength(12);
    expect(filesIn(b)).toEqual(filesIn(a));
    for (const f of documents) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it("refuses a bad count with its usage (exit 2)", () => {
    const bad = run("corpus.ts", ["--documents", "none", "--out", join(temp("corpus-bad"), "out")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: npm run corpus/);
  });
});

describe("npm run bench", () => {
  it("a tiny run measures every phase and writes its figures", () => {
    const bench = run("bench.ts", ["--documents", "6", "--seed", "11", "--no-incremental", "--timeout-min", "5"]);
    expect(bench.status, bench.output).toBe(0);
    for (const phase of ["parse", "ingest", "astro", "pagefind"]) expect(bench.stdout, phase).toMatch(new RegExp(`bench: ${phase}[^\\n]*: \\d+\\.\\d+ ?s`, "i"));
    expect(bench.stdout).not.toMatch(/FAILED/);
    const resultsFile = /bench: figures in (\S+\.json)/.exec(bench.stdout)?.[1];
    expect(resultsFile, bench.stdout).toBeDefined();
    const results = JSON.parse(readFileSync(resultsFile!, "utf8")) as { n: number; seed: number; table: string };
    expect(results).toMatchObject({ n: 6, seed: 11 });
    expect(results.table.length).toBeGreaterThan(0);
  }, 600_000);
});
