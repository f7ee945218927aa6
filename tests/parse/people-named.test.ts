// Every person a record names gets an entry in its people (and so an id): officers named with their
// job in brackets or after a colon, a sign-off table's rows, relatives named in a tribute; and the
// council is the one the document names as its own, not one it mentions in passing (issue 12).
// Fixtures are written for these tests, with invented councils and names.
import { describe, expect, it } from "vitest";
import { detectCouncil } from "../../scripts/pipeline/parse/facts.ts";
import { parseText } from "./helpers.ts";

const peopleOf = (text: string) => parseText(text).people.flatMap((p) => p.namesAsWritten);

const REPORT = `CABINET                                                    11 MARCH 2025
REPORT OF THE DIRECTOR OF PLACE
OLD MILL SITE – DISPOSAL

1. Purpose
1.1 To seek approval for the disposal of the Old Mill site.

2. Scrutiny
2.1 The Committee is supported by Priya Coombes (Head of Member Services), and its report was
presented by the Chair.

3. Financial implications
3.1 The receipt is estimated at £1.2m.
(Finance comments: T Okoro, Finance Business Partner, 2 March 2025)

4. Legal implications
4.1 The Council has power to dispose of land under section 123.
(Legal comments: Imelda Stark, Head of Legal Services, 3 March 2025)

Statutory officer clearance
Monitoring Officer              I Stark               4/03/2025
Chief Finance Officer           R. Vance-Hollis       5/03/2025

Venue: Committee Room 2, Riverside House
`;

const TRIBUTE = `MINUTES OF THE MEETING OF THE COUNCIL held on 4 April 2025

Present: Councillors P. Ives (Mayor), B. Lomax and W. Tanner

1. TRIBUTE
The Mayor led tributes to a former councillor. Councillor Ben Lomax, whose late father Walter Lomax
served the ward for twenty years, thanked members.

2. MINUTES
RESOLVED that the minutes be approved.
`;

describe("people named with a job or as a relative", () => {
  it("a name with its job in brackets, after a colon with its job, or in a sign-off table's row is a person", () => {
    const names = peopleOf(REPORT);
    for (const n of ["Priya Coombes", "T Okoro", "Imelda Stark", "I Stark", "R. Vance-Hollis"]) expect(names).toContain(n);
  });

  it("places and rooms in the same shapes are not people", () => {
    const names = peopleOf(REPORT);
    expect(names.some((n) => /Committee Room|Riverside|Old Mill|Finance comments/.test(n))).toBe(false);
  });

  it("a relative the text names is a person of their own", () => {
    const names = peopleOf(TRIBUTE);
    expect(names).toContain("Walter Lomax");
    expect(names).toContain("Councillor Ben Lomax");
  });
});

describe("whose record it is", () => {
  const header = "EXECUTIVE BOARD\n\nMONDAY, 3RD JUNE, 2024\n\nChamber, Civic Centre, Aberwen - 10.00 am";
  const passing = `${header}\n\n1. DECLARATIONS\nCouncillor T. Hale declared an interest: he is a member of Nant Ddu Community Council, which has asked to buy the land.\n`;

  it("a council named once in passing in an item's text is not the record's council", () => {
    expect(detectCouncil(passing, header, undefined)).toBeNull();
  });

  it("the same council named as a letterhead line, or in the header, is", () => {
    expect(detectCouncil(`Nant Ddu Community Council\n${passing}`, header, undefined)?.name).toBe("Nant Ddu Community Council");
    const headed = `NANT DDU COMMUNITY COUNCIL\n${header}`;
    expect(detectCouncil(`NANT DDU COMMUNITY COUNCIL\n${passing}`, headed, undefined)?.name).toBe("Nant Ddu Community Council");
  });

  it("a county named once in the text counts when the header names its county town", () => {
    const shire = "Children's Panel\n\nThursday, 6 March 2025, County Hall, Kestrelton - 10.00 am";
    const body = `${shire}\n\n1. MISSING CHILDREN\nThe figures covered only children in the care of Kestreltonshire County Council.\n`;
    expect(detectCouncil(body, shire, undefined)?.name).toBe("Kestreltonshire County Council");
    // A town that is not its stem does not vouch for it.
    expect(detectCouncil(body.replace("Kestrelton -", "Ambleford -"), shire.replace("Kestrelton", "Ambleford"), undefined)).toBeNull();
  });

  it("a council the text keeps naming is the record's even when the header does not name it", () => {
    const named = `${passing}\n2. BUDGET\nNant Ddu Community Council set its precept. Nant Ddu Community Council thanked the clerk.\n`;
    expect(detectCouncil(named, header, undefined)?.name).toBe("Nant Ddu Community Council");
  });
});

describe("a joint committee's members under their council's sub-heading", () => {
  const JOINT = `ASHDOWN AND MERE JOINT PARKING COMMITTEE

Minutes of the meeting held on Monday 3 March 2025 at Mere House, Ashdown, at 10.00am

MEMBERS PRESENT

Ashdown Borough Council
Cllr L Carver (Chair)
Cllr P Noble

Mere District Council
Cllr S Quayle (Vice-Chair)
Cllr T Ibbotson

OFFICERS IN ATTENDANCE
Dev Rana – Parking Services Manager

1.   APOLOGIES
None.
`;

  it("the names under a council's name are that council's members, and the sub-heading is no person", () => {
    const r = parseText(JOINT);
    const titleOf = (n: string) => r.attendance.find((a) => a.name === n)?.title;
    expect(titleOf("Cllr L Carver")).toBe("Ashdown Borough Council");
    expect(titleOf("Cllr T Ibbotson")).toBe("Mere District Council");
    expect(r.attendance.find((a) => a.name === "Cllr S Quayle")?.role).toBe("vice-chair");
    // An officer keeps the job the list gives; the next label ends the council's list.
    expect(titleOf("Dev Rana")).toBe("Parking Services Manager");
    expect(r.attendance.some((a) => /Council/.test(a.name))).toBe(false);
  });
});

describe("a report's committee members named in its prose", () => {
  const REPORT_PROSE = `FELLMOUTH COUNTY COUNCIL

COMMUNITIES SELECT COMMITTEE

TUESDAY, 7 OCTOBER 2025

LIBRARY OPENING HOURS REVIEW

Purpose of report:

To report the results of the opening hours pilot and to invite the Select Committee to comment.

Recommendations:

The Select Committee is requested to comment on the proposed opening hours.

Summary:

Evening visits rose in the pilot branches and the cost of staffing them was unchanged.

Introduction:

The Library Strategy 2023–2028 sets out how the Council runs its twelve branch libraries and
how their opening hours are decided each year.

At its meeting on 4 February 2025 the Select Committee (Chair: Cllr R. Ashworth) asked for a
report on the pilot of longer evening hours in four of the branch libraries.

A member reference group of Cllr Dina Holt (Vice-Chair), Cllr Omar Pike and Cllr Jess Lumb met
officers on 3 June 2025 and visited two branch libraries during the pilot.

In July 2025 the Audit Panel (Chair: Cllr T. Vane) reviewed the pilot's costs and found them
in line with the budget set for the year by the Cabinet.

Visits to the pilot branches rose by 14% in the evenings while the cost of staffing them was
unchanged, because the hours were moved rather than added.

The Select Committee is asked to comment on the proposed opening hours before the Cabinet
Member decides them in November 2025.
`;

  it("the chair named after the committee and a member group's members are the committee's members", () => {
    const r = parseText(REPORT_PROSE);
    expect(r.type).toBe("report");
    const members = r.attendance.filter((a) => a.status === "member");
    expect(members.map((a) => a.name)).toEqual(expect.arrayContaining(["Cllr R. Ashworth", "Cllr Dina Holt", "Cllr Omar Pike", "Cllr Jess Lumb"]));
    expect(members.find((a) => a.name === "Cllr R. Ashworth")?.role).toBe("chair");
    expect(members.find((a) => a.name === "Cllr Dina Holt")?.role).toBe("vice-chair");
    // Another body's chair is not one of this committee's members.
    expect(r.attendance.some((a) => a.name === "Cllr T. Vane")).toBe(false);
    // The list ends at its verb: no title made of the rest of the sentence.
    expect(members.find((a) => a.name === "Cllr Jess Lumb")?.title).toBeNull();
  });

  it("minutes mentioning a committee's chair in brackets do not make them present", () => {
    const minutes = "MINUTES of the meeting of the Fellmouth Parish Council held on 2 May 2025\n\nPresent: Cllr A Rowe (Chair), Cllr B Tate\n\n1. REPORTS\nThe Clerk reported that the Planning Committee (Chair: Cllr T. Vane) had met.\n";
    const r = parseText(minutes);
    expect(r.attendance.some((a) => a.name === "Cllr T. Vane")).toBe(false);
  });
});

describe("initials a document defines for a person", () => {
  const ACTIONS = (officers: string) => `LOCAL PLAN WORKING GROUP – NOTES OF MEETING, 4 MARCH 2025

Present: Cllr A Rowe (Chair), Cllr B Tate

Officers:
${officers}

1.   EVIDENCE BASE
PN presented the housing needs update. Members asked about the timetable.
ACTION: PN / TK
`;

  it("are one of that person's names when the document uses them on their own", () => {
    const r = parseText(ACTIONS("Priya Nandra (PN) – Planning Policy Manager\nTomas Kral (TK) – Principal Planner\nUna Lyle (UL) – Clerk"));
    const entry = (n: string) => r.people.find((p) => p.namesAsWritten.includes(n));
    expect(entry("PN")?.namesAsWritten).toContain("Priya Nandra");
    expect(entry("TK")?.namesAsWritten).toContain("Tomas Kral");
    // Defined but never used: not written as a name.
    expect(entry("UL")).toBeUndefined();
    // The initials are not part of the job the list gives.
    expect(r.attendance.find((a) => a.name === "Priya Nandra")?.title).toBe("Planning Policy Manager");
  });

  it("are nobody's when two people are given the same initials", () => {
    const r = parseText(ACTIONS("Priya Nandra (PN) – Planning Policy Manager\nPaul Nash (PN) – Principal Planner"));
    expect(r.people.some((p) => p.namesAsWritten.includes("PN"))).toBe(false);
  });
});

