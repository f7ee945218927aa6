// Citations are made by pure functions (src/lib/citation.ts) shared by the built page and the copy
// helper in the browser; here their invariants, with names and titles that try to break each format.
import { describe, expect, it } from "vitest";
import {
  anchorLabel,
  anchorLocator,
  bibtex,
  bibtexKey,
  cslJson,
  locatorFromLabel,
  parseAnchor,
  plainCitation,
  type CitedDocument,
} from "../../src/lib/citation.ts";
import { parseBibtex } from "./bibtex.ts";

const minutes: CitedDocument = {
  council: "Worcestershire County Council",
  committee: "Children and Families Overview and Scrutiny Panel",
  type: "minutes",
  title: null,
  date: "2018-03-22",
  year: 2018,
  url: "https://minutebook.example/worcestershire-county-council/children-and-families-overview-and-scrutiny-panel/2018-03-22/",
};
const hostile: CitedDocument = {
  council: "Testshire {County} Council & 100% \\ Partners_#1 ~ ^",
  committee: "Planning } Committee {",
  type: "report",
  title: 'Report "on" {things} </script><script>alert(1)</script>',
  date: null,
  year: 2015,
  url: "https://minutebook.example/testshire/planning/2015/report/",
};
const paragraph = { anchor: "item-313-p4", locator: "item 313, paragraph 4", itemTitle: "Apologies and Welcome" };

describe("anchors in words", () => {
  it("a paragraph, resolution or action anchor names its position and its item", () => {
    expect(anchorLabel("item-313-p4")).toBe("paragraph 4 of item 313");
    expect(anchorLabel("item-226-12-r2", { anchor: "item-226-12", number: "226/12" })).toBe("resolution 2 of item 226/12");
    expect(anchorLabel("item-313")).toBe("item 313");
    expect(anchorLabel("preamble-p3")).toBe("paragraph 3 of the front matter");
    expect(anchorLocator("item-313-a1")).toBe("item 313, action 1");
  });

  it("an item numbered like a part is read by its known anchor", () => {
    expect(parseAnchor("item-5-a1-p2", "item-5-a1")).toEqual({ item: "5-a1", part: "p", n: 2 });
    expect(anchorLabel("item-5-a1", { anchor: "item-5-a1", number: "5/A1" })).toBe("item 5/A1");
  });

  it("anchors that are not ours have no label", () => {
    expect(anchorLabel("attendance-heading")).toBeNull();
    expect(anchorLabel("preamble")).toBeNull();
  });

  it("the locator comes back from a link's accessible name", () => {
    expect(locatorFromLabel("Paragraph 4 of item 313")).toBe("item 313, paragraph 4");
    expect(locatorFromLabel("Resolution 1 of the front matter")).toBe("front matter, resolution 1");
    expect(locatorFromLabel("Item 313")).toBe("item 313");
  });
});

describe("plain-text citation", () => {
  it("names council, committee, type, date, item, paragraph and the permanent URL with its anchor", () => {
    const text = plainCitation(minutes, paragraph, null);
    for (const part of [minutes.council, minutes.committee, "Minutes", "22 March 2018", "item 313 (Apologies and Welcome)", "paragraph 4", `${minutes.url}#item-313-p4`]) {
      expect(text).toContain(part);
    }
  });

  it("built without a reader the accessed date is a placeholder; with one it is the reader's date", () => {
    expect(plainCitation(minutes, null, null)).toContain("(accessed [date])");
    expect(plainCitation(minutes, null, "2026-05-04")).toContain("(accessed 4 May 2026)");
  });

  it("a report keeps its own title and an undated one its year", () => {
    const text = plainCitation(hostile, null, null);
    expect(text).toContain(hostile.title!);
    expect(text).toContain(", 2015.");
  });
});

describe("CSL-JSON", () => {
  it("parses as a list of one item with the fields citation managers need", () => {
    const [item] = JSON.parse(cslJson(minutes, paragraph, "2026-05-04"));
    expect(item).toMatchObject({
      id: `${minutes.url}#item-313-p4`,
      type: "document",
      URL: `${minutes.url}#item-313-p4`,
      publisher: minutes.council,
      author: [{ literal: minutes.committee }],
      issued: { "date-parts": [[2018, 3, 22]] },
      accessed: { "date-parts": [[2026, 5, 4]] },
      section: "item 313, paragraph 4 (Apologies and Welcome)",
    });
  });

  it("leaves out the accessed date when the build makes it, and survives hostile names", () => {
    const [item] = JSON.parse(cslJson(hostile, null, null));
    expect(item.accessed).toBeUndefined();
    expect(item.title).toBe(hostile.title);
    expect(item.issued).toEqual({ "date-parts": [[2015]] });
  });
});

describe("BibTeX", () => {
  it("parses as one entry with balanced braces, for ordinary and hostile names alike", () => {
    for (const [doc, part] of [[minutes, paragraph], [hostile, null], [hostile, paragraph]] as const) {
      const entry = parseBibtex(bibtex(doc, part, "2026-05-04"));
      expect(entry.type).toBe(doc.type === "report" ? "techreport" : "misc");
      expect(entry.key).toBe(bibtexKey(doc, part));
      expect(entry.fields.url).toBe(part ? `${doc.url}#${part.anchor}` : doc.url);
      expect(entry.fields.urldate).toBe("2026-05-04");
    }
  });

  it("TeX's special characters in names are escaped, so they print as written", () => {
    const entry = parseBibtex(bibtex(hostile, null, null));
    expect(entry.fields.institution).toBe("Testshire \\{County\\} Council \\& 100\\% \\textbackslash{} Partners\\_\\#1 \\textasciitilde{} \\textasciicircum{}");
    expect(entry.fields.urldate).toBeUndefined();
  });

  it("citation keys are plain ASCII words joined by hyphens", () => {
    expect(bibtexKey(minutes, paragraph)).toBe("worcestershire-cafoasp-2018-03-22-minutes-item-313-p4");
    expect(bibtexKey(hostile, null)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("a document that does not state its council or committee (null in the record)", () => {
  const unstated: CitedDocument = { ...minutes, council: null, committee: null };
  const noCouncil: CitedDocument = { ...hostile, council: null };

  it("is cited without a stand-in name, and each format stays well formed", () => {
    expect(plainCitation(unstated, paragraph, null)).toBe(
      `Minutes, 22 March 2018, item 313 (Apologies and Welcome), paragraph 4. Minutebook. ${minutes.url}#item-313-p4 (accessed [date]).`,
    );
    for (const d of [unstated, noCouncil]) {
      const text = plainCitation(d, null, null);
      expect(text).not.toMatch(/null|undefined|not stated/i);
      const [csl] = JSON.parse(cslJson(d, paragraph, null)) as Record<string, unknown>[];
      expect(JSON.stringify(csl)).not.toMatch(/null|undefined/);
      const entry = parseBibtex(bibtex(d, paragraph, null));
      expect(Object.values(entry.fields).join(" ")).not.toMatch(/null|undefined/);
      expect(entry.key).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("keeps what it does state: the committee as author when only the council is missing", () => {
    expect(plainCitation(noCouncil, null, null).startsWith("Planning } Committee {. ")).toBe(true);
    const entry = parseBibtex(bibtex(noCouncil, null, null));
    expect(entry.fields.author).toBeDefined();
    expect(entry.fields.institution).toBeUndefined();
    const [csl] = JSON.parse(cslJson(unstated, null, null)) as Record<string, unknown>[];
    expect(csl!.author).toBeUndefined();
    expect(csl!.publisher).toBeUndefined();
    expect(csl!.title).toBe("Minutes, 22 March 2018");
  });
});
