// Header facts weighed from evidence (issue 12): the committee from the strongest cue the header
// gives, the council by what the header names, the date of *this* meeting, the venue a reader would
// write down. Fixtures are written for these tests in the devset's layout families, with their own
// councils and wording.
import { describe, expect, it } from "vitest";
import { bodyName } from "../../scripts/pipeline/parse/facts.ts";
import { parseText } from "./helpers.ts";

const MODERNGOV_WEB = `Skip to main content
Thornbury Vale District Council
Your council
Home  >  Your council  >  Meetings  >  Licensing and Regulatory Committee
Agenda and minutes
Licensing and Regulatory Committee - Monday, 3rd March, 2025 7.15 pm
Venue: Committee Room A, Vale House, Priory Road, Thornbury Vale, TV3 9QQ. View directions
Contact: Imogen Stroud, Committee Officer  Tel: 01632 960555
Items
No.	Item
1.
Apologies
Minutes:
Apologies were received from Councillor Pattinson.
2.
Minutes of the last meeting
Minutes:
RESOLVED that the minutes of the meeting held on 2 December 2024 be approved.
3.
Taxi fares review
Minutes:
The Committee considered the report. The meeting closed at 8.40 pm.
`;

const PARISH_PLAIN = `BRACKENDALE PARISH COUNCIL
ORDINARY MEETING OF THE PARISH COUNCIL
Minutes of the Ordinary Meeting of Brackendale Parish Council held at the Reading Room, Mill Street on 09/04/2025, commencing at 19:00.

1. Apologies
Cllr Farthing – unwell.

2. Minutes
RESOLVED – that the minutes of the meeting held on 12 March 2025 be approved.

The Chairman closed the meeting at 20:55.
`;

const TITLE_AND_DATE = `                                              AGENDA ITEM No. 4
ORCHARD CROSS CITY COUNCIL
EXECUTIVE                                                   14 MAY 2025
REPORT OF THE HEAD OF HOUSING
EMPTY HOMES STRATEGY 2025-2030

Cabinet Member:        Councillor Lena Marsh-Obuya, Cabinet Member for Housing
Key decision:          No
Contact officer:       T R Kowalski, Head of Housing  (01632 960 111)

1. Purpose
1.1 To seek approval of the Empty Homes Strategy.

2. Recommendations
2.1 The Executive is asked to approve the strategy.
`;

const BILINGUAL = `CYNGOR SIR GLANNAU / GLANNAU COUNTY COUNCIL
Cofnodion cyfarfod y Pwyllgor Trwyddedu / Minutes of the meeting of the Licensing Committee
Dyddiad / Date:      Dydd Iau, 6 Mawrth 2025 / Thursday, 6 March 2025
Amser / Time:        2.00 y.p. / 2.00 p.m.
Lleoliad / Venue:    Ystafell Bwyllgor 3, Neuadd y Sir / Committee Room 3, County Hall (ac o bell / and remotely)

1. YMDDIHEURIADAU / APOLOGIES
None.
`;

const JOINT = `Ferrisham Borough Council                         Castlemere District Council
        FERRISHAM AND CASTLEMERE JOINT PARKING COMMITTEE
Minutes of the meeting of the Ferrisham and Castlemere Joint Parking Committee
held on Tuesday 4 February 2025 in the Garden Room, Castlemere District Council
Offices, High Street, Castlemere, commencing at 10.00am

1. Apologies
None.

2. Castlemere District Council parking review
The Castlemere District Council officer presented the report.
`;

describe("header facts", () => {
  it("a ModernGov web page: the committee and time from its title line, the venue ends with its sentence, not the previous meeting's date", () => {
    const r = parseText(MODERNGOV_WEB);
    expect(r.council?.name).toBe("Thornbury Vale District Council");
    expect(r.committee?.name).toBe("Licensing and Regulatory Committee");
    expect([r.date, r.startTime, r.endTime]).toEqual(["2025-03-03", "19:15", "20:40"]);
    expect(r.venue).toBe("Committee Room A, Vale House, Priory Road, Thornbury Vale, TV3 9QQ");
  });

  it("a meeting of the parish council itself is the body 'Council'; a building keeps its article, a room does not", () => {
    const r = parseText(PARISH_PLAIN);
    expect(r.committee?.name).toBe("Council");
    expect(r.date).toBe("2025-04-09");
    expect(r.venue).toBe("Reading Room, Mill Street");
    expect(r.endTime).toBe("20:55");
  });

  it("a report pairs the body with its date on the title line and has no venue", () => {
    const r = parseText(TITLE_AND_DATE);
    expect(r.type).toBe("report");
    expect(r.committee?.name).toBe("Executive");
    expect(r.date).toBe("2025-05-14");
    expect(r.venue).toBeNull();
  });

  it("bilingual labels are read in English", () => {
    const r = parseText(BILINGUAL);
    expect(r.committee?.name).toBe("Licensing Committee");
    expect([r.date, r.startTime]).toEqual(["2025-03-06", "14:00"]);
    expect(r.venue).toBe("Committee Room 3, County Hall");
  });

  it("a joint committee belongs to the council its header names first; the venue is the piece that says where", () => {
    const r = parseText(JOINT);
    expect(r.council?.name).toBe("Ferrisham Borough Council");
    expect(r.committee?.name).toBe("Ferrisham and Castlemere Joint Parking Committee");
    expect(r.venue).toBe("Garden Room, Castlemere District Council Offices, High Street, Castlemere");
    expect(r.startTime).toBe("10:00");
  });

  it("bodyName strips the council's own name from either end and calls the council itself 'Council'", () => {
    expect(bodyName("Planning Committee of Marlow Heath Town Council", "Marlow Heath Town Council")).toBe("Planning Committee");
    expect(bodyName("Marlow Heath Town Council Finance Working Group", "Marlow Heath Town Council")).toBe("Finance Working Group");
    expect(bodyName("the COUNTY COUNCIL", "Wexcombe County Council")).toBe("Council");
    expect(bodyName("Full Council", null)).toBe("Council");
    expect(bodyName("Marlow Heath Town Council", "Marlow Heath Town Council")).toBe("Council");
    expect(bodyName("Standards Sub-Committee", "Marlow Heath Town Council")).toBe("Standards Sub-Committee");
  });
});
