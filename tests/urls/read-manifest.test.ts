// Reading a URL manifest fast (scripts/pipeline/emit/url-manifest.ts `asManifest`, checked by hand
// instead of by the schema: the 55 MB manifest of a 10,000-document site is read by every rebuild) must
// give what the schema's parse gives, and a file that is not a manifest must still fail naming what is
// wrong. The sitemap's URLs joined and split without the URL parser (src/integrations/sitemap.ts) must
// be what the parser gives, for every path.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asManifest, readManifest, UrlManifest } from "../../scripts/pipeline/emit/url-manifest.ts";
import { absoluteUrl, pathOf } from "../../src/integrations/sitemap.ts";
import { ROOT } from "../support/build-site.ts";

const RELEASED = join(ROOT, "content", "sources", "published-urls.json");

const fileOf = (value: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), "minutebook-manifest-")), "url-manifest.json");
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe("reading a URL manifest", () => {
  it("gives the schema's parse of the sample's release manifest, and of one with withdrawals and unknown keys", () => {
    const raw = JSON.parse(readFileSync(RELEASED, "utf8"));
    expect(Object.keys(raw.pages).length).toBeGreaterThan(100);
    expect(asManifest(raw)).toStrictEqual(UrlManifest.parse(raw));
    const other = { extra: 1, redirects: { "/a/": "/b/" }, withdrawn: ["/c/"], files: ["/c/record.json"], pages: { "/b/": ["x"] }, documents: { "a.txt": "b" } };
    expect(asManifest(other)).toStrictEqual(UrlManifest.parse(other));
    expect(readManifest(fileOf(other))).toStrictEqual(UrlManifest.parse(other));
  });

  it("a file that is not a manifest fails naming the field, as the schema reports it", () => {
    const good = { documents: {}, pages: { "/a/": ["x"] }, files: [], redirects: {} };
    for (const [broken, field] of [
      [{ ...good, pages: { "/a/": "x" } }, "pages./a/"],
      [{ ...good, pages: { "/a/": [1] } }, "pages./a/.0"],
      [{ ...good, files: null }, "files"],
      [{ ...good, documents: { "a.txt": 2 } }, "documents.a.txt"],
      [{ ...good, withdrawn: "/a/" }, "withdrawn"],
      [{ pages: {}, files: [], redirects: {} }, "documents"],
    ] as const) {
      expect(asManifest(broken)).toBeNull();
      const path = fileOf(broken);
      expect(() => readManifest(path)).toThrow(`${path}: not a URL manifest (${field})`);
    }
  });
});

describe("sitemap URLs without the URL parser", () => {
  const PATHS = ["/", "/walsall-council/cabinet/2024-01-01/", "/a_b~c/d.e/", "/people/x-y/", "/a/./b/", "/a/../b/", "/caf\u00e9/", "/a b/", "/a/?q=1", "/a#b/", "/A/%20/", "/a//b/", "/a", "/.well-known/"];
  for (const site of [new URL("https://minutebook.test"), new URL("https://example.org:8443/base/"), new URL("http://EXAMPLE.org")]) {
    it(`joins and splits every path as new URL does (${site.href})`, () => {
      for (const path of PATHS) {
        expect(absoluteUrl(site, path)).toBe(new URL(path, site).href);
        const href = new URL(path, site).href;
        expect(pathOf(site, href)).toBe(new URL(href).pathname);
      }
      expect(pathOf(site, "https://elsewhere.test/a/")).toBe("/a/");
    });
  }
});
