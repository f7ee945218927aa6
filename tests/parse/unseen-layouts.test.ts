// Kinds of loss found on the development set (round two, session 6) and fixed as principles: each
// fixture is written for its test, in a layout family seen there, with its own names and wording.
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { names, parseText } from "./helpers.ts";

const PARISH_RUN_IN = `Ormsby Magna Parish Council

Minutes of the Meeting of the Parish Council held on Monday 3rd March 2025 at 7pm in the Reading Room

Present: Cllr Tessa Quilliam (Chairman), Cllr Owen Pardoe, Cllr Ruth Kember

In attendance: Ivy Lockwood (Clerk); Sergeant Colin Brackley (item 4 only); PCSO Amira Stenning; one member of the public

1. Welcome: The Chairman opened the meeting.

2. Apologies for absence: were received from Cllrs Hugh Talbot (holiday) and Nora Fenby (work) and were accepted.

3. Declarations of interest: none.

4. Police matters: Sergeant Brackley reported two thefts from sheds on Mill Lane.
`;

describe("attendance read from run-in headings and police ranks", () => {
  it("a run-in apologies heading whose text continues its sentence ('Apologies for absence: were received from …') names the absent members", () => {
    const r = parseText(PARISH_RUN_IN);
    expect(names(r, "apologies")).toEqual(["Hugh Talbot", "Nora Fenby"]);
  });

  it("a police rank before a name is the person's office (their title), not part of their name", () => {
    const r = parseText(PARISH_RUN_IN);
    const police = r.attendance.filter((a) => a.status === "in-attendance" && /Brackley|Stenning/.test(a.name));
    expect(police.map((a) => a.name)).toEqual(["Colin Brackley", "Amira Stenning"]);
    expect(police[1]!.title).toBe("PCSO");
    // A councillor's style stays with the name as written.
    expect(names(r, "present")).toContain("Cllr Owen Pardoe");
  });
});

const WEB_POST_WITH_APPROVAL_NOTE = `*These minutes were confirmed as a true record at the meeting on 2nd April 2025.*

## Ormsby Magna Parish Council

**Minutes of the Meeting of the Parish Council held on Monday 3rd March 2025 at 7pm in the Reading Room**

**Present:** Cllr Tessa Quilliam (Chairman), Cllr Owen Pardoe

1\\. Minutes: **Resolved:** that the minutes of the meeting held on 3rd February 2025 be approved.

2\\. Footpaths: The stile on FP7 is broken; the Clerk will report it.
`;

describe("decisions are this meeting's own", () => {
  it("a note that these minutes were approved at a later meeting is not a decision of this meeting", () => {
    const r = parseText(WEB_POST_WITH_APPROVAL_NOTE);
    expect(r.resolutions ?? []).toEqual([]);
    expect(r.items.flatMap((i) => i.resolutions.map((x) => x.text))).toEqual(["that the minutes of the meeting held on 3rd February 2025 be approved."]);
  });
});

const EXECUTIVE_RESPONSE_REPORT = `Tarnby District Council

Report to:          Cabinet
Date:               14 May 2025
Report of:          Cllr R Pennock, Cabinet Member for Leisure
Author:             T. Moss, Leisure Services Manager
Title:              Executive Response to the Swimming Provision Review

1.   PURPOSE

1.1  To set out the Executive's response to the recommendations of the Swimming Provision Review Panel.

2.   RECOMMENDATIONS

2.1  That Cabinet agrees the responses set out in Appendix A.

3.   FINANCIAL IMPLICATIONS

3.1  The costs of Recommendation 2 will be met from the leisure reserve.

3.2  (Finance comments: D Ferrand, Principal Accountant, 2 May 2025)

Statutory officer clearance
Monitoring Officer              H Quayle              06/05/2025
Chief Finance Officer           B. Ashworth-Lyle      07/05/2025

APPENDIX A – RESPONSE TO THE PANEL'S RECOMMENDATIONS

No. | Recommendation | Accepted / Not accepted | Executive response
Recommendation 1 | That the Cabinet extends the opening hours of the learner pool to
include two evening sessions for families. | Accepted | Response: From September 2025.

Recommendation 2 | That the Cabinet commissions a condition survey of the Tarnby Lido before the
end of the financial year. | Not accepted | Response: A survey was completed in 2024.
`;

describe("a report's recommendations and the officers who cleared it", () => {
  it("a table of coded recommendations ('Recommendation 1 | That … | Accepted | …') gives each recommendation as its own cell", () => {
    const r = parseText(EXECUTIVE_RESPONSE_REPORT);
    expect(r.type).toBe("report");
    const appendix = r.items.find((i) => i.number === "A")!;
    expect(appendix.resolutions.map((x) => [x.kind, x.marker, x.text])).toEqual([
      ["recommendation", "1", "That the Cabinet extends the opening hours of the learner pool to include two evening sessions for families."],
      ["recommendation", "2", "That the Cabinet commissions a condition survey of the Tarnby Lido before the end of the financial year."],
    ]);
  });

  it("officers named in a report's finance comments and its clearance table attend it, with their offices as titles", () => {
    const r = parseText(EXECUTIVE_RESPONSE_REPORT);
    const officers = r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title]);
    expect(officers).toEqual(expect.arrayContaining([
      ["D Ferrand", "Principal Accountant"],
      ["H Quayle", "Monitoring Officer"],
      ["B. Ashworth-Lyle", "Chief Finance Officer"],
    ]));
    // They are not members of the body the report goes to.
    expect(r.attendance.filter((a) => /Ferrand|Quayle|Ashworth/.test(a.name)).every((a) => a.status === "in-attendance")).toBe(true);
  });
});

const DISPLACED_DECISION = `Brackenford Fire Authority

Minutes of the meeting of the Authority held at Service Headquarters, Mill Road, Brackenford on 11 March 2025 at 10.30 am

Present: Cllr P Okafor (Chair), Cllr D Rusk, Cllr M Tennant

BFA/25/07   MINUTES OF THE LAST MEETING

RESOLVED – that the minutes of the meeting held on 14 January 2025 be confirmed.

BFA/25/08   FLEET REPLACEMENT PROGRAMME 2025/26

The Head of Fleet presented the replacement programme, which provides for four new pumping appliances.
Members asked about the delivery dates of the appliances.
BFA/25/09   WORKFORCE DIVERSITY REPORT

RESOLVED – that the Fleet Replacement Programme 2025/26 be approved.

                                                          Page 2 of 3

Brackenford Fire Authority – 11 March 2025

The Head of People presented the annual diversity figures. Women made up 14% of firefighters, up from 11%.

RESOLVED – that the workforce diversity figures be noted.
`;

describe("a decision printed under the next item's heading", () => {
  it("a decision at the head of an item that names the previous item's subject, not its own, is the previous item's", () => {
    const r = parseText(DISPLACED_DECISION);
    const byNumber = (n: string) => r.items.find((i) => i.number === n)!;
    expect(byNumber("BFA/25/08").resolutions.map((x) => x.text)).toEqual(["that the Fleet Replacement Programme 2025/26 be approved."]);
    expect(byNumber("BFA/25/09").resolutions.map((x) => x.text)).toEqual(["that the workforce diversity figures be noted."]);
    // The item's own text starts after the decision it does not own.
    expect(byNumber("BFA/25/09").text).not.toContain("Fleet Replacement");
    expect(byNumber("BFA/25/09").text).toContain("The Head of People presented the annual diversity figures.");
    expect(checkCoverage(DISPLACED_DECISION, r).missing).toEqual([]);
  });

  it("a decision that names its own item's subject stays with it", () => {
    const own = DISPLACED_DECISION.replace("RESOLVED – that the Fleet Replacement Programme 2025/26 be approved.", "RESOLVED – that the workforce diversity report be received.");
    const r = parseText(own);
    expect(r.items.find((i) => i.number === "BFA/25/09")!.resolutions[0]!.text).toBe("that the workforce diversity report be received.");
  });
});

const SELECT_COMMITTEE_FORMAL_MINUTES = `Norhaven County Council
Environment and Waste Select Committee


Kerbside collections: getting recycling right

Second Report of Session 2024–25


Report, together with formal minutes
relating to the report

1 Introduction

1.   In June 2024 the Committee agreed to examine why recycling rates had fallen in three districts and what the County Council could do with its partners to reverse the fall.

2 Conclusions

2.   Contamination of recycling has doubled since 2021 and the cost of rejected loads falls on the County Council. (Paragraph 1)

Formal minutes

Wednesday 12 March 2025

Members present:

Alan Thirkell, in the Chair

Draft Report (Kerbside collections: getting recycling right), proposed by the Chair, brought up and read.

Ordered, That the draft Report be read a second time, paragraph by paragraph.

Paragraphs 1 and 2 read and agreed to.

Resolved, That the Report be the Second Report of the Committee to the Council.
`;

describe("a select committee's report with its formal minutes", () => {
  it("'Report, together with formal minutes' is a report, and each formal minute ('Ordered, That …', '… read and agreed to.') is a decision", () => {
    const r = parseText(SELECT_COMMITTEE_FORMAL_MINUTES);
    expect(r.type).toBe("report");
    const decided = [...r.items.flatMap((i) => i.resolutions), ...(r.resolutions ?? [])].map((x) => x.text);
    expect(decided).toEqual(expect.arrayContaining([
      "Ordered, That the draft Report be read a second time, paragraph by paragraph.",
      "Paragraphs 1 and 2 read and agreed to.",
      "Resolved, That the Report be the Second Report of the Committee to the Council.",
    ]));
    // Bringing the draft up is procedure, not a decision.
    expect(decided.some((t) => t.startsWith("Draft Report"))).toBe(false);
  });
});

describe("a report's committee staff named in a sentence", () => {
  it("'The Committee is supported by A (office), B (office) and C (office)' names its staff as in attendance, with their offices", () => {
    const text = SELECT_COMMITTEE_FORMAL_MINUTES.replace(
      "1 Introduction",
      "Committee staff\nThe Committee is supported by Priya Ramsden (Scrutiny Manager), Owen\nTregarthen (Scrutiny Officer) and the Chair's office.\n\n1 Introduction",
    );
    const r = parseText(text);
    const staff = r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title]);
    expect(staff).toEqual([
      ["Priya Ramsden", "Scrutiny Manager"],
      ["Owen Tregarthen", "Scrutiny Officer"],
    ]);
  });
});
