// The build's own guards, each proven against the real `npm run build`: it fails when a record loses
// words, and fails naming every kind of published URL a build would lose (determinism: determinism.test.ts).
// Each test names the deliberate break it catches (a mutation check: make that change to the code, and
// the test fails).
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { documentsOf } from "../browser/pages.ts";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";

const HOOKS = join(ROOT, "tests/support/hooks");
const sample = inject("sampleSite");

function sampleCopy(): string {
  const sources = join(mkdtempSync(join(tmpdir(), "minutebook-guards-")), "sources");
  cpSync(join(ROOT, "content/sources"), sources, { recursive: true });
  return sources;
}

describe("the build fails when a record loses words", () => {
  // Break caught: build.ts ignoring `text-lost` problems (the `if (lost.length) return 1` removed), or
  // the coverage check no longer run on parsed records (process-one.ts).
  it("a parser that drops an item's paragraphs makes `npm run build` exit 1, naming the documents", () => {
    // The real parser with one item's text dropped from every record (tests/support/hooks/lossy-parser.ts).
    // No released manifest, so that lost #anchors cannot be what fails the build.
    const lossy = buildSite(undefined, { MINUTEBOOK_PUBLISHED_URLS: join(tmpdir(), "minutebook-no-release.json") }, {
      nodeArgs: ["--import", join(HOOKS, "drop-words.mjs")],
    });
    expect(lossy.status, lossy.output).toBe(1);
    expect(lossy.output).toMatch(/text would be lost from 5 document\(s\): .*worcestershire-county-council\/000_8a6e13e5fabe1a3a\.txt/);
    expect(lossy.output).toMatch(/worcestershire-county-council\/000_8a6e13e5fabe1a3a\.txt:\d+: \d+ word\(s\) of the source are missing/);
    expect(lossy.output).not.toMatch(/published URL broken/);
  });

  it("the same build with the real parser exits 0 (the failure above is the lost words, nothing else)", () => {
    expect(sample.status, sample.output).toBe(0);
    expect(sample.output).not.toMatch(/text would be lost/);
  });
});

describe("every kind of published URL is reported when a build would lose it", () => {
  // Breaks caught, one assertion each: brokenPromises (scripts/pipeline/emit/url-manifest.ts) skipping
  // vanished pages, skipping vanished files (record.json, the original text), skipping lost #anchors,
  // or reading a line range `L1-Ln` as present when the page has fewer lines; build.ts not failing on
  // broken promises.
  const released = JSON.parse(readFileSync(join(ROOT, "content/sources/published-urls.json"), "utf8")) as { documents: Record<string, string> };
  const sources = sampleCopy();
  const idOf = (path: string) => released.documents[path]!;

  // 1. A withdrawn document with no redirect: its page, record.json and original text vanish.
  const REMOVED = "west-sussex-county-council/004_ab3d313a01f42dff.txt";
  rmSync(join(sources, REMOVED));
  // 2. A source renamed: same facts, same page, but the original text published as `<id>/<old name>` is gone.
  const RENAMED = "buckinghamshire-county-council/003_1f49fae26ba8eadd.txt";
  renameSync(join(sources, RENAMED), join(sources, "buckinghamshire-county-council/003_renamed.txt"));
  // 3. The last paragraph of an item cut from the source: its #anchor goes, and the source view is shorter.
  const CUT = "worcestershire-county-council/000_8a6e13e5fabe1a3a.txt";
  const record = documentsOf(sample).find((d) => d.source.path === CUT)!;
  const item = record.items.find((i) => i.paragraphs.length >= 2 && i.resolutions.length === 0)!;
  const paragraph = item.paragraphs.at(-1)!;
  const lines = readFileSync(join(sources, CUT), "utf8").split("\n");
  const lineCount = lines.at(-1) === "" ? lines.length - 1 : lines.length;
  lines.splice(paragraph.lines[0] - 1, paragraph.lines[1] - paragraph.lines[0] + 1);
  writeFileSync(join(sources, CUT), lines.join("\n"));

  let broken: BuiltSite;
  let reported: string[];
  beforeAll(() => {
    broken = buildSite(sources);
    reported = broken.output.split("\n").filter((l) => l.startsWith("error: published URL broken: "));
  });

  it("the build exits 1", () => {
    expect(broken.status, broken.output).toBe(1);
    expect(broken.output).toMatch(/this build would break \d+ URL\(s\) published/);
  });

  it("a page", () => {
    expect(reported).toContain(`error: published URL broken: /${idOf(REMOVED)}/ was published and would disappear without a redirect (add one to redirects.json)`);
  });

  it("a file: the open-data record.json and the original text", () => {
    expect(reported).toContain(`error: published URL broken: /${idOf(REMOVED)}/record.json was published and would disappear`);
    expect(reported).toContain(`error: published URL broken: /${idOf(RENAMED)}/003_1f49fae26ba8eadd.txt was published and would disappear`);
  });

  it("an #anchor of a page that is still there", () => {
    const url = `/${idOf(CUT)}/`;
    const line = reported.find((l) => l.startsWith(`error: published URL broken: ${url}: anchor(s) `));
    expect(line, reported.join("\n")).toBeDefined();
    expect(line).toContain(`#${paragraph.anchor}`);
  });

  it("a line range of the source view", () => {
    expect(reported).toContain(`error: published URL broken: /${idOf(CUT)}/source/: anchor(s) #L1-L${lineCount} would disappear from /${idOf(CUT)}/source/`);
  });
});
