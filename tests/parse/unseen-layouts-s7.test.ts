// Kinds of loss found on the development set and on documents written for this session (round two,
// session 7) and fixed as principles: each fixture is written for its test, with its own names and
// wording, in a layout the development set has or does not have.
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { names, parseText } from "./helpers.ts";

const WEB_ITEMS_WITH_LINKS = `Tarnwick Borough Council

Minutes of the Licensing Committee held on Tuesday, 4th March, 2025 at 6.00 pm in the Council Chamber, Tarnwick House

Present: Councillor Imogen Varley (Chair), Councillor Dev Roper, Councillor Hal Prentice

6.\t
Review of Premises Licence – The Lamb, Quarry Street pdf icon PDF 640 KB

Additional documents:
Representations received, item 6 pdf icon PDF 212 KB
Map of the premises, item 6 pdf icon PDF 1 MB

Minutes:

The Licensing Manager presented the report on the review application made by the police.

RESOLVED: That the premises licence be suspended for three months.

7.\t
Sale of Depot Land, Fern Road

Restricted enclosure

View the reasons why item 7. is restricted

Minutes:

The Estates Manager presented the confidential report.

RESOLVED: That the land be sold to the preferred bidder.

8.\t
Licensing Fees 2025/26 pdf icon PDF 98 KB

Decision:

RESOLVED: That the fees in Appendix 1 be approved.

view the full minutes text for item 8
`;

describe("link and attachment furniture of a committee web page stays out of an item's own text", () => {
  it("an item's text starts at the clerk's words, not at the attachment list, the restricted-enclosure notice or a 'Decision:' label", () => {
    const r = parseText(WEB_ITEMS_WITH_LINKS);
    expect(r.items.map((i) => i.number)).toEqual(["6", "7", "8"]);
    expect(r.items.map((i) => i.text.split("\n")[0])).toEqual([
      "The Licensing Manager presented the report on the review application made by the police.",
      "The Estates Manager presented the confidential report.",
      "RESOLVED: That the fees in Appendix 1 be approved.",
    ]);
    // The item's title keeps its words; the agenda paper's icon is not part of it.
    expect(r.items[0]!.title).toMatch(/^Review of Premises Licence – The Lamb, Quarry Street$/);
    expect(r.items[2]!.resolutions.map((x) => x.text)).toEqual(["That the fees in Appendix 1 be approved."]);
  });

  it("every word of the links is still on the page (kept as furniture)", () => {
    const r = parseText(WEB_ITEMS_WITH_LINKS);
    expect(checkCoverage(WEB_ITEMS_WITH_LINKS, r).missing).toEqual([]);
    expect(r.furniture.map((f) => f.text.trim())).toEqual(expect.arrayContaining(["Representations received, item 6 pdf icon PDF 212 KB", "Restricted enclosure", "View the reasons why item 7. is restricted", "Decision:"]));
  });

  it("a 'Decision:' label before a decision that has no label of its own stays: it is what makes the paragraph a decision", () => {
    const text = WEB_ITEMS_WITH_LINKS.replace("RESOLVED: That the fees in Appendix 1 be approved.", "That the fees in Appendix 1 be approved.");
    const r = parseText(text);
    expect(r.furniture.map((f) => f.text.trim())).not.toContain("Decision:");
  });

  it("an attachment link that is an item's title (after its number) stays the title", () => {
    const r = parseText(WEB_ITEMS_WITH_LINKS);
    expect(r.items.find((i) => i.number === "8")!.title).toBe("Licensing Fees 2025/26");
  });
});

const SUBSTITUTE_IN_APOLOGIES = `Tarnwick Borough Council

Minutes of the Planning Committee held on Wednesday 5 March 2025 at 2.00 pm in the Council Chamber

Present: Councillor Imogen Varley (Chair), Councillor Dev Roper, Councillor Hal Prentice (Substitute)

1. Apologies for absence and substitutions

Apologies for absence were received from Councillor Bea Lomas.

Councillor Hal Prentice attended as substitute for Councillor Otto Finch, who had stood down for this meeting.

2. Minutes

RESOLVED: That the minutes of the meeting held on 5 February 2025 be approved.
`;

describe("apologies are only those the minutes record", () => {
  it("a sentence in the apologies item about a substitute names no one as absent with apologies", () => {
    const r = parseText(SUBSTITUTE_IN_APOLOGIES);
    expect(names(r, "apologies")).toEqual(["Councillor Bea Lomas"]);
  });

  it("a bare list of names under an apologies heading is still read as apologies, with a sentence after it", () => {
    const text = SUBSTITUTE_IN_APOLOGIES.replace("Apologies for absence were received from Councillor Bea Lomas.\n\nCouncillor Hal Prentice attended as substitute for Councillor Otto Finch, who had stood down for this meeting.", "Cllr B. Lomas – unwell. The reason for absence was accepted.");
    const r = parseText(text);
    expect(names(r, "apologies")).toEqual(["Cllr B. Lomas"]);
  });
});

// A town council committee whose members are listed in a table with their party and attendance.
const MEMBERS_IN_A_TABLE = `WEXCOMBE TOWN COUNCIL

FINANCE AND GENERAL PURPOSES COMMITTEE

Minutes of the meeting held on Monday 3 February 2025 at 6.30 pm at the Corn Exchange, Wexcombe

Members present:

| Councillor | Party | Attendance |
|---|---|---|
| Cllr Helen Abbott (Chair) | Liberal Democrat | Present |
| Cllr Martin Crowe (Vice-Chair) | Conservative | Present |
| Cllr Nadia Farooq | Labour | Present |
| Cllr George Pell | Independent | Apologies |
| Cllr Sian Rudd | Green | Absent |

Officers: Tom Varga (Town Clerk), Elaine Burr (Finance Officer)

FGP/25/01 APOLOGIES

Apologies were noted as in the table above.

FGP/25/02 DRAFT BUDGET 2025/26

Proposed by Cllr Crowe, seconded by Cllr Farooq, and RESOLVED that the Committee recommends to Council a precept of £412,000 for 2025/26.
`;

describe("members listed in a table, one a row", () => {
  it("each row's name is a member with the status its attendance column gives; the party column is neither name nor title", () => {
    const r = parseText(MEMBERS_IN_A_TABLE);
    expect(names(r, "present")).toEqual(["Cllr Helen Abbott", "Cllr Martin Crowe", "Cllr Nadia Farooq"]);
    expect(names(r, "apologies")).toEqual(["Cllr George Pell"]);
    // "Absent" is neither present nor apologies: the person is not recorded as attending.
    expect(r.attendance.map((a) => a.name)).not.toContain("Cllr Sian Rudd");
    expect(r.attendance.find((a) => a.name === "Cllr Helen Abbott")!.role).toBe("chair");
    expect(r.attendance.find((a) => a.name === "Cllr Martin Crowe")!.role).toBe("vice-chair");
    expect(r.attendance.filter((a) => a.status === "present").map((a) => a.title)).toEqual([null, null, null]);
    expect(names(r, "in-attendance")).toEqual(["Tom Varga", "Elaine Burr"]);
  });

  it("the movers named in a vote are found among the table's members (no unmatched-voter warning)", () => {
    const r = parseText(MEMBERS_IN_A_TABLE);
    expect(r.warnings.filter((w) => w.code === "voter-unmatched")).toEqual([]);
  });

  it("a table whose rows are not people is not read as attendance", () => {
    const text = MEMBERS_IN_A_TABLE.replace(/\| Councillor \| Party \| Attendance \|[^]*?\n\n/, "| Budget line | 2024/25 | 2025/26 |\n|---|---|---|\n| Grants | £4,000 | £4,500 |\n| Christmas lights | £9,000 | £9,800 |\n\n");
    const r = parseText(text);
    expect(names(r, "present")).toEqual([]);
  });

  it("a venue named after 'at' in the meeting's sentence is found when its building is an exchange, a museum, a club …", () => {
    expect(parseText(MEMBERS_IN_A_TABLE).venue).toBe("The Corn Exchange, Wexcombe");
  });
});

// A parish council's minutes in the "Min 24/57" form, with its decisions as "Agreed:" and "It was RESOLVED to".
const PARISH_MIN_NUMBERS = `BRACKENFOLD PARISH COUNCIL

Minutes of the Ordinary Meeting of Brackenfold Parish Council held on Thursday 12th September 2024 at 7.15pm in the Methodist Hall, Chapel Row, Brackenfold

Present: Cllr P. Oakden (Chairman), Cllr R. Thwaite (Vice-Chairman), Cllr S. Bellamy
In attendance: Mrs J. Garside (Clerk and RFO), County Cllr F. Ibbotson, 3 members of the public

Min 24/57 Apologies for absence
Apologies were received from Cllr K. Lindley. Agreed: that the apologies be accepted.

Min 24/58 Minutes of the previous meeting
Council resolved unanimously to approve the minutes of the meeting held on 8th August 2024 as a true record.

Min 24/59 Planning
(a) 24/01133/FUL – 4 Moor View, two-storey side extension. It was RESOLVED to make no objection.
(b) 24/01187/LBC – The Old Forge, replacement windows. Agreed: to support the application.

The meeting closed at 8.52pm.
`;

describe("a parish council's minutes numbered 'Min 24/57'", () => {
  it("items are numbered as written less the label, and each decision form is a decision", () => {
    const r = parseText(PARISH_MIN_NUMBERS);
    expect(r.items.map((i) => i.number)).toEqual(["24/57", "24/58", "24/59"]);
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([
      ["that the apologies be accepted."],
      ["Council resolved unanimously to approve the minutes of the meeting held on 8th August 2024 as a true record."],
      ["It was RESOLVED to make no objection.", "to support the application."],
    ]);
  });

  it("a count of the public in an attendance list is nobody's title", () => {
    const r = parseText(PARISH_MIN_NUMBERS);
    expect(r.attendance.find((a) => a.name === "County Cllr F. Ibbotson")!.title).toBeNull();
    expect(checkCoverage(PARISH_MIN_NUMBERS, r).missing).toEqual([]);
  });
});

const REPORT_ROMAN_RECOMMENDATIONS = `KESTERTON CITY COUNCIL

CABINET – 14 MAY 2025

REPORT OF THE CABINET MEMBER FOR HOUSING

1. SUMMARY

1.1 This report seeks approval to designate a selective licensing scheme.

2. RECOMMENDATIONS

It is recommended that Cabinet:

(i) designates the Eastgate ward as a selective licensing area for five years;
(ii) approves the fee structure set out in Appendix B.

3. CONSULTATION

3.1 A ten-week consultation took place.
`;

describe("a report's recommendations after 'It is recommended that <body>:'", () => {
  it("each part of the list after the lead-in is a recommendation, the lead-in itself is not", () => {
    const r = parseText(REPORT_ROMAN_RECOMMENDATIONS);
    expect(r.type).toBe("report");
    expect(r.items.flatMap((i) => i.resolutions.map((x) => x.text))).toEqual([
      "designates the Eastgate ward as a selective licensing area for five years;",
      "approves the fee structure set out in Appendix B.",
    ]);
  });
});

const COMMUNITY_COUNCIL_LABELS = `Holmbridge Community Council

Minutes of the Community Council meeting
Date: Tuesday 8 April 2025
Time: 7.00pm – 8.35pm
Place: Holmbridge Community Hub

Councillors: Ellis (Chair), Pryor (Vice Chair), Danvers, Okafor
Clerk: Lydia Faulkner
Apologies: Councillors Renshaw and Tull

Item 1: Minutes of 11 March 2025
The minutes were approved as a correct record (proposed Cllr Danvers, seconded Cllr Okafor).
`;

describe("attendance labelled 'Councillors:' with surnames, and 'Clerk:'", () => {
  it("the surnames after 'Councillors:' are the members present, with their roles", () => {
    const r = parseText(COMMUNITY_COUNCIL_LABELS);
    expect(names(r, "present")).toEqual(["Ellis", "Pryor", "Danvers", "Okafor"]);
    expect(r.attendance.filter((a) => a.role).map((a) => `${a.name}:${a.role}`)).toEqual(["Ellis:chair", "Pryor:vice-chair"]);
    expect(names(r, "apologies")).toEqual(["Renshaw", "Tull"]);
  });

  it("'Clerk: <name>' attends with the label as the office; a letterhead's 'Clerk: <name>, <address> · Tel …' attends nothing", () => {
    const r = parseText(COMMUNITY_COUNCIL_LABELS);
    expect(r.attendance.filter((a) => a.status === "in-attendance").map((a) => [a.name, a.title])).toEqual([["Lydia Faulkner", "Clerk"]]);
    const letterhead = parseText(`Holmbridge Community Council\nClerk: Mrs L Faulkner, 2 Mill Row, Holmbridge · Tel 01632 960111 · clerk@holmbridge.example\n\n${COMMUNITY_COUNCIL_LABELS.split("\n").slice(1).join("\n").replace("Clerk: Lydia Faulkner\n", "")}`);
    expect(names(letterhead, "in-attendance")).toEqual([]);
  });
});

const SECTION_BETWEEN_ITEMS = `ASHCOMBE TOWN COUNCIL

Minutes of the Annual Town Meeting held on Tuesday 6th May 2025 at 7.00pm in the Assembly Rooms

Present: Cllr Mara Quist (Mayor), Cllr Leon Dacre, Cllr Effie Worsley

1. Election of Mayor
RESOLVED – that Cllr Quist be elected Mayor for 2025/26.

2. Minutes
RESOLVED – that the minutes of the meeting held on 1st April 2025 be approved.

3. Declarations of interest
None were made.

PUBLIC SESSION
The meeting was adjourned at 19:20 for questions from residents.

1. Parking on Fore Street
A resident asked when the new restrictions would be enforced. The Clerk said that the order takes effect in June.

2. Footpath 12
A resident reported that the stile by the brook had collapsed.

The meeting was reconvened at 19:40.

4. Finance
RESOLVED – that the accounts for 2024/25 be approved.
`;

describe("a section in capitals between numbered items", () => {
  it("is an item with no number, and items numbered afresh inside it are items with their numbers as written", () => {
    const r = parseText(SECTION_BETWEEN_ITEMS);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Election of Mayor"],
      ["2", "Minutes"],
      ["3", "Declarations of interest"],
      [null, "Public Session"],
      ["1", "Parking on Fore Street"],
      ["2", "Footpath 12"],
      ["4", "Finance"],
    ]);
    expect(r.items[3]!.text).toBe("The meeting was adjourned at 19:20 for questions from residents.");
    // The numbered items keep their anchors; the second run's anchors are made unique.
    expect(new Set(r.items.map((i) => i.anchor)).size).toBe(7);
    expect(r.items.find((i) => i.title === "Finance")!.anchor).toBe("item-4");
    expect(r.items.find((i) => i.title === "Minutes")!.anchor).toBe("item-2");
    expect(checkCoverage(SECTION_BETWEEN_ITEMS, r).missing).toEqual([]);
  });

  it("a heading in capitals with the item's decision under it is a sub-heading of that item, not a section", () => {
    const text = SECTION_BETWEEN_ITEMS.replace("PUBLIC SESSION\nThe meeting was adjourned at 19:20 for questions from residents.\n\n1. Parking on Fore Street\nA resident asked when the new restrictions would be enforced. The Clerk said that the order takes effect in June.\n\n2. Footpath 12\nA resident reported that the stile by the brook had collapsed.\n\nThe meeting was reconvened at 19:40.", "COUNCILLORS' ALLOWANCES\nMembers considered the independent panel's report.\n\nRESOLVED – that no allowance be paid in 2025/26.");
    const r = parseText(text);
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(r.items[2]!.resolutions.map((x) => x.text)).toEqual(["that no allowance be paid in 2025/26."]);
  });

  it("an indented line in capitals, at the items' text and not their margin, stays inside its item", () => {
    const text = SECTION_BETWEEN_ITEMS.replace("PUBLIC SESSION\nThe meeting was adjourned", "    PUBLIC SESSION\n    The meeting was adjourned");
    const r = parseText(text);
    expect(r.items.some((i) => i.title === "Public Session")).toBe(false);
  });
});

const MOTION_AS_MOVED = `Dunmere District Council

Minutes of the meeting of the Council held on 9 July 2025 at 7.00 pm in the Council Chamber, Dunmere House

Present: Councillor Ada Pike (Chair), Councillor Rhys Tolley, Councillor Jan Birch

41. NOTICE OF MOTION – TOWN CENTRE TOILETS

The following motion was moved by Councillor Tolley and seconded by Councillor Birch:

“This Council notes the closure of the Market Street toilets.

This Council therefore resolves to:
(a) reopen the toilets by 1 September; and
(b) review cleaning contracts.”

On being put to the vote the motion was CARRIED and it was

RESOLVED that this Council:
(a) reopens the toilets by 1 September; and
(b) reviews cleaning contracts.

42. PLANNING APPEALS

Members were pleased that the Mill Lane scheme had been approved on appeal.
`;

describe("what was proposed is not what was decided", () => {
  it("a motion's wording quoted as moved is no decision; the resolution after the vote is", () => {
    const r = parseText(MOTION_AS_MOVED);
    expect(r.items[0]!.resolutions.map((x) => x.text)).toEqual(["reopens the toilets by 1 September", "reviews cleaning contracts."]);
  });

  it("members remarking that something had been approved elsewhere is no decision of theirs", () => {
    const r = parseText(MOTION_AS_MOVED);
    expect(r.items[1]!.resolutions).toEqual([]);
  });
});

// A printed report: its title runs at the head of every page beside the page number, on the left of
// even pages and the right of odd ones; its paragraphs are numbered through the report.
const header = (n: number) => (n % 2 ? `        Parking for Blue Badge holders: a scrutiny review    ${n}` : `${n}    Parking for Blue Badge holders: a scrutiny review`);
const RUNNING_HEADER_REPORT = `Tarnwick Borough Council

Report to: Place Scrutiny Committee
Date: 2 June 2025

1 Introduction

1.   The Committee reviewed parking for Blue Badge holders in the town centre over three meetings
between January and March 2025.

2.   We heard from officers, from the Access Forum and from badge holders themselves, and we walked
the pedestrian zone with members of the Forum.

${header(2)}

2 Findings

3.   Bays are often occupied by vehicles without a badge, and enforcement visits fell by a third last
year as the patrol team lost two posts.

${header(3)}

3 Enforcement

4.   Officers told us that patrols are planned around the busiest streets, which leaves the quieter
streets of the pedestrian zone with few visits after noon.

${header(4)}

5.   Only twelve penalty notices were issued in the pedestrian zone in 2024, although officers
estimated that at least two hundred vehicles parked there without a badge.

Conclusions and recommendations

6.   We recommend that the Council doubles enforcement visits to the pedestrian zone and reports the
results to this Committee in a year.

${header(5)}
`;

describe("a printed report's running header and its numbered paragraphs", () => {
  it("the header beside its page number is page furniture, not an item; a numbered paragraph wrapped onto a lower-case line is not an item either", () => {
    const r = parseText(RUNNING_HEADER_REPORT);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Introduction"],
      ["2", "Findings"],
      ["3", "Enforcement"],
    ]);
    expect(r.furniture.filter((f) => /Blue Badge holders: a scrutiny review/.test(f.text))).toHaveLength(4);
    expect(checkCoverage(RUNNING_HEADER_REPORT, r).missing).toEqual([]);
  });

  it("a line printed twice beside a number is not taken for a running header", () => {
    const text = RUNNING_HEADER_REPORT.replace(header(4), "").replace(header(5), "");
    const r = parseText(text);
    expect(r.furniture.filter((f) => /Blue Badge holders: a scrutiny review/.test(f.text))).toHaveLength(0);
  });
});

const JOINT_BOARD = `SOUTHERN UPLANDS JOINT WASTE BOARD

MINUTES OF MEETING – 17 MARCH 2025

Venue: Board Room, Fellside Depot, Kirkby Fell
Time: 10.30 am to 12.10 pm

PRESENT (Board Members):
Cllr Nia Rowlands (Chair) – Fellside District Council
Cllr Owen Tarrant – Kirkby Borough Council

Minute 13/25 – Contract Performance Report
The Joint Waste Manager introduced the report. Recycling rates had risen to 47.2%.
Resolved (unanimously) – That the report be noted.

Minute 14/25 – Any Other Business
None.
`;

describe("a joint board's minutes", () => {
  it("'MINUTES OF MEETING – <date>' names no body: the body is the board named above it", () => {
    expect(parseText(JOINT_BOARD).committee?.name).toBe("Southern Uplands Joint Waste Board");
  });

  it("'Resolved (unanimously) –' on the line after a finished sentence is a decision label, with its text after it", () => {
    const r = parseText(JOINT_BOARD);
    expect(r.items.map((i) => i.resolutions.map((x) => x.text))).toEqual([["That the report be noted."], []]);
    expect(r.items[0]!.text.split("\n\n")[0]).toBe("The Joint Waste Manager introduced the report. Recycling rates had risen to 47.2%.");
  });
});
