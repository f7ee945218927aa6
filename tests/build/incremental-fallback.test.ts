// An incremental build renders only the pages of added or changed documents; anything it cannot follow
// page by page must give a full build instead (scripts/pipeline/incremental.ts). One case per reason
// the fallback exists: a setting, each control file, the code, a removed source, a moved id. Each
// case changes one thing, builds into the same dist/ as before, checks that the summary names a full
// build, and compares the site byte for byte with a fresh build of the same inputs.
//
// Breaks caught: the fingerprint check removed from planIncremental (or a control file or setting left
// out of buildFingerprint in build.ts): the summary says "incremental" and, for MINUTEBOOK_SITE, 207
// files differ from a full build; the removal check removed (a withdrawn document's page lingers);
// the moved-id check removed.
//
// The builds run from a copy of the project under .minutebook/ (node_modules found by walking up), so
// that the code-change case can edit a layout without touching the project.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/build-site.ts";
import { tree, treeDifferences } from "../support/tree.ts";

mkdirSync(join(ROOT, ".minutebook"), { recursive: true });
const project = mkdtempSync(join(ROOT, ".minutebook", "fallback-project-"));
const work = mkdtempSync(join(tmpdir(), "minutebook-fallback-"));
const sources = join(work, "sources");
const settings: NodeJS.ProcessEnv = {};

function build(collection: string, dist: string): string {
  const result = spawnSync(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", join(project, "scripts/cli/build.ts")], {
    cwd: project,
    env: { ...process.env, ...settings, MINUTEBOOK_SOURCES: sources, MINUTEBOOK_COLLECTION: collection, MINUTEBOOK_DIST: dist },
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, "utf8");
  expect(text, `${path} contains ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
};
const append = (path: string, text: string) => writeFileSync(path, readFileSync(path, "utf8") + text);

const FINGERPRINT = /full build: the site's code, settings or control files changed/;
const cases: { reason: string; change: () => void; expected: RegExp }[] = [
  {
    reason: "a setting (MINUTEBOOK_SITE)",
    change: () => void (settings.MINUTEBOOK_SITE = "https://elsewhere.example"),
    expected: FINGERPRINT,
  },
  {
    reason: "people.yaml",
    change: () => append(join(sources, "people.yaml"), "\n- person: worcestershire-county-council/mackay-s\n  name: Steven Mackay\n  party: Independent\n"),
    expected: FINGERPRINT,
  },
  {
    reason: "topics.yaml",
    change: () =>
      append(join(sources, "topics.yaml"), "\n- slug: looked-after-children-test\n  name: Looked-after children (test)\n  description: A topic added by a test.\n  synonyms: [looked after child]\n"),
    expected: FINGERPRINT,
  },
  {
    reason: "committees.yaml",
    change: () => edit(join(sources, "committees.yaml"), "from: Education, Skills and Children's Services Select Committee", "from: Education and Skills Select Committee"),
    expected: FINGERPRINT,
  },
  {
    reason: "redirects.json",
    change: () => writeFileSync(join(sources, "redirects.json"), `${JSON.stringify({ "/an-old-address/": "/" })}\n`),
    expected: FINGERPRINT,
  },
  {
    reason: "the released URLs (published-urls.json)",
    change: () => {
      const path = join(sources, "published-urls.json");
      const released = JSON.parse(readFileSync(path, "utf8"));
      released.redirects["/a-released-redirect/"] = "/";
      writeFileSync(path, `${JSON.stringify(released, null, 2)}\n`);
    },
    expected: FINGERPRINT,
  },
  {
    reason: "the code (a layout)",
    change: () => edit(join(project, "src/layouts/Base.astro"), '<meta charset="utf-8" />', '<meta charset="utf-8" /><meta name="generator-note" content="changed" />'),
    expected: FINGERPRINT,
  },
  {
    reason: "a removed source",
    change: () => rmSync(join(sources, "new-council"), { recursive: true }),
    expected: /full build: \d+ file\(s\) of the collection were removed/,
  },
  {
    reason: "a moved id",
    change: () => writeFileSync(join(sources, "walsall-council", "minutebook.json"), JSON.stringify({ council: "Walsall Council", committee: "Children's Services Scrutiny Panel" })),
    // The old id's files leave the collection, which the removal check sees first; either reason is right.
    expected: /full build: (?:\d+ file\(s\) of the collection were removed|walsall-council\/002_7ff3a627922ab07f\.txt is no longer published as )/,
  },
];

describe("an incremental build falls back to a full build, the same bytes as a fresh one", () => {
  const collection = join(work, "collection");
  const dist = join(work, "dist");

  beforeAll(() => {
    for (const part of ["src", "scripts", "public", "content"]) cpSync(join(ROOT, part), join(project, part), { recursive: true });
    for (const file of ["astro.config.mjs", "package.json", "tsconfig.json"]) cpSync(join(ROOT, file), join(project, file));
    cpSync(join(ROOT, "content/sources"), sources, { recursive: true });
    for (const name of ["people.yaml", "topics.yaml", "committees.yaml"]) cpSync(join(ROOT, "content", name), join(sources, name));
    // A document the release does not promise, so that removing it is only a removal.
    mkdirSync(join(sources, "new-council"));
    cpSync(join(ROOT, "tests/fixtures/layouts/cms-minutes.txt"), join(sources, "new-council", "cms-minutes.txt"));
    build(collection, dist);
  });

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  for (const [n, c] of cases.entries()) {
    it(`after a change to ${c.reason}`, () => {
      c.change();
      expect(build(collection, dist)).toMatch(c.expected);
      const fresh = join(work, `fresh-${n}`);
      build(join(fresh, "collection"), join(fresh, "dist"));
      expect(treeDifferences(tree(dist), tree(join(fresh, "dist")))).toEqual([]);
      rmSync(fresh, { recursive: true, force: true });
    }, 600_000); // two full builds, on a shared machine
  }
});
