// The consumers of a record whose council or committee is null (issue 12: null where the text does not
// say): pages, feeds, JSON-LD and registers never show a made-up name; they say the fact is not stated,
// or group the document under the clearly labelled stand-in (UNSTATED_* in src/schema/record.ts) whose
// URL segments the URL contract documents.
import { describe, expect, it } from "vitest";
import { documentJsonLd } from "../../src/lib/json-ld.ts";
import { documentEntry } from "../../src/lib/document-feed.ts";
import { bodyPhrase, documentTitle } from "../../src/lib/format.ts";
import { committeeNeighbours, groupByCouncil } from "../../src/lib/document-groups.ts";
import { UNSTATED_COUNCIL, UNSTATED_COMMITTEE } from "../../src/schema/record.ts";
import { publishedDocument } from "../support/records.ts";

const site = new URL("https://minutebook.test/");
const unstated = publishedDocument({ council: null, committee: null, id: "unknown-council/unknown-committee/2024-01-31", url: "/unknown-council/unknown-committee/2024-01-31/" });
const stated = publishedDocument();

describe("a document whose council and committee are not stated", () => {
  it("JSON-LD names no organisation and says the facts are not stated", () => {
    const ld = JSON.parse(JSON.stringify(documentJsonLd(unstated, site))) as Record<string, unknown>;
    expect(ld.organizer).toBeUndefined();
    expect(ld.location).toBeUndefined();
    expect(ld.description).toBe("Meeting of a committee and council not stated in the document.");
    expect(JSON.stringify(ld)).not.toMatch(/null|Unknown (council|committee)/i);
  });

  it("JSON-LD of a stated document is as before: the committee organises, within its council", () => {
    const ld = documentJsonLd(stated, site) as { organizer: { name: string; parentOrganization: { name: string } }; description: string };
    expect(ld.organizer.name).toBe("Scrutiny Panel");
    expect(ld.organizer.parentOrganization.name).toBe("Testshire County Council");
    expect(ld.description).toBe("Meeting of the Scrutiny Panel, Testshire County Council.");
  });

  it("its feed entry says the committee is not stated, and files it under the stand-in's labels", () => {
    const entry = documentEntry(unstated, site);
    expect(entry.summary).toMatch(/^Minutes of a committee not stated in the document, 31 January 2024: /);
    expect(entry.contentHtml).toContain("Minutes of a committee and council not stated in the document, 31 January 2024.");
    expect(entry.categories).toEqual([UNSTATED_COUNCIL.name, UNSTATED_COMMITTEE.name, "Minutes"]);
  });

  it("one missing fact is said to be missing, the other named", () => {
    expect(bodyPhrase({ council: stated.council, committee: null })).toBe("a committee of Testshire County Council (which one is not stated in the document)");
    expect(bodyPhrase({ council: null, committee: stated.committee })).toBe("the Scrutiny Panel (council not stated in the document)");
    expect(bodyPhrase(stated)).toBe("the Scrutiny Panel, Testshire County Council");
  });

  it("its title names the stand-in committee", () => {
    expect(documentTitle(unstated)).toBe("Minutes — Committee not stated, 31 January 2024");
  });

  it("registers group it under the stand-in, listed after every real council, and give it no neighbours", () => {
    const other = publishedDocument({ council: null, committee: null, id: "unknown-council/unknown-committee/2024-02-01", url: "/unknown-council/unknown-committee/2024-02-01/", date: "2024-02-01" });
    const zed = publishedDocument({ council: { name: "Zedbury Council", slug: "zedbury-council" }, id: "zedbury-council/scrutiny-panel/2024-01-31", url: "/zedbury-council/scrutiny-panel/2024-01-31/" });
    const groups = groupByCouncil([unstated, other, stated, zed]);
    expect(groups.map((g) => [g.name, g.stated])).toEqual([["Testshire County Council", true], ["Zedbury Council", true], ["Council not stated", false]]);
    expect(groups[2]!.committees.map((c) => [c.url, c.stated, c.documents.length])).toEqual([["/unknown-council/unknown-committee/", false, 2]]);
    // Two documents that state no committee need not be one committee's: no earlier/later between them.
    expect(committeeNeighbours([unstated, other]).size).toBe(0);
  });
});
