import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { visibleText } from "../support/html.ts";

// The hostile fixtures folder: each file and what must happen to it.
const HOSTILE = join(ROOT, "tests/fixtures/hostile");

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

describe("a corpus with hostile and broken sources", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(HOSTILE);
  });

  it("still builds", () => {
    expect(site.output).toMatch(/built \d+ document/);
    expect(site.status).toBe(0);
  });

  it("names the empty file and says what is wrong", () => {
    expect(site.output).toMatch(/error: testshire\/empty\.txt: the file is empty/);
  });

  it("names the binary file and says what is wrong", () => {
    expect(site.output).toMatch(/error: testshire\/binary\.txt: the file looks binary/);
  });

  it("shows code-like text from a source as text, and runs none of it", () => {
    const page = htmlPages(site.dist).map((p) => readFileSync(p, "utf8")).find((html) => html.includes("Code in the minutes"));
    expect(page, "the injection document has a page").toBeDefined();
    const text = visibleText(page!);
    for (const literal of [
      "{process.exit(1)}",
      "<script>alert(1)</script>",
      'import fs from "fs"',
      "export const x = 1",
      "</div>",
      "<Component prop={1} />",
      "{globalThis.__pwned = true}",
      "{be noted}",
    ]) {
      expect(text).toContain(literal);
    }
    expect(page).not.toMatch(/<script>alert\(1\)/);
    expect(page).not.toMatch(/<Component/);
  });
});
