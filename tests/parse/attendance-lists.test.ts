// Attendance from what a list is (issue 12): labelled or not, one per line or comma-separated,
// columns, surnames only, bilingual labels, substitutes, officers by title, witnesses. Fixtures are
// written for these tests in the devset's layout families, with their own names and wording.
import { describe, expect, it } from "vitest";
import { LABELS, matchLabel, parseEntry } from "../../scripts/pipeline/parse/attendance.ts";
import { HONORIFICS } from "../../scripts/pipeline/parse/names.ts";
import { names, parseText } from "./helpers.ts";

const by = (r: ReturnType<typeof parseText>, name: string) => r.attendance.find((a) => a.name.endsWith(name));

const SEDERUNT_UNLABELLED = `KILBRAE COUNCIL
MINUTE OF MEETING OF THE HOUSING AND COMMUNITIES COMMITTEE held in Committee Room 4, Kilbrae House, Tollcross on Wednesday, 2 April 2025 at 10.30 am

Councillor Morven Tait
Councillor Angus Rennie
Councillor Isla Buchan (substitute)
Mr Duncan Orr (Tenants' Representative)

In attendance:
Executive Director (Place) – Catriona Weir
Housing Manager – Fraser Lyall

Councillor Morven Tait in the Chair

1 DECLARATIONS OF INTEREST
None.
`;

const TOWN_COLUMNS = `                           ASHLEIGH TOWN COUNCIL
MINUTES OF THE MEETING OF THE FULL COUNCIL HELD IN THE ASSEMBLY ROOM, THE CORN EXCHANGE ON TUESDAY 8 APRIL 2025 AT 7.30 PM

PRESENT:
Cllr Ruth Penberthy (Town Mayor) – in the Chair
Cllr Colin Treloar (Deputy Town Mayor)
Cllr Anna Vosper                      Cllr Mark Jewell
Cllr Sophie Trevail                   Cllr Owen Rowse

Officers present:
T Kitto, Town Clerk
P Nance, Finance Officer

TC/25/01
APOLOGIES FOR ABSENCE
Apologies were received from Cllr Jory Pascoe (work) and Cllr Demelza Hocking (unwell).
`;

const PARISH_SENTENCES = `MEADHAM PARISH COUNCIL
Minutes of the Annual Meeting of Meadham Parish Council held at the Old School, Green Lane on 13/05/2025, commencing at 19:30.

Councillors B. Ashdown (Chairman), C. Lark (Vice-Chairman), E. Mayhew and F. Quill.

The Clerk (Mrs Harriet Vane), County Councillor Piers Ormond and four members of the public were also present.

1. Election of Chairman
Cllr B. Ashdown was elected.
`;

const COLUMNS_OFFICERS = `WICKFORD DISTRICT COUNCIL
STANDARDS COMMITTEE
MINUTES of the meeting held in Committee Room 1, Wickford House on Thursday 6th March 2025 at 6.00 p.m.

Members Present:
Councillor L Hartigan (Chair)
Councillor M Osei (Vice-Chair)
Councillors Tess Amory, Jon Blyth and Nina Carew (substitute for Councillor Raj Dutta)
Co-opted Independent Member (non-voting): Mr S Grove

In Attendance:
F Lomax          Monitoring Officer
G Pryor          Democratic Services Officer

1.    APOLOGIES
Apologies for absence were received from Councillor Raj Dutta.
`;

const BILINGUAL = `CYNGOR BWRDEISTREF SIROL TREFNANT / TREFNANT COUNTY BOROUGH COUNCIL
Minutes of the meeting of the Licensing Committee held on Thursday, 6 March 2025 at 2.00 pm
PRESENNOL / PRESENT:
Y Cynghorydd / Councillor Eluned Pugh (Cadeirydd / Chair)
Y Cynghorwyr / Councillors:  Dafydd Prys, Menna Wyn.
SWYDDOGION / OFFICERS:
Iwan Tudor (Cyfreithiwr / Solicitor)

1. YMDDIHEURIADAU / APOLOGIES
None.
`;

const ALL_CAPS = `                 DUNMERE BOROUGH COUNCIL
MINUTES OF THE MEETING OF THE LEISURE COMMITTEE HELD ON
TUESDAY 9TH MARCH 1993 AT 7.00PM IN COMMITTEE ROOM 1, TOWN HALL, DUNMERE

PRESENT:      COUNCILLOR MRS P. O'DONNELL (CHAIRMAN)
              COUNCILLOR R. J. MACKIE (VICE-CHAIRMAN)
              COUNCILLORS T. BRAY AND MRS L. CUSACK
OFFICERS:     MR H. NORRIS    - BOROUGH LEISURE OFFICER

MIN NO. 12    APOLOGIES FOR ABSENCE
              APOLOGIES FOR ABSENCE WERE RECEIVED FROM COUNCILLOR K. FLINT.

MIN NO. 13    MINUTES
              THE MINUTES OF THE MEETING HELD ON 9TH FEBRUARY 1993 WERE
              CONFIRMED AND SIGNED BY THE CHAIRMAN.
`;

const WITNESSES = `Elmswick County Council
Adult Social Care Select Committee

Day services review
First Report of Session 2025–26

Current membership
Cllr Nora Quince (Independent, Elm Ward) (Chair)
Cllr Peter Hale (Labour, Riverside) (Vice-Chair)

1 Introduction
1. We took evidence from the people listed below.

2 Witnesses
Witnesses: Gemma Roth, Director of Adult Services; Councillor Ivo Kent, Cabinet Member for Adults.
`;

const MEMBERSHIP_SENTENCE = `Elmswick County Council
Report of the Scrutiny Coordinating Board

1. Introduction
1.1 The Board's membership in 2025/26 was Cllr Dr Ada Frome (Chair), Cllr Basil Wren (Vice-Chair) and the chairs of the two select committees – Cllrs Cora Lynd and Dev Anand – together with Cllr Edie Moss.

2. Next steps
2.1 The Board will meet again in June.

Report contact
Fay Gill, Scrutiny Manager

Consulted:
Cllr Gus Hale, Leader of the Council
`;

describe("attendance lists", () => {
  it("a report's membership written as a sentence; its contact and consultees attended", () => {
    const r = parseText(MEMBERSHIP_SENTENCE);
    expect(names(r, "member")).toEqual(["Cllr Dr Ada Frome", "Cllr Basil Wren", "Cora Lynd", "Dev Anand", "Cllr Edie Moss"]);
    expect([by(r, "Ada Frome")?.role, by(r, "Basil Wren")?.role]).toEqual(["chair", "vice-chair"]);
    expect(names(r, "in-attendance")).toEqual(["Fay Gill", "Cllr Gus Hale"]);
  });

  it("an unlabelled run of names before the first label is the members present; 'X in the Chair' is a role; 'Title – Name' officers", () => {
    const r = parseText(SEDERUNT_UNLABELLED);
    expect(names(r, "present")).toEqual(["Councillor Morven Tait", "Councillor Angus Rennie", "Councillor Isla Buchan", "Mr Duncan Orr"]);
    expect(by(r, "Morven Tait")?.role).toBe("chair");
    expect(by(r, "Isla Buchan")?.category).toBe("substitute");
    expect(names(r, "in-attendance")).toEqual(["Catriona Weir", "Fraser Lyall"]);
    expect(by(r, "Catriona Weir")?.title).toBe("Executive Director (Place)");
  });

  it("two columns of names, the Mayor in the chair and the Deputy as vice-chair, officers 'Name, Title', apologies under a bare item number", () => {
    const r = parseText(TOWN_COLUMNS);
    expect(names(r, "present")).toHaveLength(6);
    expect(by(r, "Ruth Penberthy")?.role).toBe("chair");
    expect(by(r, "Colin Treloar")?.role).toBe("vice-chair");
    expect(names(r, "in-attendance")).toEqual(["T Kitto", "P Nance"]);
    expect(names(r, "apologies")).toEqual(["Cllr Jory Pascoe", "Cllr Demelza Hocking"]);
  });

  it("a members' line with no label and '… were also present.' as a sentence", () => {
    const r = parseText(PARISH_SENTENCES);
    expect(names(r, "present")).toEqual(["B. Ashdown", "C. Lark", "E. Mayhew", "F. Quill"]);
    expect([by(r, "B. Ashdown")?.role, by(r, "C. Lark")?.role]).toEqual(["chair", "vice-chair"]);
    expect(names(r, "in-attendance")).toEqual(["Mrs Harriet Vane", "County Councillor Piers Ormond"]);
    expect(by(r, "Harriet Vane")?.title).toBe("Clerk");
  });

  it("column gaps separate a name from its title; a substitute is recorded without the member they replace", () => {
    const r = parseText(COLUMNS_OFFICERS);
    expect(names(r, "present")).toEqual(["Councillor L Hartigan", "Councillor M Osei", "Tess Amory", "Jon Blyth", "Nina Carew", "Mr S Grove"]);
    expect(by(r, "Nina Carew")?.category).toBe("substitute");
    expect(by(r, "Tess Amory")?.category).not.toBe("substitute");
    expect(names(r, "in-attendance")).toEqual(["F Lomax", "G Pryor"]);
    expect(by(r, "F Lomax")?.title).toBe("Monitoring Officer");
    expect(names(r, "apologies")).toEqual(["Councillor Raj Dutta"]);
  });

  it("bilingual labels, honorifics and roles are read in English", () => {
    const r = parseText(BILINGUAL);
    expect(names(r, "present")).toEqual(["Councillor Eluned Pugh", "Dafydd Prys", "Menna Wyn"]);
    expect(by(r, "Eluned Pugh")?.role).toBe("chair");
    expect(names(r, "in-attendance")).toEqual(["Iwan Tudor"]);
  });

  it("a typewritten all-capitals list is read in name case, apologies too", () => {
    const r = parseText(ALL_CAPS);
    expect(names(r, "present")).toEqual(["Councillor Mrs P. O'Donnell", "Councillor R. J. Mackie", "T. Bray", "Mrs L. Cusack"]);
    expect(by(r, "O'Donnell")?.role).toBe("chair");
    expect(names(r, "in-attendance")).toEqual(["Mr H. Norris"]);
    expect(names(r, "apologies")).toEqual(["Councillor K. Flint"]);
  });

  it("a report's membership are members, and the witnesses it heard attended", () => {
    const r = parseText(WITNESSES);
    expect(names(r, "member")).toEqual(["Cllr Nora Quince", "Cllr Peter Hale"]);
    expect([by(r, "Nora Quince")?.role, by(r, "Peter Hale")?.role]).toEqual(["chair", "vice-chair"]);
    expect(names(r, "in-attendance")).toEqual(["Gemma Roth", "Councillor Ivo Kent"]);
  });

  it("parseEntry: a plural honorific opens its own list; 'Chief Executive (Mr K Doyle)' is an office with its holder", () => {
    expect(parseEntry("Alderman R Moore (Chair), Aldermen S Ennis and T Greer, Councillors U Hart, V Irwin").map((p) => p.name)).toEqual([
      "Alderman R Moore", "S Ennis", "T Greer", "U Hart", "V Irwin",
    ]);
    expect(parseEntry("Chief Executive (Mr K Doyle)")).toEqual([{ name: "Mr K Doyle", role: null, title: "Chief Executive" }]);
  });

  it("the label and honorific tables read English and Welsh forms", () => {
    for (const [line, status] of [["Sederunt:", "present"], ["Panel:", "present"], ["HEFYD YN BRESENNOL / ALSO PRESENT:", "in-attendance"], ["Non-Committee Member present:", "in-attendance"], ["Apologies:", "apologies"], ["Contact officer:", "in-attendance"]] as const)
      expect(matchLabel(line)?.label.status, line).toBe(status);
    expect(LABELS.length).toBeGreaterThan(10);
    const honorific = new RegExp(`^(?:${HONORIFICS.join("|")})$`);
    for (const h of ["Cynghorydd", "Y Cynghorwyr", "Bailie", "Alderman", "District Cllr", "The Reverend Canon"]) expect(honorific.test(h), h).toBe(true);
  });
});
