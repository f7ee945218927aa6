// Mentions that are really the person's (issue 11 item 4): an office named in the text is credited
// to whoever held this meeting's office only when the text means this body's office; and a title in
// an attendance list never swallows the words of the next name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { refersToThisMeeting } from "../../scripts/pipeline/resolve/archive.ts";
import { parseEntry } from "../../scripts/pipeline/parse/attendance.ts";

const at = (text: string, phrase: string) => ({ start: text.indexOf(phrase), text: phrase });
const check = (text: string, phrase = "the Chair", committee = "Housing Scrutiny Panel") => refersToThisMeeting(text, at(text, phrase), committee);

describe("a role named in the text", () => {
  it("is this meeting's chair when the text means this body", () => {
    expect(check("the Chair thanked officers for the report.")).toBe(true);
    expect(check("the Chairman of the Panel asked for a briefing.", "the Chairman")).toBe(true);
    expect(check("the Chair of the Housing Scrutiny Panel would write to the Minister.")).toBe(true);
  });

  it("is not when it is another body's office, or a post still to be filled", () => {
    expect(check("Members heard from the Chair of the Moorside Safeguarding Adults Board.")).toBe(false);
    expect(check("the Chair would be appointed in consultation with the Department.")).toBe(false);
    expect(check("the Chairman of a housing association had written to the council.", "the Chairman")).toBe(false);
  });
});

describe("titles in attendance lists", () => {
  it("a title ends where the next name's honorific begins (District Cllr, County Councillor)", () => {
    const people = parseEntry("Mrs P Oakes (Parish Clerk), District Cllr Hugh Lander and County Councillor Ann Rix");
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ["Mrs P Oakes", "Parish Clerk"],
      ["District Cllr Hugh Lander", null],
      ["County Councillor Ann Rix", null],
    ]);
  });
});
