// Layouts written for round two, session 8, that neither the development set nor the earlier fixtures
// have: a Scottish committee's minute (Sederunt, Convener, "Decision", a division between motion and
// amendment), a town council's minutes written as a table of minute numbers, and a district panel
// with bulleted lists, several levels of numbering and a two-digit year. Each fixture is invented
// for its test (names, places, wording); each test names the invariant it pins.
import { describe, expect, it } from "vitest";
import { findDates } from "../../scripts/pipeline/parse/dates.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { names, parseText } from "./helpers.ts";

const SCOTTISH_MINUTE = `GLENBRAE COUNCIL

EDUCATION AND LEISURE COMMITTEE

MINUTE of MEETING of the EDUCATION AND LEISURE COMMITTEE held in the Council Chambers, Burgh Buildings, Kilmorran, on Tuesday 3rd March 2026 at 10.00 am.

Sederunt:
Provost Alisdair McVey
Councillor Morag Dunleavy (Convener)
Councillor Iain Rutherglen (Vice-Convener)
Bailie Fiona Strachan
Councillor Shona Abernethy

In attendance:
Kirsty Loudon, Executive Director of Education
Callum Ferrie – Head of Leisure Services

Apologies:
Councillor Niall Gourlay

Convener:
Councillor Morag Dunleavy presided.

1. SCHOOL ESTATE CONDITION SURVEY

There was submitted a report by the Executive Director of Education on the condition survey of the school estate.

Decision

The Committee agreed:-

(a) to note the findings of the condition survey;
(b) to approve the programme of works set out in Appendix 2; and
(c) to request a further report on funding options.

2. KILMORRAN POOL OPENING HOURS

There was submitted a report by the Head of Leisure Services proposing revised opening hours.

Councillor Abernethy, seconded by Bailie Strachan, moved that the revised hours be approved.

Councillor Rutherglen, seconded by Provost McVey, moved as an amendment that the existing hours be retained until the end of the school session.

On a division there voted for the amendment 2 and for the motion 3 and the motion was accordingly carried.

Decision

The Committee approved the revised opening hours with effect from 1st April 2026.
`;

describe("a Scottish committee's minute: Sederunt, Convener, a division between motion and amendment", () => {
  it("'Convener: / X presided.' after the lists makes X the chair and adds no one to the apologies", () => {
    const r = parseText(SCOTTISH_MINUTE);
    expect(names(r, "apologies")).toEqual(["Councillor Niall Gourlay"]);
    expect(r.attendance.filter((a) => a.role === "chair").map((a) => a.name)).toEqual(["Councillor Morag Dunleavy"]);
    expect(r.attendance.filter((a) => a.name === "Councillor Morag Dunleavy")).toHaveLength(1);
  });

  it("'X, seconded by Y, moved as an amendment' is an amendment, and 'there voted for the amendment 2 and for the motion 3' gives each question its votes for", () => {
    const r = parseText(SCOTTISH_MINUTE);
    const votes = r.items[1]!.resolutions[0]!.votes ?? [];
    const amendment = votes.find((v) => v.motion === "amendment");
    const motion = votes.find((v) => v.motion === "motion");
    expect(amendment?.mover?.name).toBe("Councillor Rutherglen");
    expect(amendment?.counts.for).toBe(2);
    expect(motion?.mover?.name).toBe("Councillor Abernethy");
    expect(motion?.counts.for).toBe(3);
    expect(motion?.outcome).toBe("carried");
    // Nothing inferred: the amendment's outcome is not stated.
    expect(amendment?.outcome).toBeNull();
  });

  it("the lettered parts after 'The Committee agreed:-' are each a decision, the lead-in none", () => {
    const r = parseText(SCOTTISH_MINUTE);
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["to note the findings of the condition survey", "to approve the programme of works set out in Appendix 2", "to request a further report on funding options."]);
  });
});

const TOWN_MINUTES_TABLE = `HARTSWELL TOWN COUNCIL

Minutes of the Meeting of the Full Council held on 03/03/2026 at 7.00pm at Hartswell Town Hall, Market Square

Present: Cllr P. Ashdown (Town Mayor, Chairman), Cllr R. Bellweather (Deputy Mayor), Cllr S. Crane, Cllr K. Fenn (Deputy Mayor elect, ex officio)

In Attendance: Mrs J. Hollis – Town Clerk; 4 members of the public

Minute No.\tItem\tDecision
26/101\tApologies for absence\tApologies were received and accepted from Cllr M. Gadd (work) and Cllr L. Hurst (illness).
26/102\tDeclarations of interest\tNone.
26/103\tMinutes of the meeting held on 3 February 2026\tRESOLVED that the minutes be approved and signed as a correct record.
26/104\tPublic participation\tA resident raised concerns about parking on Church Lane.
26/105\tChristmas lights contract\tRESOLVED to award the 2026 contract to the lowest tender received.

The meeting closed at 8.15pm.

Signed .............................................. Chairman        Date .......................
`;

describe("a town council's minutes written as a table, one minute a row", () => {
  it("each row is an item: the number column its number, the item column its title, the decision column its text", () => {
    const r = parseText(TOWN_MINUTES_TABLE);
    expect(r.items.map((i) => i.number)).toEqual(["26/101", "26/102", "26/103", "26/104", "26/105"]);
    expect(r.items.map((i) => i.title)).toEqual(["Apologies for absence", "Declarations of interest", "Minutes of the meeting held on 3 February 2026", "Public participation", "Christmas lights contract"]);
    expect(r.items[3]!.text).toBe("A resident raised concerns about parking on Church Lane.");
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([[], [], ["that the minutes be approved and signed as a correct record."], [], ["to award the 2026 contract to the lowest tender received."]]);
  });

  it("the header row is furniture and every word of the table is still on the page", () => {
    const r = parseText(TOWN_MINUTES_TABLE);
    expect(r.furniture.map((f) => f.text)).toContain("Minute No.\tItem\tDecision");
    expect(checkCoverage(TOWN_MINUTES_TABLE, r).missing).toEqual([]);
  });

  it("a table whose first column is not headed as minute numbers stays a table in the preamble", () => {
    const text = TOWN_MINUTES_TABLE.replace("Minute No.\tItem\tDecision", "Budget line\tItem\tDecision");
    expect(parseText(text).items).toEqual([]);
  });

  it("apologies 'received and accepted from' are read, and a reason for absence in brackets is nobody's title", () => {
    const r = parseText(TOWN_MINUTES_TABLE);
    expect(r.attendance.filter((a) => a.status === "apologies").map((a) => [a.name, a.title])).toEqual([
      ["Cllr M. Gadd", null],
      ["Cllr L. Hurst", null],
    ]);
  });

  it("'(Town Mayor, Chairman)' is the chair with the office as title; a Mayor's office beside anything else is no role", () => {
    const r = parseText(TOWN_MINUTES_TABLE);
    const by = (n: string) => r.attendance.find((a) => a.name === n)!;
    expect([by("Cllr P. Ashdown").role, by("Cllr P. Ashdown").title]).toEqual(["chair", "Town Mayor"]);
    expect([by("Cllr K. Fenn").role, by("Cllr K. Fenn").title]).toEqual([null, "Deputy Mayor elect, ex officio"]);
  });
});

const DISTRICT_PANEL = `FERNLEY DISTRICT COUNCIL

COMMUNITIES SCRUTINY PANEL

Minutes of a meeting held at the Civic Offices, Fernley on 3 Mar 26 commencing at 2.00 pm

PRESENT:
Cllr A. Quayle (Chair)
Cllr B. Ormerod (Vice-Chair)
Cllr C. Pemberton
Cllr E. Sowerby (substitute for Cllr F. Thackray)

APOLOGIES:
- Cllr F. Thackray (substitute: Cllr E. Sowerby)
- Cllr J. Wainwright

1. MINUTES

1.1 The minutes of the meeting held on 13 January 2026 were confirmed as a correct record.

2. ALLOTMENT RENTS

2.1 The Panel considered proposed increases to allotment rents: (a) a flat increase of 5%; or (b) an increase of 3% with a concession for those over 65.

RESOLVED: (a) that option (b) be recommended to Cabinet; (b) that the concession be reviewed after one year.

3. WORK PROGRAMME

The Panel NOTED the work programme.
`;

describe("a district panel: bulleted lists, lettered decisions on one line, a two-digit year", () => {
  it("a bulleted list under 'APOLOGIES:' gives its names; the substitute named in brackets is neither the name nor the title", () => {
    const r = parseText(DISTRICT_PANEL);
    expect(r.attendance.filter((a) => a.status === "apologies").map((a) => [a.name, a.title])).toEqual([
      ["Cllr F. Thackray", null],
      ["Cllr J. Wainwright", null],
    ]);
    expect(names(r, "present")).toEqual(["Cllr A. Quayle", "Cllr B. Ormerod", "Cllr C. Pemberton", "Cllr E. Sowerby"]);
  });

  it("'3 Mar 26' is the meeting's date, and the venue before it is found", () => {
    const r = parseText(DISTRICT_PANEL);
    expect(r.date).toBe("2026-03-03");
    expect(r.venue).toBe("The Civic Offices, Fernley");
  });

  it("'RESOLVED: (a) that option (b) be …; (b) that …' has two parts: a letter referring to an option inside a part does not split it", () => {
    const r = parseText(DISTRICT_PANEL);
    expect(r.items[1]!.resolutions.map((x) => [x.marker, x.text])).toEqual([
      ["a", "that option (b) be recommended to Cabinet"],
      ["b", "that the concession be reviewed after one year."],
    ]);
  });

  it("'The Panel NOTED' in capitals is the panel's decision", () => {
    expect(parseText(DISTRICT_PANEL).items[2]!.resolutions.map((x) => x.text)).toEqual(["The Panel NOTED the work programme."]);
  });
});

describe("a date with its month written out and a two-digit year", () => {
  it("'3 Mar 26' and '12 Sept 25, 7pm' are dates; a count after a date ('3 March 26 members') is not a year", () => {
    expect(findDates("held on 3 Mar 26.").map((h) => h.iso)).toEqual(["2026-03-03"]);
    expect(findDates("12 Sept 25, 7pm").map((h) => h.iso)).toEqual(["2025-09-12"]);
    expect(findDates("on 3 March 26 members attended")).toEqual([]);
    expect(findDates("on 14 May 24 residents responded")).toEqual([]);
  });
});

const COMMUNITY_COUNCIL_MD = `# Ashcombe Valley Community Council

## Minutes of the Ordinary Meeting held on Tuesday 3rd March 2026, 7pm, at Ashcombe Memorial Hall

**Present:** Cllr Gwen Parry (Chair); Cllr Rhodri Lloyd (Vice-Chair); Cllr Tomos Harries; Cllr Eleri Vaughan; Cllr Mared Bowen

**In attendance:** Sian Whitlow — Clerk and RFO

### 1. Playground resurfacing

Three quotations were considered.

**Resolved:**
(a) to accept the quotation from Vale Surfacing Ltd of £6,900;
(b) to apply to the Ashcombe Wind Farm Fund for half of the cost.

**Recorded vote:**
- For: Cllrs Bowen, Harries, Lloyd, Parry
- Against: Cllr Vaughan
- Abstained: none

### 2. Staffing

The Council AGREED to increase the Clerk's hours to 15 a week from 1 April 2026.
`;

describe("a community council's minutes in Markdown: an ordinary meeting, a recorded vote as a bulleted list", () => {
  it("'Minutes of the Ordinary Meeting' under the council's name, naming no body, is a meeting of the council itself", () => {
    const r = parseText(COMMUNITY_COUNCIL_MD, "doc.md");
    expect(r.council?.name).toBe("Ashcombe Valley Community Council");
    expect(r.committee?.name).toBe("Council");
  });

  it("each bulleted side of a recorded vote names its voters, matched to the attendance; 'none' is a count of 0", () => {
    const r = parseText(COMMUNITY_COUNCIL_MD, "doc.md");
    const v = r.items[0]!.resolutions[0]!.votes?.[0];
    expect(v?.named.for.map((x) => x.name)).toEqual(["Bowen", "Harries", "Lloyd", "Parry"]);
    expect(v?.named.against.map((x) => x.name)).toEqual(["Cllr Vaughan"]);
    expect(v?.named.for.every((x) => x.personId !== null)).toBe(true);
    expect(v?.counts.abstentions).toBe(0);
  });

  it("a committee's minutes naming their body are not taken for the council's ('Minutes of the Ordinary Meeting of the Planning Committee')", () => {
    const text = COMMUNITY_COUNCIL_MD.replace("Minutes of the Ordinary Meeting held", "Minutes of the Ordinary Meeting of the Planning Committee held");
    expect(parseText(text, "doc.md").committee?.name).toBe("Planning Committee");
  });
});

const MINUTE_NO_HEADINGS = `MARLOWE VALE BOROUGH COUNCIL

MINUTES OF THE LICENSING AND REGULATORY COMMITTEE

Date: 03/03/2026
Time: 6.30 pm

Members Present:
Councillor R. Fairclough – Chairman
Councillors T. Hanley, U. Ibbotson and V. Jessop

Minute No. 44 – Street Trading Consent: Market Place
Members considered an application for a street trading consent for a hot food van.
On being put to the vote there were 4 votes for, 2 against and no abstentions.
Decision: That the consent be granted for twelve months.

Minute No. 45 – Apologies: none were received at the start of the meeting.

Minute No. 46 – Private Hire Driver: Case 26/03 (Exempt)
The Committee considered the case of a private hire driver.
Decision: That the driver's licence be suspended for 28 days.
`;

describe("'Minute No. 44 – Title: Qualifier' headings", () => {
  it("a title with a colon, its words after the colon in title case and the text starting on the next line, is the whole title, not a run-in heading", () => {
    const r = parseText(MINUTE_NO_HEADINGS);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["44", "Street Trading Consent: Market Place"],
      ["45", "Apologies"],
      ["46", "Private Hire Driver: Case 26/03 (Exempt)"],
    ]);
    expect(r.items[0]!.text).toMatch(/^Members considered an application for a street trading consent for a hot food van\./);
    // A run-in heading's sentence after the colon is still its text.
    expect(r.items[1]!.text).toBe("none were received at the start of the meeting.");
  });

  it("'4 votes for, 2 against and no abstentions' counts the abstentions as 0, once, on the decision", () => {
    const r = parseText(MINUTE_NO_HEADINGS);
    const votes = r.items[0]!.resolutions[0]!.votes ?? [];
    expect(votes.map((v) => v.counts)).toEqual([{ for: 4, against: 2, abstentions: 0 }]);
  });
});

const ROMAN_PARISH = `Thornwick Parish Council

Minutes of the Parish Council Meeting held on Tuesday 3 March in the Reading Room, Thornwick, at 7.30 pm

Councillors present: J. Abbott (Chairman), K. Blythe, L. Cowell
Also present: the Clerk, Mrs N. Eastwood; two parishioners

I. APOLOGIES FOR ABSENCE
Cllr P. Garside – family commitment.

II. MINUTES OF THE LAST MEETING
The minutes of the meeting held on 3 February were approved and signed.

III. FOOTPATH 12 – OVERGROWN HEDGES
Members discussed the hedges along Footpath 12. Members agreed that the Clerk should write to the landowner.

IV. VILLAGE GREEN BENCH
Members RESOLVED to purchase a replacement bench at a cost not exceeding £450.
`;

describe("a parish council's minutes numbered in Roman numerals, with no year in the date", () => {
  it("'I.', 'II.', 'III.', 'IV.' are the items, numbers as written", () => {
    const r = parseText(ROMAN_PARISH);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["I", "Apologies for Absence"],
      ["II", "Minutes of the Last Meeting"],
      ["III", "Footpath 12 – Overgrown Hedges"],
      ["IV", "Village Green Bench"],
    ]);
    expect(r.items[3]!.resolutions.map((x) => x.text)).toEqual(["Members RESOLVED to purchase a replacement bench at a cost not exceeding £450."]);
  });

  it("the apologies item's name is an apology, its reason in lower case no title; 'the Parish Council Meeting' is the council's own", () => {
    const r = parseText(ROMAN_PARISH);
    expect(r.attendance.filter((a) => a.status === "apologies").map((a) => [a.name, a.title])).toEqual([["Cllr P. Garside", null]]);
    expect(r.committee?.name).toBe("Council");
  });

  it("a date printed without its year is no date: the record says so rather than guess the year", () => {
    const r = parseText(ROMAN_PARISH);
    expect(r.date).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("no-date");
  });

  it("initials before surnames ('I. Abbott', 'V. Jessop', 'X. Zeller') are not Roman-numbered items", () => {
    const text = `Members present:\nI. Abbott\nII. Blythe\nV. Jessop\nX. Zeller\n\n1. MINUTES\n\nThe minutes were approved.\n\n2. FINANCE\n\nPayments were approved.\n`;
    expect(parseText(text).items.map((i) => i.number)).toEqual(["1", "2"]);
  });
});

const ITEM_DECISION_TABLE = `OAKHURST TOWN COUNCIL

Minutes of the Finance Committee held on 10/03/2026 at 6pm at the Guildhall, Oakhurst

Present: Cllr A. Lane (Chair), Cllr B. Moss, Cllr C. Nash

| Item | Decision |
|---|---|
| 1. Apologies | None. |
| 2. Minutes of 10 February 2026 | RESOLVED: that the minutes be signed as a correct record. |
| 3. Budget monitoring | The Committee NOTED the budget report to 28 February. |
| 4. Grass cutting tender | Members voted to accept the tender from Greenway Ltd. |
`;

describe("decisions in a two-column table (item | decision)", () => {
  it("each row is an item, its number and title from the first cell, its decision from the second", () => {
    const r = parseText(ITEM_DECISION_TABLE, "doc.md");
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Apologies"],
      ["2", "Minutes of 10 February 2026"],
      ["3", "Budget monitoring"],
      ["4", "Grass cutting tender"],
    ]);
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([[], ["that the minutes be signed as a correct record."], ["The Committee NOTED the budget report to 28 February."], ["Members voted to accept the tender from Greenway Ltd."]]);
    expect(checkCoverage(ITEM_DECISION_TABLE, r).missing).toEqual([]);
  });

  it("a contents table (item | page) is not the minutes: no column says what was decided", () => {
    const text = ITEM_DECISION_TABLE.replace("| Item | Decision |", "| Item | Page |").replace(/\| ([^|]+) \|\n/g, "| 3 |\n");
    expect(parseText(text, "doc.md").items).toEqual([]);
  });
});

describe("'Members voted to …' is the meeting's decision where there is no formal one", () => {
  it("is a decision, with the count beside it as its vote; beside a formal resolution it is not another decision", () => {
    const base = "Kestrel Valley Board\n\nMinutes of the Planning Board held on 4 March 2026\n\n1. Barn conversion, Low Gill Farm\n\nThe officer presented the application. Members voted to approve the application, subject to conditions. For 4, Against 1.\n\n2. Finance\n\nThe report was received.\n";
    const r = parseText(base);
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["Members voted to approve the application, subject to conditions."]);
    expect(r.items[0]!.resolutions[0]!.votes?.map((v) => v.counts)).toEqual([{ for: 4, against: 1, abstentions: null }]);
    const formal = parseText(base.replace("For 4, Against 1.", "For 4, Against 1.\n\nRESOLVED: That permission be granted."));
    expect(formal.items[0]!.resolutions.map((x) => x.text)).toEqual(["That permission be granted."]);
  });
});

const WELSH_COMMUNITY_COUNCIL = `CYNGOR CYMUNED LLANWERYDD / LLANWERYDD COMMUNITY COUNCIL

Cofnodion / Minutes – 3.3.26

Yn bresennol / Present: Cyng. / Cllr Elin Rowlands (Cadeirydd / Chair), Cyng. / Cllr Huw Jenkins, Cyng. / Cllr Non Prys
Yn mynychu / In attendance: Mrs Catrin Wyn (Clerc / Clerk)
Ymddiheuriadau / Apologies: Cyng. / Cllr Iolo Morgan

26/15 Cofnodion / Minutes
PENDERFYNWYD / RESOLVED: that the minutes of 3 February 2026 be approved.

26/16 Cyllid / Finance
PENDERFYNWYD / RESOLVED: to pay the invoices listed, £842.10.
`;

describe("a bilingual community council whose list gives each name in both languages", () => {
  it("each entry's Welsh half ('Cyng. / Cllr …') is read in English: the members present, the chair and the apologies", () => {
    const r = parseText(WELSH_COMMUNITY_COUNCIL);
    expect(names(r, "present")).toEqual(["Cllr Elin Rowlands", "Cllr Huw Jenkins", "Cllr Non Prys"]);
    expect(r.attendance.find((a) => a.role === "chair")?.name).toBe("Cllr Elin Rowlands");
    expect(names(r, "apologies")).toEqual(["Cllr Iolo Morgan"]);
  });

  it("the council's name in two languages heading its own meeting is the council's meeting ('Council')", () => {
    const r = parseText(WELSH_COMMUNITY_COUNCIL);
    expect(r.council?.name).toBe("Llanwerydd Community Council");
    expect(r.committee?.name).toBe("Council");
    expect(r.date).toBe("2026-03-03");
  });

  it("English names joined by ' / ' are not taken for two languages of one name", () => {
    const r = parseText(WELSH_COMMUNITY_COUNCIL.replace("Ymddiheuriadau / Apologies: Cyng. / Cllr Iolo Morgan", "Apologies: Cllr Iolo Morgan / Cllr Dafydd Hughes"));
    expect(r.attendance.filter((a) => a.status === "apologies").map((a) => [a.name, a.title])).toEqual([
      ["Cllr Iolo Morgan", null],
      ["Cllr Dafydd Hughes", null],
    ]);
  });
});

const VOTE_TABLE = `HOLLINGFORD BOROUGH COUNCIL

Minutes of the meeting of the Council held on 5 March 2026 at 7.00 pm in the Council Chamber, Town Hall, Hollingford

Present: Councillor D. Amis (Mayor), Councillors E. Baird, F. Carr, G. Dent, H. Ellis

7. BUDGET 2026/27

A recorded vote was taken:

Councillor\tFor\tAgainst\tAbstain
Amis\tX
Baird\tX
Carr\t\tX
Dent\t\t\tX
Ellis\tX

The motion was CARRIED.

RESOLVED: That the budget for 2026/27 be approved.

8. CLOSE

The meeting closed at 9.10 pm.
`;

describe("a recorded vote printed as a table of names and sides", () => {
  it("each name goes to the side its row marks, matched to the attendance; the outcome stated after it closes the vote", () => {
    const r = parseText(VOTE_TABLE);
    const v = r.items[0]!.resolutions[0]!.votes?.[0];
    expect(v?.named.for.map((x) => x.name)).toEqual(["Amis", "Baird", "Ellis"]);
    expect(v?.named.against.map((x) => x.name)).toEqual(["Carr"]);
    expect(v?.named.abstentions.map((x) => x.name)).toEqual(["Dent"]);
    expect([...v!.named.for, ...v!.named.against, ...v!.named.abstentions].every((x) => x.personId !== null)).toBe(true);
    expect(v?.outcome).toBe("carried");
    // Named voters do not make a count.
    expect(v?.counts).toEqual({ for: null, against: null, abstentions: null });
  });

  it("a table without a column of names, or with one side only, records no vote", () => {
    const r = parseText(VOTE_TABLE.replace("Councillor\tFor\tAgainst\tAbstain", "Budget line\tFor\tAgainst\tAbstain"));
    expect(r.items[0]!.resolutions[0]!.votes?.[0]?.named.for ?? []).toEqual([]);
  });
});

describe("a 'Declarations of interest' table", () => {
  const text = `Ashcombe Valley Community Council

Minutes of the Ordinary Meeting held on 3 March 2026

Present: Cllr Gwen Parry (Chair), Cllr Tomos Harries, Cllr Eleri Vaughan

1. Declarations of interest

| Councillor | Item | Nature of interest |
|---|---|---|
| Cllr Tomos Harries | 5 | Personal – neighbour of the applicant |
| Cllr Eleri Vaughan | 6 | Prejudicial – employed by the bidder |

2. Minutes

The minutes were approved.
`;
  it("gives one declaration a row: the member, the item column's item and the nature, on the row's own line", () => {
    const r = parseText(text, "doc.md");
    expect(r.declarations.map((d) => [d.person, d.item, d.nature, d.line])).toEqual([
      ["Cllr Tomos Harries", "5", "Personal – neighbour of the applicant", 11],
      ["Cllr Eleri Vaughan", "6", "Prejudicial – employed by the bidder", 12],
    ]);
  });

  it("a table in the item without a person column and a nature column declares nothing", () => {
    const r = parseText(text.replace("| Councillor | Item | Nature of interest |", "| Budget | Item | Amount |"), "doc.md");
    expect(r.declarations).toEqual([]);
  });
});
