// Recorded votes on the built site: the decision box on the meeting page says how each vote went, the
// decision's own page has the sides with named voters linked to their person pages, and each person's
// page lists how they voted. The vote's words stay in the page's text (the page-coverage gate of the
// build checks it). A site without recorded votes (the sample) carries no vote markup at all.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, ROOT, type BuiltSite } from "../support/build-site.ts";
import { visibleText } from "../support/html.ts";
import { documentsOf } from "../browser/pages.ts";
import { resolutionSlug } from "../../src/schema/archive.ts";
import type { PublishedDocument } from "../../src/schema/record.ts";

/** A page's words as a reader reads them: no space before a comma or full stop where an element ends. */
const words = (html: string) => visibleText(html).replace(/ ([,.)])/g, "$1");

describe("recorded votes on the site", () => {
  let site: BuiltSite;
  let documents: PublishedDocument[];
  const html = (url: string) => readFileSync(join(site.dist, ...url.split("#")[0]!.split("/").filter(Boolean), "index.html"), "utf8");
  const doc = (file: string) => documents.find((d) => d.source.file === file)!;

  beforeAll(() => {
    site = buildSite(join(ROOT, "tests/fixtures/votes"));
    documents = documentsOf(site);
  });

  it("builds, every source word on its page", () => {
    expect(site.status, site.output).toBe(0);
    expect(documents).toHaveLength(3);
  });

  it("the meeting page's decision box says how the vote went, in words, and the vote's own words stay in order", () => {
    const d = doc("planning-committee.txt");
    const page = html(d.url);
    const item = d.items.find((i) => i.number === "2")!;
    const box = page.slice(page.indexOf(`id="${item.resolutions[0]!.anchor}"`));
    expect(visibleText(box.slice(0, box.indexOf("</div>")))).toContain("Motion (moved by Cllr Delaney, seconded by Cllr Haldane). Vote: for 4, against 2, abstentions 1.");
    expect(box).toContain(`href="resolutions/${resolutionSlug(item.resolutions[0]!.anchor)}/#votes-heading"`);
    expect(visibleText(page)).toContain("Recorded vote - For: 4, Against: 2, Abstentions: 1 For: Councillors Delaney, Haldane, Okafor and Whitcombe Against: Councillors Ferreira and Kowalski Abstained: Councillor Ngata");
  });

  it("the decision's page has a table of the sides with the named voters linked to their person pages", () => {
    const d = doc("full-council.txt");
    const r = d.items.find((i) => i.number === "41")!.resolutions[0]!;
    const page = html(`${d.url}resolutions/${resolutionSlug(r.anchor)}/`);
    expect(page).toContain('<h2 id="votes-heading">Recorded votes</h2>');
    const text = words(page);
    expect(text).toContain("Amendment, moved by Councillor Garside, seconded by Councillor Hollings. Lost.");
    expect(text).toContain("Substantive motion. Carried: for 6, against 2, abstentions 1.");
    expect(page).toMatch(/<th scope="col">Side<\/th><th scope="col">Number<\/th><th scope="col">Named<\/th>/);
    const substantive = r.votes!.find((v) => v.motion === "substantive-motion")!;
    for (const n of substantive.named.for) expect(page).toContain(`<a href="/people/${n.personId}/">${n.name}</a>`);
    // The mover and seconder link to their pages too.
    const amendment = r.votes!.find((v) => v.motion === "amendment")!;
    expect(page).toContain(`<a href="/people/${amendment.mover!.personId}/">${amendment.mover!.name}</a>`);
  });

  it("each person's page lists their recorded votes, linked to the decision", () => {
    const d = doc("full-council.txt");
    const r = d.items.find((i) => i.number === "41")!.resolutions[0]!;
    const substantive = r.votes!.find((v) => v.motion === "substantive-motion")!;
    const against = substantive.named.against[0]!;
    const page = html(`/people/${against.personId}/`);
    expect(page).toContain('<h2 id="votes-heading">Recorded votes</h2>');
    const row = page.slice(page.indexOf('id="votes-heading"'));
    expect(row).toContain(`href="${d.url}resolutions/${resolutionSlug(r.anchor)}/"`);
    expect(visibleText(row)).toMatch(/Substantive motion Voted against Carried/);
    // The mover of the lost amendment: "Moved", "Lost".
    const mover = r.votes!.find((v) => v.motion === "amendment" && v.outcome === "lost")!.mover!;
    expect(visibleText(html(`/people/${mover.personId}/`))).toMatch(/Amendment Moved Lost/);
  });

  it("a vote kept on its item (a motion lost, nothing resolved) is shown in the item", () => {
    const d = doc("full-council.txt");
    const item = d.items.find((i) => i.number === "42")!;
    const page = html(d.url);
    expect(page).toContain(`id="${item.anchor}-votes-heading"`);
    expect(words(page)).toContain("Motion, moved by Councillor Ellison, seconded by Councillor Garside. Lost: for 3, against 6, abstentions 0.");
  });
});

describe("a site without recorded votes", () => {
  const sample = inject("sampleSite");

  it("has no votes in its records and no vote markup on any page", () => {
    for (const d of documentsOf(sample)) {
      expect(d.items.some((i) => i.votes || i.resolutions.some((r) => r.votes)), d.source.file).toBe(false);
    }
    const pages = readdirSync(sample.dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    for (const f of pages) expect(readFileSync(join(sample.dist, f), "utf8"), f).not.toMatch(/vote-summary|votes-heading|vote-table/);
  });
});
