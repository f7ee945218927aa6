// The five sample documents (each a different layout) parse to the facts a clerk would read off them.
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentRecord } from "../../src/schema/record.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { names, parseFile, samplePaths } from "./helpers.ts";

const load = (prefix: string) => parseFile(samplePaths().find((p) => basename(p).startsWith(prefix))!);

describe("sample documents", () => {
  it("there are five, and every one gives a schema-valid record with 100% word coverage", () => {
    expect(samplePaths()).toHaveLength(5);
    for (const f of samplePaths()) {
      const { text, record } = parseFile(f);
      expect(() => DocumentRecord.parse(record)).not.toThrow();
      const cov = checkCoverage(text, record);
      expect(cov.missing, f).toEqual([]);
      expect(cov.ratio).toBe(1);
    }
  });

  it("000: minutes with displaced margin headings", () => {
    const { record: r } = load("000_");
    expect(r.type).toBe("minutes");
    expect(r.council?.name).toBe("Worcestershire County Council");
    expect(r.committee?.name).toBe("Children and Families Overview and Scrutiny Panel");
    expect(r.date).toBe("2018-03-22");
    expect([r.startTime, r.endTime, r.venue]).toEqual(["10:00", "12:53", "County Hall, Worcester"]);
    expect(r.items.map((i) => i.number)).toEqual(["313", "314", "315", "316", "317", "318", "319"]);
    expect(r.items.map((i) => i.resolutions.length)).toEqual([0, 0, 0, 1, 0, 1, 0]);
    expect(r.attendance.find((a) => a.name === "Mrs F M Oborski")?.role).toBe("chair");
    expect(names(r, "apologies")).toEqual(["Mr R W Banks", "Mr P M McDonald"]);
    expect(r.declarations.map((d) => [d.person, d.item])).toEqual([["Mr S M Mackay", "314"]]);
  });

  it("000: a title split around its first paragraph is completed by the stray line", () => {
    const { record: r } = load("000_");
    expect(r.items[3]!.title).toBe("Confirmation of the Minutes of the Previous Meeting");
    expect(r.items[3]!.text).toMatch(/^The Minutes of the Meetings held on 25 January 2018 and 7 February 2018 were agreed as a correct record and signed by the Chairman\./);
  });

  it("000: a displaced margin heading does not start its item mid-paragraph", () => {
    const { record: r } = load("000_");
    const byNo = (n: string) => r.items.find((i) => i.number === n)!;
    expect(byNo("317").text).toMatch(/^The Cabinet Member with Responsibility for Children and Families and the Assistant Director Safeguarding/);
    expect(byNo("318").text).toMatch(/^The Assistant Director Safeguarding Services \(Children's Social Care\) had provided the Panel/);
    expect(byNo("319").text).toMatch(/^The Cabinet Member with Responsibility for Children and Families and the Assistant Director of Families/);
    // The sentence cut by the 319 heading is whole again, in item 318.
    expect(byNo("318").text).toContain("was increasing was seen as a positive sign.");
    expect(r.warnings.filter((w) => w.code === "heading-displaced").length).toBe(2);
  });

  it("000: an officer's promise is an action on its item", () => {
    const { record: r } = load("000_");
    const a = r.items.find((i) => i.number === "317")!.actions[0]!;
    expect(a.who).toBe("the Assistant Director");
    expect(a.what).toMatch(/^to provide this information to Panel Members/);
    expect(a.anchor).toBe("item-317-a1");
  });

  it("001: markdown minutes with trailing-space line breaks in the attendance lists", () => {
    const { record: r } = load("001_");
    expect(r.committee?.name).toBe("Children and Families Overview and Scrutiny Panel");
    expect(r.date).toBe("2023-07-07");
    expect(r.venue).toBe("County Hall, Worcester");
    expect(r.items.map((i) => i.number)).toEqual(["590", "591", "592", "593", "594", "595", "596"]);
    expect(r.items.find((i) => i.number === "596")!.resolutions.length).toBe(2);
    expect(names(r, "in-attendance")).toHaveLength(9);
    expect(r.attendance.find((a) => a.name === "Emma Brittain")?.title).toBe("Director of Early Help, Children in Need and Family Front Door, Worcestershire Children First");
    expect(names(r, "apologies")).toEqual(["Nathan Desmond", "Tony Muir", "Tim Reid"]);
  });

  it("002: capitals, session-numbered items and Resolved blocks", () => {
    const { record: r } = load("002_");
    expect(r.council?.name).toBe("Walsall Council");
    expect(r.committee?.name.toLowerCase()).toBe("children's and young people scrutiny and performance panel");
    expect([r.date, r.startTime, r.endTime, r.venue]).toEqual(["2012-09-13", "18:00", "19:55", "The Council House"]);
    expect(r.items.map((i) => i.number)).toEqual(["221/12", "222/12", "223/12", "224/12", "225/12", "226/12", "227/12", "228/12", "229/12", "230/12"]);
    expect(r.items.map((i) => i.anchor)[0]).toBe("item-221-12");
    expect(r.items.map((i) => i.resolutions.length)).toEqual([0, 0, 0, 1, 0, 4, 2, 2, 1, 0]);
    expect(r.items.find((i) => i.number === "226/12")!.resolutions.map((x) => x.marker)).toEqual(["1", "2", "3", "4"]);
    expect(r.items.find((i) => i.number === "225/12")!.exempt?.paragraph).toBe("3");
    expect(r.nextMeeting).toMatchObject({ date: "2012-10-30", time: "18:00" });
    expect(names(r, "present")).toContain("S. Rayner");
    expect(r.attendance.find((a) => a.name === "D. Jones")?.category).toBe("co-opted-non-voting");
  });

  it("003: select-committee report sections come from its contents table", () => {
    const { record: r } = load("003_");
    expect(r.type).toBe("report");
    expect(r.council?.name).toBe("Buckinghamshire County Council");
    expect(r.committee?.name).toBe("Children's Social Care & Learning Select Committee");
    expect(r.title).toBe("Improving Children's Social Care Inquiry");
    expect(r.date).toBeNull();
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "A", "B"]);
    expect(r.items.find((i) => i.number === "4")!.resolutions.map((x) => x.kind)).toEqual(["finding", "finding"]);
    expect(r.items.find((i) => i.number === "B")!.resolutions.filter((x) => x.kind === "recommendation")).toHaveLength(13);
    expect(r.attendance.filter((a) => a.status === "member")).toHaveLength(14);
    expect(r.attendance.find((a) => a.name === "Mr D Dhillon")?.role).toBe("vice-chair");
    expect(r.furniture.map((f) => f.text)).toContain("INVESTOR IN PEOPLE");
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Reece Bowman", "Valerie Letheren"]));
  });

  it("004: report with numbered sections, a focus for scrutiny and bold-tag tables", () => {
    const { record: r } = load("004_");
    expect(r.type).toBe("report");
    expect(r.council?.name).toBe("West Sussex County Council");
    expect(r.committee?.name).toBe("Children and Young People's Services Select Committee");
    expect(r.date).toBe("2019-10-23");
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(r.resolutions?.map((x) => x.kind)).toEqual(["requested", "requested", "requested", "requested"]);
    expect(r.author).toEqual({ name: "John Readman", title: "Director of Children's Services" });
    const tables = r.items.flatMap((i) => i.paragraphs).filter((p) => p.kind === "table");
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) expect(t.text).not.toMatch(/<\/?b>/);
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(["John Readman", "Sally Allen", "Garath Symonds"]));
  });
});

describe("report structure", () => {
  it("a footnote's text carries its number, so its marks in the running text can point to it", () => {
    const { record } = load("003");
    const footnotes = [...record.preamble, ...record.items.flatMap((i) => i.paragraphs)].filter((p) => p.footnote);
    expect(footnotes.map((p) => p.footnote).sort()).toEqual(["1", "2", "3", "4", "5"]);
    expect(footnotes.find((p) => p.footnote === "3")!.text).toBe("³ Ibid. p. 11");
  });

  it("the contents table is marked as contents, not as content of its own", () => {
    const { record } = load("003");
    const tables = [...record.preamble, ...record.items.flatMap((i) => i.paragraphs)].filter((p) => p.kind === "table");
    expect(tables.filter((t) => t.contents).map((t) => t.rows![1])).toEqual([["1", "Introduction", "4"]]);
  });
});
