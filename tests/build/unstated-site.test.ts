// A site built from documents that do not state their council or committee (issue 12: null where the
// text does not say). tests/fixtures/unstated/: `no-names/` holds two sets of minutes whose text names
// neither, with no minutebook.json; `with-metadata/` holds the text of one of them beside a
// minutebook.json that names both, `council-only/` the other beside one that names the council alone. Invariants: the build succeeds and names each file with the fact it
// lacks; the records say null; every page, citation, JSON-LD block and feed is well formed and names
// no made-up council; the documents are reachable under the documented unknown-council segments.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sax from "sax";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { visibleText } from "../support/html.ts";
import { documentsOf } from "../browser/pages.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

const wellFormedXml = (xml: string) => {
  const parser = sax.parser(true, {});
  parser.onerror = (e) => {
    throw e;
  };
  parser.write(xml).close();
};

describe("a corpus whose documents do not state their council or committee", () => {
  let site: BuiltSite;
  let documents: PublishedDocument[];
  const page = (url: string) => readFileSync(join(site.dist, url, "index.html"), "utf8");
  const byPath = (path: string) => documents.find((d) => d.source.path === path)!;

  beforeAll(() => {
    site = buildSite(join(ROOT, "tests/fixtures/unstated"));
    documents = documentsOf(site);
  });

  it("builds, and warns for each file without a council or committee, saying how to give it", () => {
    expect(site.status, site.output).toBe(0);
    expect(documents).toHaveLength(4);
    for (const file of ["no-names/meeting-2024-03-12.txt", "no-names/notes-2024-05-14.txt"]) {
      expect(site.output).toContain(`warning: ${file}: the council is not named in the text and no minutebook.json gives it`);
      expect(site.output).toContain(`warning: ${file}: no committee or body is named in the header and no minutebook.json gives it`);
    }
    expect(site.output).not.toMatch(/warning: with-metadata\/[^:]*: (the council|no committee)/);
    expect(site.output).toContain("warning: council-only/notes-2024-05-14.txt: no committee or body is named");
    expect(site.output).not.toContain("warning: council-only/notes-2024-05-14.txt: the council is not named");
  });

  it("the records and their open-data JSON say null; minutebook.json's names are used where given", () => {
    const unstated = byPath("no-names/meeting-2024-03-12.txt");
    expect(unstated.council).toBeNull();
    expect(unstated.committee).toBeNull();
    expect(unstated.url).toBe("/unknown-council/unknown-committee/2024-03-12/");
    const open = JSON.parse(readFileSync(join(site.dist, unstated.url, "record.json"), "utf8")) as PublishedDocument;
    expect(open.council).toBeNull();
    expect(open.committee).toBeNull();
    const hinted = byPath("with-metadata/meeting-2024-03-12.txt");
    expect(hinted.council?.name).toBe("Ashcombe Parva Parish Council");
    expect(hinted.url).toBe("/ashcombe-parva-parish-council/footpaths-working-group/2024-03-12/");
    const councilOnly = byPath("council-only/notes-2024-05-14.txt");
    expect(councilOnly.council?.name).toBe("Ashcombe Parva Parish Council");
    expect(councilOnly.committee).toBeNull();
    expect(councilOnly.url).toBe("/ashcombe-parva-parish-council/unknown-committee/2024-05-14/");
  });

  it("a stated council's documents without a committee are grouped under its stand-in committee, which says so", () => {
    const html = page("/ashcombe-parva-parish-council/unknown-committee/2024-05-14/");
    const facts = visibleText(html.slice(html.indexOf('<dl class="facts">'), html.indexOf("</dl>", html.indexOf('<dl class="facts">'))));
    expect(facts).toMatch(/Council\s*Ashcombe Parva Parish Council/);
    expect(facts).toMatch(/Committee\s*Not stated in the document/);
    const committee = visibleText(page("/ashcombe-parva-parish-council/unknown-committee/"));
    expect(committee).toContain("Documents of Ashcombe Parva Parish Council that do not state which committee met or reported.");
    const council = visibleText(page("/ashcombe-parva-parish-council/"));
    expect(council.indexOf("Footpaths Working Group")).toBeLessThan(council.indexOf("Committee not stated"));
  });

  it("the page says the council and committee are not stated, and its citation and JSON-LD are well formed", () => {
    const html = page("/unknown-council/unknown-committee/2024-03-12/");
    const facts = visibleText(html.slice(html.indexOf('<dl class="facts">'), html.indexOf("</dl>", html.indexOf('<dl class="facts">'))));
    expect(facts).toMatch(/Council\s*Not stated in the document/);
    expect(facts).toMatch(/Committee\s*Not stated in the document/);
    expect(visibleText(html)).not.toMatch(/unknown council|unknown committee|undefined|null,/i);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    const data = JSON.parse(ld![1]!) as Record<string, unknown>;
    expect(data.description).toBe("Meeting of a committee and council not stated in the document.");
    expect(data.organizer).toBeUndefined();
    const cite = /<p class="cite-text"[^>]*>([^<]*)<\/p>/.exec(html)![1]!;
    expect(cite).toMatch(/^Minutes, 12 March 2024\. Minutebook\. https:\/\/minutebook\.test\/unknown-council\/unknown-committee\/2024-03-12\/ \(accessed \[date\]\)\.$/);
    expect(html).not.toMatch(/data-council=|data-committee=/);
    // The breadcrumbs lead to the stand-in's pages, which list the document (linked relatively, src/lib/href.ts).
    const trail = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)![0];
    const targets = [...trail.matchAll(/href="([^"]*)"/g)].map((m) => new URL(m[1]!, "https://minutebook.test/unknown-council/unknown-committee/2024-03-12/").pathname);
    expect(targets).toContain("/unknown-council/");
    expect(targets).toContain("/unknown-council/unknown-committee/");
  });

  it("the council register lists the stand-in last, clearly labelled, and its pages say what it is", () => {
    const home = visibleText(page("/councils/"));
    expect(home.indexOf("Ashcombe Parva Parish Council")).toBeLessThan(home.indexOf("Council not stated"));
    const council = visibleText(page("/unknown-council/"));
    expect(council).toContain("These documents do not state which council they belong to");
    const committee = visibleText(page("/unknown-council/unknown-committee/"));
    expect(committee).toContain("Documents that state neither their council nor their committee");
    expect(committee).toContain("Minutes — Committee not stated, 12 March 2024");
  });

  it("feeds and the committee's open data are well formed", () => {
    for (const feed of ["feeds/all.xml", "unknown-council/unknown-committee/feed.xml"]) wellFormedXml(readFileSync(join(site.dist, feed), "utf8"));
    const all = readFileSync(join(site.dist, "feeds/all.xml"), "utf8");
    expect(all).toContain("Minutes of a committee and council not stated in the document, 12 March 2024.");
    expect(existsSync(join(site.dist, "unknown-council/unknown-committee/committee.json"))).toBe(true);
  });

  it("a person of an unstated council's document gets an unknown-council id, one per document for namesakes", () => {
    const ids = (path: string) => byPath(path).attendance.filter((a) => a.name === "Mr D. Latchford").map((a) => a.personId);
    const [a] = ids("no-names/meeting-2024-03-12.txt");
    const [b] = ids("no-names/notes-2024-05-14.txt");
    expect([a, b].sort()).toEqual(["unknown-council/latchford-d", "unknown-council/latchford-d-2"]);
    expect(ids("with-metadata/meeting-2024-03-12.txt")).toEqual(["ashcombe-parva-parish-council/latchford-d"]);
    expect(existsSync(join(site.dist, "people/unknown-council/latchford-d/index.html"))).toBe(true);
  });
});
