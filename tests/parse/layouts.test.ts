// Realistic documents in other common UK layouts (fixtures in tests/fixtures/layouts/), each with the
// values a clerk would read off it. The parser has no knowledge of these councils.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentRecord } from "../../src/schema/record.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { LAYOUTS, names, parseFile } from "./helpers.ts";

const load = (f: string) => parseFile(join(LAYOUTS, f)).record;

describe("layout fixtures", () => {
  it("every fixture gives a schema-valid record with 100% word coverage", () => {
    const files = readdirSync(LAYOUTS).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const { text, record } = parseFile(join(LAYOUTS, f));
      expect(() => DocumentRecord.parse(record), f).not.toThrow();
      expect(checkCoverage(text, record).missing, f).toEqual([]);
    }
  });

  it("committee-management-system minutes: 'Minutes of the meeting of … held on …', PRESENT: Councillors …, RESOLVED:", () => {
    const r = load("cms-minutes.txt");
    expect(r.type).toBe("minutes");
    expect(r.council?.name).toBe("Harbourford Borough Council");
    expect(r.committee?.name).toBe("Planning and Licensing Committee");
    expect([r.date, r.startTime, r.endTime]).toEqual(["2020-01-14", "19:00", "20:40"]);
    expect(r.venue).toBe("The Civic Centre, Harbourford");
    expect(r.items.map((i) => i.number)).toEqual(["44", "45", "46", "47", "48"]);
    expect(r.items.map((i) => i.title)).toContain("Minutes");
    expect(names(r, "present")).toEqual(["J Whitfield", "P Okafor", "S Brennan", "L Hartley-Moss", "R Quinn"]);
    expect(r.attendance.filter((a) => a.role).map((a) => [a.name, a.role])).toEqual([["J Whitfield", "chair"], ["P Okafor", "vice-chair"]]);
    expect(names(r, "in-attendance")).toEqual(["Councillor M Devlin", "Sarah Lloyd", "Tom Ashworth", "Priya Nair"]);
    expect(names(r, "apologies")).toEqual(["K Byrne", "D Foster"]);
    expect(r.items.map((i) => i.resolutions.length)).toEqual([0, 1, 0, 2, 1]);
    expect(r.items[3]!.resolutions.map((x) => x.marker)).toEqual(["1", "2"]);
    expect(r.declarations).toMatchObject([{ person: "Councillor S Brennan", item: "47" }]);
    expect(r.items[4]!.exempt?.paragraph).toBe("3");
    expect(r.items[3]!.actions[0]).toMatchObject({ who: "The Head of Planning" });
    expect(r.furniture.map((f) => f.text)).toContain("Page 1 of 2");
  });

  it("parish council with 'Min Ref' numbering and a day-first numeric date", () => {
    const r = load("parish-minutes.txt");
    expect(r.council?.name).toBe("Ashcombe Parish Council");
    expect(r.date).toBe("2018-03-22");
    expect([r.startTime, r.endTime]).toEqual(["19:30", "21:05"]);
    expect(r.items.map((i) => i.number)).toEqual(["18/031", "18/032", "18/033", "18/034", "18/035", "18/036"]);
    expect(r.items[0]!.text).toBe("Apologies were received from Cllr Peter Dunne.");
    expect(names(r, "apologies")).toEqual(["Cllr Peter Dunne"]);
    expect(r.attendance.find((a) => a.name === "Mrs Helen Marsh")).toMatchObject({ status: "in-attendance", title: "Clerk" });
    expect(r.items.map((i) => i.resolutions.length)).toEqual([0, 0, 1, 1, 1, 0]);
    expect(r.nextMeeting).toMatchObject({ date: "2018-04-19", time: "19:30" });
  });

  it("Welsh county borough cabinet: 'THURSDAY, 13 SEPTEMBER, 2012 AT 6.00 P.M.', Councillors: sub-list, Together with:", () => {
    const r = load("welsh-cabinet.txt");
    expect(r.council?.name).toBe("Cwmderwen County Borough Council");
    expect(r.committee?.name).toBe("Cabinet");
    expect([r.date, r.startTime, r.endTime]).toEqual(["2012-09-13", "18:00", "19:15"]);
    expect(r.venue).toBe("Ty Derwen, Brynmawr Road");
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(names(r, "present")).toEqual(["Councillor H.W. David", "Mrs C. Forehead", "D.T. Davies", "K. James"]);
    expect(r.attendance[0]!.role).toBe("chair");
    expect(names(r, "in-attendance")).toEqual(["A. O'Sullivan", "N. Scammell", "E. Sullivan"]);
    expect(names(r, "apologies")).toEqual(["Councillor D.V. Poole"]);
    // The lead-in "RESOLVED that for the reasons …:" is not itself a decision.
    expect(r.items[3]!.resolutions.map((x) => x.marker)).toEqual(["i", "ii"]);
    expect(r.declarations).toEqual([]);
  });

  it("Scottish council minute: 'Minute of Meeting of …', Title, Name officers, Decision: lines", () => {
    const r = load("scottish-committee.txt");
    expect(r.council?.name).toBe("Loch Arden Council");
    expect(r.committee?.name).toBe("Education, Children and Families Committee");
    expect([r.date, r.startTime, r.endTime]).toEqual(["2019-03-05", "10:30", "12:10"]);
    // "held in the Council Chamber": a room is described, its article belongs to the sentence.
    expect(r.venue).toBe("Council Chamber, Kirkhill");
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(names(r, "present")).toContain("Bailie Iain Munro");
    expect(r.attendance.find((a) => a.name === "Morag Kerr")?.title).toBe("Director of Education and Children's Services");
    expect(r.declarations).toMatchObject([{ person: "Councillor Ailsa Robertson", item: "4" }]);
    expect(r.items.map((i) => i.resolutions.length)).toEqual([0, 1, 1, 1]);
  });

  it("bilingual Welsh header, tab-separated headings, bare apologies list, per-item attendance, 'RESOLVED:-'", () => {
    const r = load("bilingual-tabbed-minutes.txt");
    expect(r.council?.name).toBe("Trefallt County Borough Council");
    expect(r.committee?.name).toBe("Licensing Sub-Committee");
    expect([r.date, r.startTime, r.endTime]).toEqual(["2017-07-12", "10:00", "11:20"]);
    expect(r.venue).toBe("Committee Room 2, County Offices, Llanmor");
    expect(r.items.map((i) => [i.number, i.title])).toEqual([["1", "Declarations of Interest"], ["2", "Application for a Premises Licence - the Old Mill, Llanmor"]]);
    expect(names(r, "present")).toEqual(["G. Evans", "M. Pryce", "T. Llewellyn"]);
    expect(names(r, "apologies")).toEqual(["R. Hughes", "S. Bevan"]);
    expect(r.attendance.filter((a) => a.item === "2").map((a) => [a.name, a.title])).toEqual([["Ms Carys Jenkins", "Licensing Officer"], ["Mr Owain Rees", "Applicant"]]);
    expect(r.items[1]!.resolutions.map((x) => x.text)).toEqual(["That the premises licence be granted subject to the conditions agreed with the police."]);
  });

  it("cabinet decision notice is type 'decision' with its decisions on their items", () => {
    const r = load("cabinet-decision-notice.txt");
    expect(r.type).toBe("decision");
    expect(r.council?.name).toBe("Northmere City Council");
    expect(r.committee?.name).toBe("Cabinet");
    expect([r.date, r.startTime]).toEqual(["2020-02-03", "14:00"]);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([["5", "Revenue Budget 2020/21"], ["6", "Northmere Housing Strategy"]]);
    expect(r.items.map((i) => i.resolutions.length)).toEqual([2, 1]);
  });
});
