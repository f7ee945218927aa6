// Layouts written for round two, session 10, that neither the development set nor the earlier fixtures
// have: a district planning committee printed from a PDF (members in two space-aligned columns, names
// with particles and apostrophes, "Minute 24/101" headings, a running footer with its page number), a
// town council committee ("FGP/25/01" codes, apologies with their reasons inside the sentence), a parish
// council whose items are lettered "A.", "B.", "C." … Each fixture is invented for its test (names,
// places, wording); each test names the invariant it pins.
import { describe, expect, it } from "vitest";
import { parsePersonName } from "../../scripts/pipeline/names.ts";
import { findDates, findTimes } from "../../scripts/pipeline/parse/dates.ts";
import { names, parseText } from "./helpers.ts";

const DISTRICT_PLANNING = `BRACKENFORD DISTRICT COUNCIL

Minutes of a meeting of the Planning Committee held at the Civic Centre, Market Street, Brackenford on Wednesday, 15th of January 2025 commencing at 6.30 p.m.

Present:

Councillor P. van der Berg (Chairman)       Councillor S. O'Halloran
Councillor J. Smith-Whitley (Vice-Chairman) Councillor A. de la Cruz
Councillor R. J. T. Mbeki                   Councillor D'Arcy Pennington

Officers in attendance: M. Okonkwo-Reid (Head of Planning) and T. Brennan (Democratic Services Officer).

Minute 24/101  APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillors K. Lindqvist and H. St John-Stevas.

Minute 24/102  APPLICATION 24/0456/FUL – LAND AT HOLLOW LANE, ASHCOMBE

The Head of Planning presented the application for the erection of twelve dwellings. Members discussed the access arrangements and the loss of hedgerow.

RESOLVED: That planning permission be granted subject to the conditions set out in the report.

Planning Committee – 15 January 2025                                    Page 2 of 3

Minute 24/103  APPLICATION 24/0512/HOU – 4 THE GREEN, ASHCOMBE

The application was for a two storey side extension. Members noted the objection from the parish council.

It was agreed that the application be deferred for a site visit.

The meeting closed at 8.05 p.m.

Planning Committee – 15 January 2025                                    Page 3 of 3
`;

describe("names with particles and apostrophes, in members' lists set in space-aligned columns", () => {
  it("every member of a two-column list is read, whatever particles ('van der', 'de la') or apostrophes ('D'Arcy') their names carry", () => {
    const r = parseText(DISTRICT_PLANNING);
    expect(names(r, "present")).toEqual([
      "Councillor P. van der Berg",
      "Councillor S. O'Halloran",
      "Councillor J. Smith-Whitley",
      "Councillor A. de la Cruz",
      "Councillor R. J. T. Mbeki",
      "Councillor D'Arcy Pennington",
    ]);
    expect(r.attendance.find((a) => a.role === "chair")?.name).toBe("Councillor P. van der Berg");
    expect(r.attendance.find((a) => a.role === "vice-chair")?.name).toBe("Councillor J. Smith-Whitley");
  });

  it("a particle joins the surname after it and never stands for a name on its own", () => {
    const r = parseText(`ASHCOMBE TOWN COUNCIL

Minutes of the Finance Committee held on 3 February 2025 at 7.00pm at the Town Hall.

Present: Cllr Pieter van der Berg (Chair), Cllr Rhys ap Gwilym, Cllr Ali bin Hamad, Cllr Ana da Silva, Cllr T. O'Brien-Hale
In attendance: Mr Owen D'Souza (Responsible Financial Officer)

1. Minutes
The minutes of the last meeting were approved.
`);
    expect(names(r, "present")).toEqual(["Cllr Pieter van der Berg", "Cllr Rhys ap Gwilym", "Cllr Ali bin Hamad", "Cllr Ana da Silva", "Cllr T. O'Brien-Hale"]);
    expect(r.attendance.every((a) => a.title === null || a.title === "Responsible Financial Officer")).toBe(true);
    expect(names(r, "in-attendance")).toEqual(["Mr Owen D'Souza"]);
  });
});

describe("a running footer printed with its page number after a dash, a bar or 'of N'", () => {
  it("is page furniture, kept out of the item it falls in", () => {
    const r = parseText(DISTRICT_PLANNING);
    expect(r.items.map((i) => i.number)).toEqual(["24/101", "24/102", "24/103"]);
    expect(r.items.some((i) => /Page \d/.test(i.text))).toBe(false);
    expect(r.furniture.map((f) => f.text.replace(/\s+/g, " ").trim())).toEqual(["Planning Committee – 15 January 2025 Page 2 of 3", "Planning Committee – 15 January 2025 Page 3 of 3"]);
  });

  it("a footer between the two halves of a decision leaves the decision whole", () => {
    const r = parseText(`HARROWBY PARISH COUNCIL

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

1. FOOTPATH BEHIND THE SCHOOL
Members discussed the footpath. It was agreed that the Clerk write to the County Council
                                                       Harrowby Parish Council 12.03.25 – Page 2
asking for the footpath to be resurfaced.

2. DATE OF NEXT MEETING
9 April 2025.
`);
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["It was agreed that the Clerk write to the County Council asking for the footpath to be resurfaced."]);
    expect(r.furniture.map((f) => f.text.trim())).toEqual(["Harrowby Parish Council 12.03.25 – Page 2"]);
  });

  it("a sentence that mentions a page is not a footer", () => {
    const r = parseText(`HARROWBY PARISH COUNCIL

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

1. NEIGHBOURHOOD PLAN
The Clerk reported that the consultation response is summarised on Page 2.

2. DATE OF NEXT MEETING
9 April 2025.
`);
    expect(r.furniture).toEqual([]);
    expect(r.items[0]!.text).toContain("summarised on Page 2.");
  });
});

describe("apologies with their reasons inside the sentence", () => {
  it("a reason in a clause of its own (', who was unwell,', 'due to …', 'owing to …') does not hide the next name", () => {
    const r = parseText(`ASHCOMBE TOWN COUNCIL

MINUTES OF THE FINANCE AND GENERAL PURPOSES COMMITTEE

Date: 03.02.2025
Time: 7.00pm

FGP/25/01 To receive apologies for absence
Apologies were received from Cllr Nina Oduya, who was unwell, and from Cllr Gareth Pryce-Jones.

FGP/25/02 To receive apologies from co-opted members
Apologies were received from Mrs Jane Penn due to work commitments and Mr Brian Ross.

FGP/25/03 Bank reconciliation
RESOLVED that the bank reconciliation be accepted.
`);
    expect(names(r, "apologies")).toEqual(["Cllr Nina Oduya", "Cllr Gareth Pryce-Jones", "Mrs Jane Penn", "Mr Brian Ross"]);
    expect(r.attendance.every((a) => a.title === null)).toBe(true);
  });
});

const LETTERED_PARISH = `Harrowby Parish Council

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

Present: Cllrs R. Okafor (Chairman), E. Vasquez, T. O'Brien-Hale, M. Fitzgerald, L. Nguyen
In attendance: Mrs P. Hollis (Clerk), 4 members of the public

A. APOLOGIES FOR ABSENCE
Cllr K. Lindgren (holiday) and Cllr S. Patel (work).

B. DECLARATIONS OF INTEREST
None.

C. PUBLIC PARTICIPATION
A resident raised the state of the footpath behind the school.

D. FOOTPATH BEHIND THE SCHOOL
Members discussed the footpath. It was agreed that the Clerk write to the County Council.

E. DATE OF NEXT MEETING
9 April 2025.
`;

describe("items lettered 'A.', 'B.', 'C.' …", () => {
  it("a run of capital letters from A, each before a title, numbers the items", () => {
    const r = parseText(LETTERED_PARISH);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["A", "Apologies for Absence"],
      ["B", "Declarations of Interest"],
      ["C", "Public Participation"],
      ["D", "Footpath Behind the School"],
      ["E", "Date of Next Meeting"],
    ]);
    expect(names(r, "apologies")).toEqual(["Cllr K. Lindgren", "Cllr S. Patel"]);
    expect(r.items[3]!.resolutions).toHaveLength(1);
  });

  it("initials opening lines of a list ('A. Okafor', 'B. Vasquez', 'C. Nguyen') are not lettered items", () => {
    const r = parseText(`Harrowby Parish Council

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

Present:
A. Okafor (Chairman)
B. Vasquez
C. Nguyen, Vice-Chairman
D. Fitzgerald

1. MINUTES
The minutes of the last meeting were approved.

2. FINANCE
The payments list was approved.
`);
    expect(r.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(names(r, "present")).toEqual(["A. Okafor", "B. Vasquez", "C. Nguyen", "D. Fitzgerald"]);
  });

  it("letters that skip from the run ('A.', 'B.', 'D.') are items only as far as the run goes unbroken, and not at all under three", () => {
    const r = parseText(`Harrowby Parish Council

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

A. APOLOGIES FOR ABSENCE
None.

B. MINUTES
The minutes were approved.

D. FINANCE
The payments list was approved.
`);
    expect(r.items).toEqual([]);
  });
});

const NUMBER_AFTER_TITLE = `NORTH LANGDALE COUNCIL

LICENSING AND REGULATORY COMMITTEE

MINUTES

Date of meeting: January 14, 2025
Start: 19:00   Finish: 20:35
Place: Council Chamber, Langdale House, Kirkby Road

Members present
Cllr Ewan MacLeod (Chair)
Cllr Hannah Øvergaard
Cllr Jean-Luc Marchetti

Apologies
Cllr Tariq Aziz

APOLOGIES FOR ABSENCE (Agenda Item 1)
As listed above.

MINUTES OF THE LAST MEETING (Agenda Item 2)
The minutes of the meeting held on 10 December 2024 were agreed as a correct record.

TAXI LICENSING POLICY REVIEW (Agenda Item 3)
The Licensing Manager presented the draft policy. Members were broadly supportive.
Resolved unanimously: that the draft policy be published for consultation for eight weeks.

STREET TRADING FEES – Item 4
The Committee considered the proposed fees.
UNANIMOUSLY AGREED that the fees set out in Appendix A be approved from 1 April 2025.
`;

describe("item numbers printed after their titles", () => {
  it("'TITLE (Agenda Item 3)' and 'Title – Item 4' are items numbered as the label says, with the title before it", () => {
    const r = parseText(NUMBER_AFTER_TITLE);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Apologies for Absence"],
      ["2", "Minutes of the Last Meeting"],
      ["3", "Taxi Licensing Policy Review"],
      ["4", "Street Trading Fees"],
    ]);
    expect(r.committee?.name).toBe("Licensing and Regulatory Committee");
  });

  it("a number in a title without an item label ('Phase 2', 'Review (3)') numbers nothing", () => {
    const r = parseText(`NORTH LANGDALE COUNCIL

LICENSING AND REGULATORY COMMITTEE

Minutes of the meeting held on 14 January 2025.

Taxi Licensing Policy Review (3)
The Licensing Manager presented the draft policy.

Street Trading Phase 2
The Committee considered the proposed fees.

Market Charter Fair (4)
The Committee noted the dates.
`);
    expect(r.items.filter((i) => i.number !== null)).toEqual([]);
  });
});

describe("decision labels qualified after the word ('Resolved unanimously:', 'Agreed by a majority –')", () => {
  it("open a decision on a line of their own inside a paragraph, as 'Resolved (unanimously):' does", () => {
    const r = parseText(NUMBER_AFTER_TITLE);
    expect(r.items[2]!.resolutions.map((x) => x.text)).toEqual(["that the draft policy be published for consultation for eight weeks."]);
    expect(r.items[3]!.resolutions.map((x) => x.text)).toEqual(["that the fees set out in Appendix A be approved from 1 April 2025."]);
  });
});

describe("the meeting's times and date from the header's own labels", () => {
  it("'Start: 19:00   Finish: 20:35' gives both times", () => {
    const r = parseText(NUMBER_AFTER_TITLE);
    expect([r.date, r.startTime, r.endTime]).toEqual(["2025-01-14", "19:00", "20:35"]);
  });

  it("'Time: 7.00pm – 8.45pm' gives the start and the end; a single time gives no end", () => {
    const head = (time: string) => `HARROWBY PARISH COUNCIL

Minutes of the Parish Council Meeting
Date: 12 March 2025
${time}
Venue: Village Hall

1. MINUTES
The minutes were approved.

2. FINANCE
The payments list was approved.
`;
    const ranged = parseText(head("Time: 7.00pm – 8.45pm"));
    expect([ranged.startTime, ranged.endTime]).toEqual(["19:00", "20:45"]);
    const single = parseText(head("Time: 7.00pm"));
    expect([single.startTime, single.endTime]).toEqual(["19:00", null]);
  });

  it("an ISO date ('2025-03-18') is the meeting's date, and a council named in capitals beside words in lower case is found", () => {
    const r = parseText(`MIDCASTER CITY COUNCIL
AUDIT COMMITTEE
Minutes – 2025-03-18

Members: Councillor Ruth Ellingham (Chair), Councillor Desmond Achebe

1 Apologies
1.1 Apologies were received from Councillor Joan Partridge.

2 External Audit Plan 2024/25
2.1 DECISION: The Committee approved the External Audit Plan.
`);
    expect(r.date).toBe("2025-03-18");
    expect(r.council?.name).toBe("Midcaster City Council");
    expect(r.committee?.name).toBe("Audit Committee");
  });
});

describe("names as councils style them: honours after the name, the office before it, hyphens and prefixes", () => {
  const COUNCIL_MEETING = `KELLINGHOLM BOROUGH COUNCIL

Minutes of the Meeting of the Council held on 26 February 2025 at 7.00 pm in the Council Chamber.

Present: The Mayor (Councillor Tom Fenwick) in the Chair; Councillor Jane Smith MBE (Deputy Mayor); Councillor Dr Anil Kapoor OBE; Councillor J. McDonald-Smythe; Councillor Ahmed el-Sayed; Councillor Ellen St. Clair; Councillor Karen Lowe JP, DL.

In attendance:
Chief Executive: Sarah Penrose
Monitoring Officer: Daniel Osei

1. APOLOGIES
Apologies were received from Councillor Brian Hurst.

2. COUNCIL TAX 2025/26
RESOLVED that the council tax for 2025/26 be set as recommended by Cabinet.
`;

  it("honours after a name (MBE, OBE, JP, DL) are neither the name nor the office", () => {
    const r = parseText(COUNCIL_MEETING);
    expect(names(r, "present")).toEqual([
      "Councillor Tom Fenwick",
      "Councillor Jane Smith",
      "Councillor Dr Anil Kapoor",
      "Councillor J. McDonald-Smythe",
      "Councillor Ahmed el-Sayed",
      "Councillor Ellen St. Clair",
      "Councillor Karen Lowe",
    ]);
    expect(r.attendance.filter((a) => a.status === "present").map((a) => a.title)).not.toContain("OBE");
    expect(r.attendance.find((a) => a.name === "Councillor Karen Lowe")?.title).toBeNull();
  });

  it("'The Mayor (Councillor X) in the Chair' makes X the chair", () => {
    const r = parseText(COUNCIL_MEETING);
    expect(r.attendance.filter((a) => a.role === "chair").map((a) => a.name)).toEqual(["Councillor Tom Fenwick"]);
  });

  it("'Office: Name' lines under 'In attendance' name the officer with the office as title", () => {
    const r = parseText(COUNCIL_MEETING);
    expect(r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title])).toEqual([
      ["Sarah Penrose", "Chief Executive"],
      ["Daniel Osei", "Monitoring Officer"],
    ]);
  });
});

describe("dates and times in the other forms clerks write them", () => {
  it("'the 14th day of January 2025', 'the twenty-third of May 2025', '5-Feb-2025' and 'Feb. 5th, 2025' are dates", () => {
    expect(findDates("Tuesday the 14th day of January 2025").map((d) => d.iso)).toEqual(["2025-01-14"]);
    expect(findDates("held on the twenty-third of May 2025").map((d) => d.iso)).toEqual(["2025-05-23"]);
    expect(findDates("Meeting date: 5-Feb-2025").map((d) => d.iso)).toEqual(["2025-02-05"]);
    expect(findDates("Wednesday, Feb. 5th, 2025").map((d) => d.iso)).toEqual(["2025-02-05"]);
  });

  it("a 24-hour time with a stop is a time with 'hrs' after it or after 'at'/'from' for an afternoon hour, never an amount or a duration", () => {
    expect(findTimes("commencing at 19.00").map((t) => t.hhmm)).toEqual(["19:00"]);
    expect(findTimes("from 14.30 to 16.05").map((t) => t.hhmm)).toEqual(["14:30", "16:05"]);
    expect(findTimes("Time: 1830 hrs").map((t) => t.hhmm)).toEqual(["18:30"]);
    expect(findTimes("a fee of £19.00, a rise of 2.50 hours, 1,200 hours of work, at 13.5% and at 19.50 per cent")).toEqual([]);
  });

  it("a meeting dated in ordinal words and timed in 24-hour figures gives its date and times", () => {
    const r = parseText(`THE PARISH COUNCIL OF UPPER WENDLE

Minutes of the Annual Meeting of the Parish Council held on Tuesday the thirteenth day of May 2025 at 19.30 hrs in the Reading Room.

1. ELECTION OF CHAIRMAN
Cllr Moss was elected Chairman for the year.

2. APOLOGIES
None.

The meeting closed at 21.05.
`);
    expect([r.date, r.startTime, r.endTime]).toEqual(["2025-05-13", "19:30", "21:05"]);
  });
});

describe("decisions in the plain words of a town council's clerk", () => {
  const ENVIRONMENT = `WESTBRIDGE TOWN COUNCIL

Minutes of the Environment Committee held on 9 April 2025 at 7pm at the Guildhall.

Present: Cllr A. Moss (Chair), Cllr B. Ncube, Cllr C. Oduya

1. Allotments
The committee noted the report on allotment waiting lists.

2. Litter Picking
Councillors agreed to buy twenty litter pickers at a cost of £180.

3. Grass Cutting Contract
Noted.

4. Christmas Lights
After discussion it was moved by Cllr Moss, seconded by Cllr Ncube, and on being put to the vote the motion was CARRIED that the Christmas lights contract be renewed for three years.

5. Bus Shelters
RECOMMENDATION TO FULL COUNCIL: that two new bus shelters be installed on Station Road.

6. Pond Management
The committee decided to defer the item to the next meeting.

7. Footpaths
Members noted that the footpath by the church had been repaired by the County Council.
`;

  it("each item's decision is found: the body in lower case, 'Councillors agreed', a bare 'Noted.', 'the motion was CARRIED that …', 'RECOMMENDATION TO FULL COUNCIL:'", () => {
    const r = parseText(ENVIRONMENT);
    expect(r.items.slice(0, 6).map((i) => i.resolutions.map((x) => x.text.slice(0, 40)))).toEqual([
      ["The committee noted the report on allotm"],
      ["Councillors agreed to buy twenty litter "],
      ["Noted."],
      ["After discussion it was moved by Cllr Mo"],
      ["RECOMMENDATION TO FULL COUNCIL: that two"],
      ["The committee decided to defer the item "],
    ]);
    expect(r.items[4]!.resolutions[0]!.kind).toBe("recommendation");
    // "TO FULL COUNCIL" names where it goes: no letter of it is a part's marker.
    expect(r.items[4]!.resolutions[0]!.marker).toBeNull();
  });

  it("members who 'noted that …' something observed it: no decision", () => {
    const r = parseText(ENVIRONMENT);
    expect(r.items[6]!.resolutions).toEqual([]);
  });

  it("'Recommendations:' before a list is a lead-in, not a recommendation lettered 's'", () => {
    const r = parseText(`KELLINGHOLM BOROUGH COUNCIL

Report to Cabinet, 4 February 2025

Recommendations: Cabinet is asked to:

(a) approve the revised Local Development Scheme;
(b) note the timetable for consultation.
`);
    const all = [...r.items.flatMap((i) => i.resolutions), ...(r.resolutions ?? [])];
    expect(all.map((x) => x.marker)).not.toContain("s");
    expect(all.some((x) => /^Recommendations:/.test(x.text))).toBe(false);
  });
});

describe("a decision cut by a page break", () => {
  const page = (after: string) => `SOUTH FENWICK DISTRICT COUNCIL

Minutes of the Overview and Scrutiny Committee held on 3 June 2025 at 6.00 pm in the Council Chamber, Fenwick House.

Minute 25/1
Declarations of Interest
None were declared.

Minute 25/2
Housing Repairs Performance
The Cabinet Member for Housing introduced the report. Members raised the backlog of damp and mould cases.

RESOLVED that the Committee recommends to Cabinet that the damp and mould
                                  - 2 -
${after}

Minute 25/3
Work Programme
AGREED: That the work programme be approved.
`;

  it("resumes on the next page with a capitalised word: the decision is whole and the page number furniture", () => {
    const r = parseText(page("Action Plan be published quarterly."));
    expect(r.items[1]!.resolutions.map((x) => x.text)).toEqual(["that the Committee recommends to Cabinet that the damp and mould Action Plan be published quarterly."]);
    expect(r.furniture.map((f) => f.text.trim())).toEqual(["- 2 -"]);
  });

  it("a labelled paragraph after the break ('Note: …') starts afresh: the decision is not run on into it", () => {
    const r = parseText(page("Note: the Action Plan is published on the council's website."));
    expect(r.items[1]!.resolutions.map((x) => x.text)).toEqual(["that the Committee recommends to Cabinet that the damp and mould"]);
  });
});

const COMMUNITY_COUNCIL = `ORMSBY AND DISTRICT COMMUNITY COUNCIL

Minutes of the meeting held on Thursday 8 May 2025, 7.30pm, Ormsby Community Centre

Name                      Role                     Attendance
Cllr Fiona Gallacher      Chair                    Present
Cllr Hamish Drummond      Vice-Chair               Present
Cllr Isla Kowalczyk       Treasurer                Apologies
Cllr Jamie O'Rourke       Member                   Present
Cllr Kirsty van Rensburg  Member                   Absent

Also in attendance were Mrs Laura Petrie (Clerk) and Mr Mark Sneddon (Police Scotland).

1. Welcome and apologies
The Chair welcomed everyone. Cllr Drummond reported that Cllr Tam Baird had sent his apologies. Apologies: Cllrs Alan Reid and Bryony Muir (both on holiday).

2. Police report
Mr Sneddon gave the police report.
`;

describe("a community council's own meeting", () => {
  it("'<Place> and District Community Council' is the council, and its 'Minutes of the meeting held on …' are the council's own meeting", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect(r.council?.name).toBe("Ormsby and District Community Council");
    expect(r.committee?.name).toBe("Council");
  });

  it("the venue after the date and time, named without 'at' or 'in', is found", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect([r.date, r.startTime, r.venue]).toEqual(["2025-05-08", "19:30", "Ormsby Community Centre"]);
  });

  it("a member reporting another's apologies sent none: the apology is the other member's", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect(names(r, "apologies")).toContain("Cllr Tam Baird");
    expect(names(r, "apologies")).not.toContain("Cllr Drummond");
  });

  it("'Apologies: <names>' as a sentence inside a paragraph gives the names, their shared reason no title", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect(names(r, "apologies")).toEqual(expect.arrayContaining(["Alan Reid", "Bryony Muir"]));
    expect(r.attendance.filter((a) => a.status === "apologies").every((a) => a.title === null || a.title === "Treasurer")).toBe(true);
  });

  it("'Also in attendance were …' names those in attendance, with their offices", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect(r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title])).toEqual([
      ["Mrs Laura Petrie", "Clerk"],
      ["Mr Mark Sneddon", "Police Scotland"],
    ]);
  });

  it("'Member' in the role column is no office; an absent member is not present", () => {
    const r = parseText(COMMUNITY_COUNCIL);
    expect(r.attendance.find((a) => a.name === "Cllr Jamie O'Rourke")?.title).toBeNull();
    expect(r.attendance.some((a) => a.name.includes("van Rensburg") && a.status === "present")).toBe(false);
  });

  it("a district council's 'Minutes of the meeting held on …' with no body named names no committee", () => {
    const r = parseText(COMMUNITY_COUNCIL.replace("ORMSBY AND DISTRICT COMMUNITY COUNCIL", "ORMSBY DISTRICT COUNCIL"));
    expect(r.committee).toBeNull();
  });
});

describe("a planning committee's record of each application", () => {
  const PLANNING = `LAKEMOOR BOROUGH COUNCIL

PLANNING APPLICATIONS COMMITTEE

Minutes of the meeting held on 2 July 2025 at 6.30 pm at Lakemoor Town Hall, Lakemoor.

Present: Councillors Norah Quist (Chair), Omar Rahim (Vice-Chair), Petra Sousa and Una Vickers

56. APPLICATION 25/0101/FUL – 12 MARSH ROAD, LAKEMOOR LM4 7QS
Proposal: Change of use to a house in multiple occupation.
Officer recommendation: Approve subject to conditions.
Decision: Refused, on the grounds of the loss of a family dwelling.

57. APPLICATION 25/0144/HOU – 3 WILLOW CLOSE ON THE 1ST FLOOR
Proposal: Single storey rear extension.
Officer recommendation: Approve.
Outcome: Approved as recommended.
`;

  it("a title printed in capitals keeps its references and postcode as printed ('25/0101/FUL', 'LM4 7QS'); ordinals are words", () => {
    const r = parseText(PLANNING);
    expect(r.items.map((i) => i.title)).toEqual(["Application 25/0101/FUL – 12 Marsh Road, Lakemoor LM4 7QS", "Application 25/0144/HOU – 3 Willow Close on the 1st Floor"]);
  });

  it("'Outcome:' opening a line records the decision; the officer's recommendation is not one", () => {
    const r = parseText(PLANNING);
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([["Refused, on the grounds of the loss of a family dwelling."], ["Approved as recommended."]]);
  });

  it("the stop that ends the meeting's sentence is not part of the venue", () => {
    expect(parseText(PLANNING).venue).toBe("Lakemoor Town Hall, Lakemoor");
  });
});

describe("labels written the way working groups and committees vary them", () => {
  it("'NOTED –' opening a paragraph is the group's decision, as 'AGREED –' is", () => {
    const r = parseText(`FENMOUTH DISTRICT COUNCIL

Climate Action Member Working Group – notes of the meeting held on 4 June 2025

Present: Cllr R. Abbott (Chair), Cllr S. Bhatt

1. Carbon baseline
JK presented the updated carbon baseline for the council's estate.

NOTED – the updated carbon baseline and the methodology used to calculate it.

2. Solar canopies
AGREED – that officers prepare a business case for solar canopies at the depot.
`);
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([
      ["the updated carbon baseline and the methodology used to calculate it."],
      ["that officers prepare a business case for solar canopies at the depot."],
    ]);
  });

  it("'NOTED' inside a sentence in capitals for emphasis, with no dash or colon, is not a label", () => {
    const r = parseText(`FENMOUTH DISTRICT COUNCIL

Minutes of the Audit Committee held on 4 June 2025

1. Internal audit
NOTED by the auditor was a rise in overdue actions.
RESOLVED that the report be received.

2. Work programme
RESOLVED that the work programme be approved.
`);
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["that the report be received."]);
  });

  it("'Also present for Item 4:' names who attended for part of the meeting", () => {
    const r = parseText(`FENMOUTH DISTRICT COUNCIL

Minutes of the Licensing Committee held on 4 June 2025

Present: Cllr R. Abbott (Chair), Cllr S. Bhatt

Also present for Item 4:  Councillor Tomas Eklund (Ward Member)

1. Minutes
The minutes were approved.

2. Taxi fares
RESOLVED that the fares be increased by 3 per cent.
`);
    expect(r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title])).toEqual([["Councillor Tomas Eklund", "Ward Member"]]);
  });

  it("a report's 'The Panel was supported by <name>, <office>.' names its officer; an office with no name names no one", () => {
    const text = (who: string) => `FENMOUTH DISTRICT COUNCIL

Report of the Fly-tipping Task and Finish Panel

Membership

Councillor Rhiannon Blake
Councillor Dev Malhotra

The Panel was supported by ${who}.

1. Introduction

1.1 The Panel was set up to review the council's response to fly-tipping.
`;
    const r = parseText(text("Siobhan Kerrigan, Scrutiny Officer"));
    expect(r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title])).toEqual([["Siobhan Kerrigan", "Scrutiny Officer"]]);
    expect(parseText(text("the Democratic Services team, Legal Services")).attendance.filter((a) => a.status === "in-attendance")).toEqual([]);
  });
});

describe("a heading printed inside the previous item's last sentence, its decision after it", () => {
  it("the decision after the sentence's end is the previous item's, and the item's own text starts after it", () => {
    const r = parseText(`HOLLINGTON DISTRICT COUNCIL

Minutes of the Planning Committee held on 12 March 2025 at 10.00 am in the Council Chamber, Hollington.

Present: Councillors Ada Pryce (Chairman), Ben Quirke and Cara Rowe

7.   25/00101/HOU – 2 ELM WAY, HOLLINGTON

Single-storey rear extension.

Members noted that the extension would be screened by the existing fence and would
8.   25/00188/FUL – THE OLD DAIRY, MILL LANE
not overlook the neighbouring garden.

RESOLVED: That planning permission be GRANTED.

Conversion of a redundant dairy building to two holiday lets, with parking in the former yard.

The Principal Planning Officer presented the report, and the applicant's agent addressed the Committee.

RESOLVED: That planning permission be REFUSED on the grounds of highway safety.
`);
    expect(r.items.map((i) => i.number)).toEqual(["7", "8"]);
    expect(r.items[0]!.text).toContain("would not overlook the neighbouring garden.");
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["That planning permission be GRANTED."]);
    expect(r.items[1]!.text.startsWith("Conversion of a redundant dairy building")).toBe(true);
    expect(r.items[1]!.resolutions.map((x) => x.text)).toEqual(["That planning permission be REFUSED on the grounds of highway safety."]);
  });
});

describe("members listed surname first, their initials after ('Harper M (Chair)')", () => {
  const STANDARDS = `EASTLING BOROUGH COUNCIL

Minutes of the Standards Committee held on 10 February 2025 at 2.00 pm in Room 3, Eastling Civic Offices.

Councillors: Harper M (Chair), Ibrahim S (Vice-Chair), Jennings T, O'Dowd R

Officers: Lamb P (Monitoring Officer)

Apologies: Councillor Nolan B

1. Minutes
RESOLVED that the minutes of the meeting held on 11 November 2024 be approved.

2. Complaints update
RESOLVED that the update be noted.
`;

  it("each entry is one person named as written, with the role or office in brackets", () => {
    const r = parseText(STANDARDS);
    expect(r.attendance.map((a) => [a.status, a.name, a.role, a.title])).toEqual([
      ["present", "Harper M", "chair", null],
      ["present", "Ibrahim S", "vice-chair", null],
      ["present", "Jennings T", null, null],
      ["present", "O'Dowd R", null, null],
      ["in-attendance", "Lamb P", null, "Monitoring Officer"],
      ["apologies", "Councillor Nolan B", null, null],
    ]);
    // The honorific and surname are not a second person without the initial.
    expect(r.people.map((p) => p.name)).not.toContain("Councillor Nolan");
  });

  it("reads as the surname and the initials it gives: 'Harper M' is M Harper", () => {
    expect(parsePersonName("Harper M")).toMatchObject({ surname: "Harper", initials: ["M"] });
    expect(parsePersonName("Councillor O'Dowd R J")).toMatchObject({ surname: "O'Dowd", initials: ["R", "J"] });
    expect(parsePersonName("Harper Mills")).toMatchObject({ surname: "Mills" });
  });

  it("a word and a letter that label a thing ('Appendix A', 'Option B') are nobody", () => {
    const r = parseText(STANDARDS.replace("Officers: Lamb P (Monitoring Officer)", "Officers: Appendix A, Option B"));
    expect(r.attendance.filter((a) => a.status === "in-attendance")).toEqual([]);
  });
});

describe("item numbers written '(3)', 'No. 3' and '3.0'", () => {
  const minutes = (n: (k: number) => string) => `TESTON PARISH COUNCIL

Minutes of the meeting of the Parish Council held on 5 March 2025 at 7pm in the Village Hall.

${n(1)} APOLOGIES
None.

${n(2)} MINUTES
The minutes of the last meeting were approved.

${n(3)} FINANCE
RESOLVED:
(1) That the payments be approved.
(2) That the bank reconciliation be noted.
`;

  it("each numbers the items, the number as written less its label or brackets", () => {
    expect(parseText(minutes((k) => `(${k})`)).items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(parseText(minutes((k) => `No. ${k}`)).items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(parseText(minutes((k) => `${k}.0`)).items.map((i) => i.number)).toEqual(["1.0", "2.0", "3.0"]);
  });

  it("a decision label under a title in capitals is the item's text, not the title's second line", () => {
    const r = parseText(minutes((k) => `${k}.`));
    expect(r.items[2]!.title).toBe("Finance");
    expect(r.items[2]!.resolutions.map((x) => [x.kind, x.marker, x.text])).toEqual([
      ["resolved", "1", "That the payments be approved."],
      ["resolved", "2", "That the bank reconciliation be noted."],
    ]);
  });

  it("numbers in brackets that start again in each item are a decision's parts, not items", () => {
    const r = parseText(`TESTON PARISH COUNCIL

Minutes of the meeting of the Parish Council held on 5 March 2025 at 7pm in the Village Hall.

(1) PLAY AREA
(2) FENCING

(1) GRASS CUTTING
(2) HEDGES
`);
    expect(r.items.filter((i) => i.number !== null)).toEqual([]);
  });
});

describe("a parish council's views on the applications it lists", () => {
  it("an application listed with the council's view after it ('No objection.', 'The Council objects …') is a decision; a bare description is not", () => {
    const r = parseText(`HARROWBY PARISH COUNCIL

Minutes of the Parish Council Meeting held on 12 March 2025 at 7.30pm in the Village Hall

1. APOLOGIES
None.

2. PLANNING
(i) 25/00312 – 14 Mill Lane – single storey rear extension. No objection.
(ii) 25/00340 – Land off Church Road – two dwellings. The Council objects on grounds of access.
(iii) 25/00377 – 2 Brook Cottages – replacement windows. Noted that the application has been withdrawn.
(iv) 25/00390 – The Forge – listed building consent, received after the agenda was published.
`);
    expect(r.items[1]!.resolutions.map((x) => [x.marker, x.text.slice(0, 30)])).toEqual([
      ["i", "25/00312 – 14 Mill Lane – sing"],
      ["ii", "25/00340 – Land off Church Roa"],
    ]);
  });
});
