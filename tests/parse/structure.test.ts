// Document structure and decisions in the layout families of the development set, each as a small
// fixture written for these tests (invented councils, names, numbers and wording): item numbering
// read from the sequence, decisions in their forms and positions, and page furniture.
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { explainDocument } from "../../scripts/pipeline/inspect/explain.ts";
import { DocumentRecord } from "../../src/schema/record.ts";
import { parseText } from "./helpers.ts";

const doc = (lines: string[]) => {
  const text = lines.join("\n");
  const record = parseText(text);
  // Every fixture keeps every word and gives a valid record: the structure passes never drop text.
  expect(checkCoverage(text, record).missing).toEqual([]);
  expect(() => DocumentRecord.parse(record)).not.toThrow();
  return record;
};
const numbers = (r: DocumentRecord) => r.items.map((i) => i.number);
const titles = (r: DocumentRecord) => r.items.map((i) => i.title);
const decisions = (r: DocumentRecord) => r.items.flatMap((i) => i.resolutions.map((x) => `${i.number}: ${x.text}`));

describe("numbering from the sequence", () => {
  it("a web page's number alone on its line takes its title from the next line; 'Minutes:' labels and attachment links are furniture", () => {
    const r = doc([
      "Orlingham Borough Council",
      "Scrutiny Board - Monday, 3rd March, 2025 7.00 pm",
      "Items",
      "No.\tItem",
      "1.",
      "Apologies for Absence",
      "Minutes:",
      "Apologies were received from Councillor Tessa Vane, who was represented by Councillor Omar Quill as her substitute for the whole of the meeting and its two items.",
      "2.",
      "Minutes of the last meeting",
      "pdf icon PDF 120 KB",
      "To agree the minutes of the meeting held on 4 February 2025 as a correct record of the Board's business.",
      "Minutes:",
      "RESOLVED: That the minutes of the meeting held on 4 February 2025 be agreed as a correct record and signed by the Chair of the Board.",
      "3.",
      "Parking Strategy Review pdf icon PDF 410 KB",
      "Minutes:",
      "The Board considered a report on the review of the parking strategy and the consultation that had run over the winter months with residents and traders.",
    ]);
    expect(numbers(r)).toEqual(["1", "2", "3"]);
    expect(titles(r)).toEqual(["Apologies for Absence", "Minutes of the last meeting", "Parking Strategy Review"]);
    expect(r.items[0]!.text.startsWith("Apologies were received from Councillor Tessa Vane")).toBe(true);
    expect(r.items[1]!.text.startsWith("To agree the minutes")).toBe(true);
    expect(r.furniture.map((f) => f.text)).toEqual(expect.arrayContaining(["Minutes:", "pdf icon PDF 120 KB"]));
    expect(decisions(r)).toEqual(["2: That the minutes of the meeting held on 4 February 2025 be agreed as a correct record and signed by the Chair of the Board."]);
  });

  it("a print layout's number with a trailing tab and its title in the next paragraph is one heading, not a table", () => {
    const r = doc([
      "Minutes of the Licensing Committee held on 2 May 2024",
      "",
      "1.\t",
      "Election of a Chair for the meeting",
      "",
      "Councillor Ruth Pell was elected to chair the meeting.",
      "",
      "2.\t",
      "Declarations of interest",
      "",
      "There were none.",
    ]);
    expect(numbers(r)).toEqual(["1", "2"]);
    expect(r.items[0]!.title).toBe("Election of a Chair for the meeting");
    expect(r.items[1]!.text).toBe("There were none.");
  });

  it("a coded numbering ('WB 12', 'WB 13' …) recurs and increases, so it is the item numbering", () => {
    const r = doc([
      "Wellbeing Board – 9 January 2025",
      "",
      "WB 12   APOLOGIES",
      "Apologies were received from Dr Nia Harker.",
      "",
      "WB 13   BETTER CARE FUND QUARTERLY RETURN",
      "The Board received the return for the second quarter.",
      "RESOLVED that the return be endorsed.",
      "",
      "WB 14   ANY OTHER BUSINESS",
      "There was none.",
    ]);
    expect(numbers(r)).toEqual(["WB 12", "WB 13", "WB 14"]);
    expect(r.items[1]!.text.startsWith("The Board received the return")).toBe(true);
    expect(decisions(r)).toEqual(["WB 13: that the return be endorsed."]);
  });

  it("a code with a year counts by the part that changes ('FRA/25/03', 'FRA/25/04'), and a capitals title wrapped over two lines is one title", () => {
    const r = doc([
      "FIRE AND RESCUE AUTHORITY",
      "",
      "FRA/25/03   APOLOGIES FOR ABSENCE",
      "Apologies were received from Cllr Dean Moss.",
      "",
      "FRA/25/04   MEDIUM TERM FINANCIAL PLAN AND CAPITAL STRATEGY FOR THE",
      "            PERIOD 2025 TO 2029",
      "The Treasurer presented the plan.",
      "",
      "FRA/25/05   DATE OF NEXT MEETING",
      "The next meeting will be held on 12 June 2025.",
    ]);
    expect(numbers(r)).toEqual(["FRA/25/03", "FRA/25/04", "FRA/25/05"]);
    expect(r.items[1]!.title).toBe("Medium Term Financial Plan and Capital Strategy for the Period 2025 to 2029");
  });

  it("a number alone with its title on the next line inside an unbroken run of lines, and sub-items with their own headings ('TC/25/08.1')", () => {
    const r = doc([
      "KESWORTH TOWN COUNCIL",
      "",
      "TC/25/07",
      "APOLOGIES FOR ABSENCE",
      "Apologies were received from Cllr Ann Roe (holiday).",
      "RESOLVED that the reason for absence be accepted.",
      "",
      "TC/25/08",
      "FINANCE",
      "The Clerk presented the finance reports.",
      "TC/25/08.1",
      "SCHEDULE OF PAYMENTS",
      "Members received the schedule of payments for May.",
      "RESOLVED that the payments be approved.",
      "TC/25/08.2",
      "BANK RECONCILIATION",
      "The reconciliation to 31 May was noted.",
      "",
      "TC/25/09",
      "CLOSE OF MEETING",
      "The Mayor closed the meeting at 9.10 pm.",
    ]);
    expect(numbers(r)).toEqual(["TC/25/07", "TC/25/08", "TC/25/08.1", "TC/25/08.2", "TC/25/09"]);
    expect(titles(r)).toEqual(["Apologies for Absence", "Finance", "Schedule of Payments", "Bank Reconciliation", "Close of Meeting"]);
    // The decision label on its own line after a finished sentence starts a paragraph of its own.
    expect(decisions(r)).toEqual(["TC/25/07: that the reason for absence be accepted.", "TC/25/08.1: that the payments be approved."]);
  });

  it("a prefix joined to the number ('P25/101') and a label alone ('Item 3') are item numberings", () => {
    const joined = doc([
      "Planning Committee",
      "",
      "P25/101 Apologies for absence",
      "None.",
      "",
      "P25/102 25/00311/FUL – 4 Mill Lane",
      "No objection.",
    ]);
    expect(numbers(joined)).toEqual(["P25/101", "P25/102"]);
    expect(joined.items[1]!.title).toBe("25/00311/FUL – 4 Mill Lane");
    const labelled = doc([
      "Local Plan Working Group",
      "",
      "Item 1",
      "Welcome and apologies",
      "The Chair welcomed everyone.",
      "",
      "Item 2",
      "Site allocations",
      "Officers presented the shortlist of sites.",
    ]);
    expect(numbers(labelled)).toEqual(["1", "2"]);
    expect(titles(labelled)).toEqual(["Welcome and apologies", "Site allocations"]);
  });

  it("run-in headings ('4. Police report: the PCSO said …') give the title before the colon and the text after it", () => {
    const r = doc([
      "## Brackley Green Parish Council",
      "",
      "1\\. Welcome: The Chairman welcomed the new Clerk to her first meeting.",
      "",
      "2\\. Declarations of interest: none were made.",
      "",
      "3\\. Village green: Members discussed the damaged fencing. **Resolved:** to repair the fence at a cost of £420. _Proposed Cllr Hale, seconded Cllr Ito._",
    ]);
    expect(numbers(r)).toEqual(["1", "2", "3"]);
    expect(titles(r)).toEqual(["Welcome", "Declarations of interest", "Village green"]);
    expect(r.items[1]!.text).toBe("none were made.");
    expect(decisions(r)).toEqual(["3: to repair the fence at a cost of £420."]);
  });

  it("sub-items '7(a)' / '7(b)' under their parent are items; numbered paragraphs in a report are not", () => {
    const minutes = doc([
      "AUDIT COMMITTEE",
      "",
      "6.  TREASURY MANAGEMENT",
      "The report was noted.",
      "",
      "7.  INTERNAL AUDIT",
      "The Committee considered two reports.",
      "",
      "7(a)  Progress report",
      "The Head of Audit presented progress to date.",
      "",
      "7(b)  Audit plan for next year",
      "The Head of Audit presented the plan of 240 audit days, which was approved.",
      "",
      "8.  WORK PROGRAMME",
      "Noted.",
    ]);
    expect(numbers(minutes)).toEqual(["6", "7", "7(a)", "7(b)", "8"]);
    const report = doc([
      "Report to Cabinet",
      "",
      "1.  Purpose of report",
      "",
      "1.1  This report asks Cabinet to approve the purchase of the former bus depot on",
      "     Canal Street for a new enterprise hub.",
      "",
      "2.  Background",
      "",
      "2.1  The depot closed in 2019 and has been empty since.",
    ]);
    expect(numbers(report)).toEqual(["1", "2"]);
    // The paragraph number is kept on the paragraph, not in the item's own text.
    expect(report.items[0]!.text.startsWith("This report asks Cabinet")).toBe(true);
    expect(report.items[0]!.paragraphs[0]!.text.startsWith("1.1 This report")).toBe(true);
  });

  it("a line under a complete title that starts afresh qualifies the item: part of its printed heading, not of its title or text; a bilingual title may be twice as long", () => {
    const r = doc([
      "Cabinet",
      "",
      "4     Fleet Replacement Programme 2025/26",
      "      Key decision – Forward Plan reference KD/25/014",
      "",
      "The Cabinet Member introduced the report.",
      "",
      "5     Ceisiadau Cynllunio Ar Gyfer Y Cyfnod Hwn a'r Nesaf / Planning Applications for This Period and the Next One Coming",
      "",
      "view the full minutes text for item 5",
      "",
      "Nid oedd unrhyw geisiadau. / There were no applications.",
    ]);
    expect(titles(r)).toEqual(["Fleet Replacement Programme 2025/26", "Ceisiadau Cynllunio Ar Gyfer Y Cyfnod Hwn a'r Nesaf / Planning Applications for This Period and the Next One Coming"]);
    expect(r.items[0]!.heading).toBe("4 Fleet Replacement Programme 2025/26 Key decision – Forward Plan reference KD/25/014");
    expect(r.items[0]!.text).toBe("The Cabinet Member introduced the report.");
    expect(r.items[1]!.text).toBe("Nid oedd unrhyw geisiadau. / There were no applications.");
    expect(r.furniture.map((f) => f.text)).toContain("view the full minutes text for item 5");
  });

  it("a one-off numbered line inside running text is not a heading", () => {
    const r = doc([
      "Minutes of the Allotments Sub-Committee",
      "",
      "The Chair opened the meeting and the following were noted:",
      "3 plots had become vacant since March and would be offered to the waiting list.",
      "The meeting closed at 8.00 pm.",
    ]);
    expect(r.items).toEqual([]);
  });
});

describe("decisions in all their forms and positions", () => {
  it("a decision inside a paragraph: 'Resolved: to …', 'it was RESOLVED to …', 'It was resolved that …', 'The Council agreed to …' and '…; this was agreed'", () => {
    const r = doc([
      "Fenby Parish Council",
      "",
      "25/041\tCar park",
      "Two quotations were compared. After a short debate it was RESOLVED to accept the lower quotation of £3,200 from Dale Surfacing. Cllr Ito asked that the drainage be checked first; this was agreed.",
      "",
      "25/042\tFinance",
      "Resolved: to approve the payments listed. It was resolved that the bank reconciliation be noted. The Council agreed to give £150 to the youth club.",
    ]);
    expect(decisions(r)).toEqual([
      "25/041: After a short debate it was RESOLVED to accept the lower quotation of £3,200 from Dale Surfacing.",
      "25/041: Cllr Ito asked that the drainage be checked first; this was agreed.",
      "25/042: to approve the payments listed.",
      "25/042: It was resolved that the bank reconciliation be noted.",
      "25/042: The Council agreed to give £150 to the youth club.",
    ]);
  });

  it("a lead-in before lettered or numbered parts ('The Committee agreed:-', 'The Committee:-', 'Moved … and AGREED that:') gives one decision per part", () => {
    const r = doc([
      "Glenruie Council",
      "",
      "4.  BUDGET MONITORING",
      "",
      "The Committee agreed:-",
      "",
      "(i)   to note the outturn for the year;",
      "",
      "(ii)  to approve the virements in Appendix 1; and",
      "",
      "(iii) that a further report be submitted in October.",
      "",
      "5.  SCHOOL ESTATE",
      "",
      "The Committee:-",
      "",
      "(a)  noted the condition survey; and",
      "",
      "(b)  instructed the Head of Estates to prepare a programme of repairs.",
      "",
      "6.  CAR PARKING",
      "",
      "Moved by Alderman Reid, seconded by Councillor Byrne and AGREED that:",
      "",
      "(a)  the hourly charge be held at £1.00; and",
      "",
      "(b)  evening charges not be introduced.",
    ]);
    expect(r.items.map((i) => i.resolutions.map((x) => x.marker))).toEqual([["i", "ii", "iii"], ["a", "b"], ["a", "b"]]);
    expect(r.items[1]!.resolutions[1]!.text).toBe("instructed the Head of Estates to prepare a programme of repairs.");
    expect(r.items[2]!.resolutions[0]!.text).toBe("the hourly charge be held at £1.00");
  });

  it("a 'DECISION' label followed by the body and its numbered parts, under sub-items in capitals ('4.1')", () => {
    const r = doc([
      "INTEGRATION JOINT BOARD",
      "",
      "4.   FINANCE",
      "",
      "4.1  BUDGET POSITION — MONTH 6",
      "",
      "The Chief Finance Officer presented the report.",
      "",
      "DECISION",
      "The Integration Joint Board:",
      "1.  noted the projected overspend;",
      "2.  instructed the Chief Officer to prepare a recovery plan.",
      "",
      "4.2  RESERVES STRATEGY",
      "",
      "The Board approved the strategy.",
      "",
      "5.   DATE OF NEXT MEETING",
      "",
      "12 December 2025.",
    ]);
    expect(numbers(r)).toEqual(["4", "4.1", "4.2", "5"]);
    expect(r.items[1]!.resolutions.map((x) => x.text)).toEqual(["noted the projected overspend", "instructed the Chief Officer to prepare a recovery plan."]);
    expect(r.items[2]!.resolutions.map((x) => x.text)).toEqual(["The Board approved the strategy."]);
  });

  it("a label closing a paragraph takes the lettered parts after it as decisions ('… this year. RESOLVED:')", () => {
    const r = doc([
      "4\\. Precept: The Clerk presented the draft budget. Members felt a small rise was fair this year. **RESOLVED:**",
      "",
      "    a. to approve the budget as presented;",
      "    b. to set the precept at £9,200.",
      "",
      "5\\. Close: The meeting closed at 9pm.",
    ]);
    expect(r.items[0]!.resolutions.map((x) => [x.marker, x.text])).toEqual([["a", "to approve the budget as presented"], ["b", "to set the precept at £9,200."]]);
  });

  it("a consultee council's planning view is its decision: 'Comment: No objection.', 'Comment: Objection – …'", () => {
    const r = doc([
      "Planning Committee",
      "",
      "P25/201 25/00512/HOUS – 7 Elm Close",
      "Two storey side extension.",
      "Comment: No objection.",
      "",
      "P25/202 25/00530/FUL – Yard at Station Road",
      "Six flats with parking.",
      "Members were concerned about access.",
      "Comment: Objection – inadequate visibility at the access.",
    ]);
    expect(decisions(r)).toEqual(["P25/201: Comment: No objection.", "P25/202: Comment: Objection – inadequate visibility at the access."]);
  });

  it("the Welsh and English label 'PENDERFYNWYD / RESOLVED' opens a decision", () => {
    const r = doc([
      "Cyngor Sir Enghraifft / Example County Council",
      "",
      "3.  COFNODION / MINUTES",
      "",
      "PENDERFYNWYD / RESOLVED: to approve the minutes of the meeting held on 1 July 2025.",
    ]);
    expect(decisions(r)).toEqual(["3: to approve the minutes of the meeting held on 1 July 2025."]);
  });

  it("in a typewritten record all in capitals, 'AGREED' in a sentence is not a decision; its RESOLVED labels are", () => {
    const r = doc([
      "BRINDLEY BOROUGH COUNCIL",
      "",
      "12. PEDESTRIAN CROSSING, MILL STREET",
      "",
      "THE BOROUGH ENGINEER REPORTED THAT THE COUNTY COUNCIL HAD AGREED TO MEET HALF THE COST.",
      "",
      "RESOLVED - THAT A ZEBRA CROSSING BE PROVIDED.",
      "",
      "13. DATE OF NEXT MEETING",
      "",
      "RESOLVED - THAT THE NEXT MEETING BE HELD ON 4TH MARCH 1996.",
    ]);
    expect(decisions(r)).toEqual(["12: THAT A ZEBRA CROSSING BE PROVIDED.", "13: THAT THE NEXT MEETING BE HELD ON 4TH MARCH 1996."]);
  });

  it("a body noting or accepting beside a formal decision gives its reasons; where nothing is resolved it is the decision", () => {
    const r = doc([
      "Licensing Sub-Committee",
      "",
      "3. Premises licence – The Anchor",
      "",
      "The Sub-Committee accepted that the door staff had reduced disorder.",
      "",
      "Resolved: That the licence be granted subject to the conditions in the report.",
      "",
      "4. Annual report",
      "",
      "The Sub-Committee noted the annual report.",
    ]);
    expect(decisions(r)).toEqual(["3: That the licence be granted subject to the conditions in the report.", "4: The Sub-Committee noted the annual report."]);
  });

  it("'it was agreed that officers would …' beside a formal decision is an action, not another decision", () => {
    const r = doc([
      "Scrutiny Panel",
      "",
      "12/25 ADOPTION SERVICE",
      "",
      "Members asked about recruitment. It was agreed that officers would circulate the figures.",
      "",
      "Resolved: That the report be noted.",
    ]);
    expect(decisions(r)).toEqual(["12/25: That the report be noted."]);
  });
});

describe("a report's findings and recommendations", () => {
  it("findings after a findings lead-in, coded recommendations after '… recommends:', 'We recommend that …' with its parts, conclusions citing their paragraphs and numbered 'That …' proposals", () => {
    const r = doc([
      "Scrutiny Review of Library Opening Hours",
      "",
      "Report of the Review Panel",
      "",
      "The Panel's key findings are:",
      "",
      "•  Visits fell by a fifth after Sunday opening ended.",
      "•  Volunteers now staff three of the eleven branches.",
      "",
      "The Review Panel recommends:",
      "",
      "R1: That the Cabinet restores Sunday opening at the two largest branches from April 2026.",
      "",
      "R2: That the Cabinet reports the cost of extended hours to the Panel by January 2026.",
      "",
      "Conclusions",
      "",
      "1.   The loss of Sunday opening hit working families hardest. (Paragraphs 4 and 5)",
      "",
      "2.   We recommend that the Head of Libraries publishes branch visit figures every quarter. (Paragraph 6)",
      "",
      "3.   We recommend that the Council:",
      "",
      "     (a)  consults users before changing opening hours; and",
      "",
      "     (b)  keeps one late evening a week at every branch.",
      "",
      "Recommendations to Cabinet",
      "",
      "4.1  That Cabinet notes the Panel's report.",
    ]);
    const all = [...r.items.flatMap((i) => i.resolutions), ...(r.resolutions ?? [])].map((x) => [x.kind, x.text.slice(0, 40)]);
    expect(all).toEqual(expect.arrayContaining([
      ["finding", "Visits fell by a fifth after Sunday open"],
      ["finding", "Volunteers now staff three of the eleven"],
      ["recommendation", "R1: That the Cabinet restores Sunday ope"],
      ["recommendation", "R2: That the Cabinet reports the cost of"],
      ["finding", "The loss of Sunday opening hit working f"],
      ["recommendation", "We recommend that the Head of Libraries "],
      ["recommendation", "consults users before changing opening h"],
      ["recommendation", "keeps one late evening a week at every b"],
      ["recommendation", "That Cabinet notes the Panel's report."],
    ]));
    expect(all).toHaveLength(9);
  });
});

describe("furniture", () => {
  it("a signature block and 'The meeting ended at …' are not headings, and the end time is kept", () => {
    const r = doc([
      "Minutes of the Highways Panel held on 6 June 2025 at 10.00 am",
      "",
      "41 Road safety",
      "",
      "The Panel noted the casualty figures.",
      "",
      "The meeting ended at 11.45 am",
      "",
      "Chairman",
      "",
      "Date:",
    ]);
    expect(r.endTime).toBe("11:45");
    const kinds = r.items[0]!.paragraphs.map((p) => [p.text, p.kind]);
    expect(kinds).toEqual([
      ["The Panel noted the casualty figures.", "text"],
      ["The meeting ended at 11.45 am", "text"],
      ["Chairman", "text"],
      ["Date:", "text"],
    ]);
  });

  it("a page footer with its page number and the initials box are furniture, and a paragraph split by the page break reads as one", () => {
    const r = doc([
      "Dunmere Town Council",
      "",
      "DT/25/04",
      "MAYOR'S ANNOUNCEMENTS",
      "The Mayor reported that she had attended nine engagements, including the opening of the new",
      "",
      "Dunmere Town Council – Full Council – 10 April 2025                        Page 1 of 3",
      "                                                  Mayor's initials ............",
      "",
      "library extension and the spring fair. The announcements were noted.",
      "",
      "DT/25/05",
      "CLOSE",
      "The meeting closed at 8.30 pm.",
    ]);
    expect(r.furniture.map((f) => f.text.trim())).toEqual(expect.arrayContaining(["Mayor's initials ............"]));
    expect(r.furniture.some((f) => /Page 1 of 3/.test(f.text))).toBe(true);
    expect(r.items[0]!.paragraphs.map((p) => p.text)).toEqual([
      "The Mayor reported that she had attended nine engagements, including the opening of the new library extension and the spring fair. The announcements were noted.",
    ]);
  });

  it("a running header printed beside the page number is furniture even when it recurs only twice, and a decision's parts run on across it", () => {
    const r = doc([
      "Kilbrae Council – Finance Committee – 3 June 2025",
      "",
      "5.    ASSET TRANSFER – OLD SCHOOL HALL",
      "",
      "The Committee agreed:-",
      "",
      "(a)  to approve the transfer of the hall to the Kilbrae Trust; and",
      "",
      "                                      Page 2 of 3",
      "Kilbrae Council – Finance Committee – 3 June 2025",
      "",
      "(b)  that the transfer include a clawback for 20 years.",
      "",
      "6.    CLOSE",
      "",
      "It was RESOLVED:",
      "",
      "That the next meeting be held on 1 July 2025.",
    ]);
    expect(r.furniture.map((f) => f.text.trim())).toContain("Kilbrae Council – Finance Committee – 3 June 2025");
    expect(decisions(r)).toEqual([
      "5: to approve the transfer of the hall to the Kilbrae Trust",
      "5: that the transfer include a clawback for 20 years.",
      "6: That the next meeting be held on 1 July 2025.",
    ]);
  });

  it("a lone '&' between list items joins them: it is not a list item of its own", () => {
    const r = doc([
      "77/25 PLAY AREAS",
      "",
      "Resolved That:",
      "",
      "- 1. the inspection report be noted;",
      "- &",
      "- 2. the repairs be carried out.",
      "",
      "78/25 CLOSE",
      "",
      "Closed at 9 pm.",
    ]);
    const ps = r.items[0]!.paragraphs;
    expect(ps.find((p) => p.text === "&")!.kind).toBe("text");
    expect(ps.filter((p) => p.kind === "list-item").map((p) => p.text)).toEqual(["1. the inspection report be noted;", "2. the repairs be carried out."]);
  });
});

describe("--explain", () => {
  it("prints each heading and decision with the cue that decided it and the alternative it beat, and the numbered lines that lost", () => {
    const text = [
      "Harbour Board",
      "",
      "HB 7   APOLOGIES",
      "None.",
      "",
      "HB 8   PILOTAGE CHARGES",
      "RESOLVED that the charges be increased by 3%.",
      "",
      "HB 9   CLOSE",
      "Closed at 4 pm.",
    ].join("\n");
    const out = explainDocument({ text, source: { file: "x.txt", path: "x.txt", sha256: "0".repeat(64), bytes: text.length, encoding: "utf-8", url: null }, meta: {} }).join("\n");
    expect(out).toMatch(/item HB 8 +Pilotage Charges\n +cue: numbered line before its text; family HB \|1 recurs and increases; beat: a paragraph/);
    expect(out).toMatch(/decision \(resolved\) that the charges be increased by 3%\.\n +cue: decision label opening a paragraph; beat: running text/);
  });
});
