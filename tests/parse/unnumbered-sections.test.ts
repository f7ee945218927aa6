// A document with no item numbering still has structure: its recurring heading-like lines (capitals,
// or ending in a colon) after a blank line and before a paragraph are its sections, with number null
// and an anchor by position. Fixtures are invented for these tests (councils, names, wording).
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { DocumentRecord } from "../../src/schema/record.ts";
import { parseText } from "./helpers.ts";

const doc = (lines: string[]) => {
  const text = lines.join("\n");
  const record = parseText(text);
  // Every fixture keeps every word and gives a valid record.
  expect(checkCoverage(text, record).missing).toEqual([]);
  expect(() => DocumentRecord.parse(record)).not.toThrow();
  return record;
};

const parish = [
  "UPPER WENDLE PARISH COUNCIL",
  "",
  "SPECIAL MEETING",
  "",
  "Minutes of a Special Meeting of Upper Wendle Parish Council held in the Reading Room on Tuesday 8 October 2024 at 7.30pm.",
  "",
  "PRESENT: Cllrs Hugo Benn (Chairman), Petra Lowe, Idris Mwangi and Freya Castell.",
  "",
  "APOLOGIES: Cllr Oswin Dale (illness).",
  "",
  "The Chairman explained that the meeting had been called to deal with two urgent matters before the October meeting.",
  "",
  "FOOTPATH 12 – DIVERSION ORDER",
  "The Clerk reported that the County Council had consulted the parish on a proposed diversion of the footpath around the new barns.",
  "Members noted that the new route would be longer but would avoid the farmyard.",
  "RESOLVED: that the Council raises no objection to the diversion order.",
  "",
  "PLAYGROUND SWINGS – REPLACEMENT",
  "The Chairman reported that the annual inspection had found the swing frame unsafe and it had been taped off.",
  "RESOLVED: to accept the quotation of £2,150 from Ridgeway Play Ltd for a new frame.",
  "",
  "There being no further business the Chairman closed the meeting at 8.40pm.",
];

describe("unnumbered sections", () => {
  it("a parish's headings in capitals, with no item numbers, become items with number null and positional anchors", () => {
    const r = doc(parish);
    expect(r.items.map((i) => i.number)).toEqual([null, null]);
    expect(r.items.map((i) => i.heading)).toEqual(["FOOTPATH 12 – DIVERSION ORDER", "PLAYGROUND SWINGS – REPLACEMENT"]);
    expect(r.items.map((i) => i.anchor)).toEqual(["item-s1", "item-s2"]);
    expect(r.items[0]!.text.startsWith("The Clerk reported that the County Council")).toBe(true);
    // Decisions under each heading belong to its section.
    expect(r.items.map((i) => i.resolutions.length)).toEqual([1, 1]);
    expect(r.items[1]!.resolutions[0]!.text).toMatch(/^to accept the quotation/);
    // The masthead lines before the attendance ("SPECIAL MEETING") are not sections.
    expect(r.preamble.map((p) => p.text)).toContain("SPECIAL MEETING");
  });

  it("a report whose numbered lines are its paragraphs takes its colon-ended headings as sections, not the paragraph numbers; its conclusions are findings", () => {
    const r = doc([
      "NORTH ESKDALE COUNTY COUNCIL",
      "",
      "COMMUNITIES SELECT COMMITTEE",
      "",
      "MONDAY, 6 OCTOBER 2025",
      "",
      "LIBRARY OPENING HOURS REVIEW",
      "",
      "Report of the Director of Communities",
      "",
      "Purpose of report:",
      "",
      "To set out the results of the review of library opening hours and invite the Committee to comment",
      "on the proposals before the Cabinet Member decides them.",
      "",
      "Background:",
      "",
      "1.   The Council runs eighteen libraries, of which six are open on Sundays and twelve close at",
      "     five o'clock on weekdays, which the review found is earlier than most users would like.",
      "",
      "2.   Visits fell by a quarter between 2019 and 2024 and have recovered only in part since the",
      "     reopening of the two town centre libraries after their refurbishment last year.",
      "",
      "Proposals:",
      "",
      "3.   Officers propose that the six smallest libraries open later on two evenings a week and close",
      "     on one weekday morning instead, at no extra cost to the service or to the Council.",
      "",
      "4.   The mobile library would add four stops on the new estates to the west of the county town",
      "     and would drop two stops where fewer than five people have used it in the last year.",
      "",
      "Conclusions:",
      "",
      "5.   Later opening on two evenings a week would meet most of the demand the survey found without",
      "     any increase in the cost of the service.",
      "",
      "6.   The changes to the mobile library would bring it to the places where most new readers live.",
    ]);
    expect(r.items.map((i) => i.number)).toEqual([null, null, null, null]);
    // The paragraph numbers stay on their paragraphs, and the paragraphs stay whole.
    expect(r.items[1]!.text.startsWith("The Council runs eighteen libraries, of which six are open on Sundays and twelve close at five")).toBe(true);
    expect(r.items[1]!.paragraphs.map((p) => p.marker)).toEqual(["1.", "2."]);
    // A report's conclusions section states one finding per paragraph.
    expect(r.items[3]!.resolutions.map((x) => [x.kind, x.text.slice(0, 30)])).toEqual([
      ["finding", "Later opening on two evenings "],
      ["finding", "The changes to the mobile libr"],
    ]);
    expect(r.items.map((i) => i.title.toLowerCase())).toEqual(["purpose of report", "background", "proposals", "conclusions"]);
    expect(r.items[1]!.text).toMatch(/The Council runs eighteen libraries/);
  });

  it("a document with an item numbering keeps it: headings in capitals inside numbered minutes are not sections", () => {
    const r = doc([
      "Lower Wendle Parish Council",
      "",
      "Minutes of the meeting held on Tuesday 5 November 2024 at 7.30pm in the Village Hall.",
      "",
      "Present: Cllrs Ann Poole (Chairman), Rhys Hart and Tamsin Yeo.",
      "",
      "1. Apologies for absence",
      "None were received and all members were present for the whole of the meeting tonight.",
      "",
      "2. Planning",
      "",
      "BARN CONVERSION AT HIGH FARM",
      "The Council considered the application for the conversion of the barn at High Farm into two homes.",
      "RESOLVED: no objection.",
      "",
      "STABLES AT MILL END",
      "The Council considered the application for new stables and a sand school at Mill End.",
      "RESOLVED: to object on the grounds of the access.",
    ]);
    expect(r.items.map((i) => i.number)).toEqual(["1", "2"]);
  });
});
