// Published URLs are a promise: after a release, adding documents and editing overrides must leave
// every earlier URL working (as a page or a redirect) with every #anchor it had.
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT, TEST_SITE, type BuiltSite } from "../support/build-site.ts";
import { UrlManifest } from "../../scripts/pipeline/emit/url-manifest.ts";

const readManifest = (dist: string) => UrlManifest.parse(JSON.parse(readFileSync(join(dist, "url-manifest.json"), "utf8")));
const pageFile = (dist: string, url: string) =>
  url.endsWith(".html") ? join(dist, ...url.split("/").filter(Boolean)) : join(dist, ...url.split("/").filter(Boolean), "index.html");

/** Where a published URL leads in a built site: the HTML of the page it is, or the page it redirects to. */
function landing(dist: string, url: string): string | null {
  const file = pageFile(dist, url);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const redirect = html.match(/<meta name="minutebook:redirect" content="([^"]+)"/);
  if (!redirect) return html;
  const target = pageFile(dist, redirect[1]!);
  return existsSync(target) ? readFileSync(target, "utf8") : null;
}

/** Whether the page has the anchor; a manifest line range `L1-Ln` stands for every line up to n. */
function hasId(html: string, anchor: string): boolean {
  const range = /^L1-L(\d+)$/.exec(anchor);
  if (!range) return html.includes(`id="${anchor}"`);
  return Array.from({ length: Number(range[1]) }, (_, i) => `id="L${i + 1}"`).every((id) => html.includes(id));
}

function sampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "minutebook-urls-"));
  cpSync(join(ROOT, "content/sources"), join(dir, "sources"), { recursive: true });
  // The sample's topics go with it: other sources would get the general taxonomy, without the
  // sample's published topic pages.
  cpSync(join(ROOT, "content/topics.yaml"), join(dir, "sources", "topics.yaml"));
  return join(dir, "sources");
}

function release(site: BuiltSite, sources: string): UrlManifest {
  copyFileSync(join(site.dist, "url-manifest.json"), join(sources, "published-urls.json"));
  return readManifest(site.dist);
}

describe("URLs published in a release", () => {
  let sources: string;
  let first: BuiltSite;
  let released: UrlManifest;

  beforeAll(() => {
    sources = sampleCopy();
    first = buildSite(sources);
    released = release(first, sources);
  });

  it("the release records a page for every document, with its item anchors", () => {
    expect(first.status, first.output).toBe(0);
    expect(Object.keys(released.documents)).toHaveLength(5);
    for (const id of Object.values(released.documents)) {
      expect(released.pages[`/${id}/`], id).toBeDefined();
      expect(released.pages[`/${id}/`]!.some((a) => a.startsWith("item-")), id).toBe(true);
    }
  });

  it("all still resolve, with every #anchor, after a new document and a people override", () => {
    mkdirSync(join(sources, "new-council"), { recursive: true });
    copyFileSync(join(ROOT, "tests/fixtures/layouts/cms-minutes.txt"), join(sources, "new-council", "cms-minutes.txt"));
    writeFileSync(join(sources, "people.yaml"), "- person: worcestershire-county-council/mackay-s\n  name: Steven Mackay\n  party: Independent\n");
    const second = buildSite(sources);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/built 6 document/);
    for (const [url, anchors] of Object.entries(released.pages)) {
      const html = landing(second.dist, url);
      expect(html, `${url} still resolves`).not.toBeNull();
      for (const anchor of anchors) expect(hasId(html!, anchor), `${url}#${anchor}`).toBe(true);
    }
    for (const file of released.files) expect(existsSync(join(second.dist, file)), file).toBe(true);
  });

  it("a document whose facts change moves to its new URL and the old one redirects there", () => {
    const walsall = join(sources, "walsall-council", "minutebook.json");
    writeFileSync(walsall, JSON.stringify({ council: "Walsall Council", committee: "Children's Services Scrutiny Panel" }));
    const moved = buildSite(sources);
    // The document, its committee's page, and the pages under them (its resolutions, the committee's register).
    expect(Number(/(\d+) redirect/.exec(moved.output)?.[1])).toBeGreaterThanOrEqual(2);
    const oldResolution = `/${released.documents["walsall-council/002_7ff3a627922ab07f.txt"]}/resolutions/226-12-2/`;
    // It lands on the resolution's page at its new URL, whose link to the words in place (relative,
    // src/lib/href.ts) leads to the moved document's anchor.
    const landed = landing(moved.dist, oldResolution);
    const newResolution = "/walsall-council/childrens-services-scrutiny-panel/2012-09-13/resolutions/226-12-2/";
    expect(landed, oldResolution).toContain(`<a href="${newResolution}">${newResolution}</a>`);
    const inPlace = new URL(/<a href="([^"]+)">This resolution in place<\/a>/.exec(landed!)![1]!, `http://site${newResolution}`);
    expect(inPlace.pathname + inPlace.hash).toBe("/walsall-council/childrens-services-scrutiny-panel/2012-09-13/#item-226-12-r2");
    expect(moved.status, moved.output).toBe(0);
    const oldUrl = `/${released.documents["walsall-council/002_7ff3a627922ab07f.txt"]}/`;
    const redirect = readFileSync(pageFile(moved.dist, oldUrl), "utf8");
    expect(redirect).toContain('rel="canonical" href="/walsall-council/childrens-services-scrutiny-panel/2012-09-13/"');
    expect(readFileSync(join(moved.dist, "_redirects"), "utf8")).toContain(`${oldUrl} /walsall-council/childrens-services-scrutiny-panel/2012-09-13/ 301`);
    for (const anchor of released.pages[oldUrl]!) expect(hasId(landing(moved.dist, oldUrl)!, anchor), anchor).toBe(true);
    expect(landing(moved.dist, "/walsall-council/childrens-and-young-people-scrutiny-and-performance-panel/")).not.toBeNull();
  });

  it("removing a published document fails the build, naming the URL, until the one line of a withdrawal is added", () => {
    rmSync(join(sources, "west-sussex-county-council", "004_ab3d313a01f42dff.txt"));
    const broken = buildSite(sources);
    const gone = `/${released.documents["west-sussex-county-council/004_ab3d313a01f42dff.txt"]}/`;
    expect(broken.status).toBe(1);
    expect(broken.output).toContain(`published URL broken: ${gone} was published and would disappear`);
    // The one line the README documents, and nothing else: the build passes.
    const replacement = `/${released.documents["worcestershire-county-council/001_87319a1a06042c68.txt"]}/`;
    writeFileSync(
      join(sources, "redirects.json"),
      `{ "${gone}": { "withdrawn": "2026-11-30", "reason": "published in error & <withdrawn> at the council's request", "replacedBy": "${replacement}" } }\n`,
    );
    const withdrawn = buildSite(sources);
    expect(withdrawn.status, withdrawn.output).toBe(0);
    expect(withdrawn.output).not.toMatch(/published URL broken/);

    // Every page the document published says when and why, and links to what replaced it.
    const pages = Object.keys(released.pages).filter((url) => url.startsWith(gone));
    expect(pages.length).toBeGreaterThanOrEqual(3); // the document, its source view, its resolutions
    for (const url of pages) {
      const html = readFileSync(pageFile(withdrawn.dist, url), "utf8");
      expect(html, url).toContain("<h1>Withdrawn</h1>");
      expect(html, url).toContain("withdrawn from the archive on 30 November 2026");
      // The reason is data: escaped, never markup.
      expect(html, url).toContain("Why: published in error &amp; &lt;withdrawn&gt; at the council&#39;s request.");
      expect(html, url).toContain(`It was replaced by <a href="${replacement}">`);
      expect(html, url).toContain(`<link rel="canonical" href="${TEST_SITE}${url}">`);
    }
    // Its files (record.json, the original text) lead to the notice.
    const redirects = readFileSync(join(withdrawn.dist, "_redirects"), "utf8");
    expect(redirects).toContain(`${gone}* ${gone} 301`);
    for (const file of released.files.filter((f) => f.startsWith(gone))) {
      const folder = file.slice(0, file.lastIndexOf("/") + 1);
      expect(redirects, file).toContain(`${folder}* ${folder} 301`);
    }

    // A person named only in it keeps a page saying so, naming the withdrawal.
    const people = Object.keys(released.pages).filter((url) => url.startsWith("/people/west-sussex-county-council/"));
    expect(people.length).toBeGreaterThan(0);
    for (const url of people) {
      const html = readFileSync(pageFile(withdrawn.dist, url), "utf8");
      expect(html, url).toContain("<h1>No longer in the archive</h1>");
      expect(html, url).toContain(`<code>${gone}</code>, withdrawn on 30 November 2026`);
    }
    // Registers are navigation: an emptied one leads to the register above it.
    expect(redirects).toContain("/resolutions/year/2019/ /resolutions/ 301");
    expect(landing(withdrawn.dist, "/resolutions/year/2019/")).toContain("<h1");
    // The manifest records the notices as withdrawn pages, with no anchors promised.
    const manifest = readManifest(withdrawn.dist);
    expect(manifest.withdrawn).toEqual(expect.arrayContaining([gone, ...people]));
    expect(manifest.pages[gone]).toBeUndefined();
  });
});
