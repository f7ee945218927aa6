// People identity by kind of evidence (issue 12): whose record it is when the text names no council,
// offices that tell two members apart, and which of two candidates a form goes to when the
// documents say (the members a document lists, the councillor it styles so, the shape of the name).
// Each test pins both the "same" and the "different" decision. Names and councils are invented.
import { describe, expect, it } from "vitest";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { peoplesCouncils, resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { idOf, record } from "./records.ts";

const none = NO_PEOPLE_OVERRIDES;
const COUNTY = "Cwm Tawel County Borough Council";
const BOROUGH = "Maplethorpe Borough Council";

describe("a record whose text names no council", () => {
  it("gives its people to the one council of the archive whose place its venue names", () => {
    const records = [
      record({ file: "planning.txt", council: COUNTY, date: "2024-06-12", attendance: ["Councillor Owain Pryce", "Councillor Lowri Bevan"] }),
      { ...record({ file: "board.txt", council: null, committee: "Executive Board", date: "2024-06-03", attendance: ["O. Pryce", "T. Morgan"] }), venue: "Chamber, Civic Centre, Cwm Tawel" },
    ];
    expect(peoplesCouncils(records)).toEqual(["cwm-tawel-county-borough-council", "cwm-tawel-county-borough-council"]);
    const out = resolvePeople(records, none);
    expect(idOf(out, "board.txt", "O. Pryce")).toBe(idOf(out, "planning.txt", "Councillor Owain Pryce"));
    // Someone no other document names is still the venue's council's person, under their own id.
    expect(idOf(out, "board.txt", "T. Morgan")).toBe("cwm-tawel-county-borough-council/morgan-t");
  });

  it("keeps its people apart when the venue names no council's place, or two", () => {
    const records = [
      record({ file: "planning.txt", council: COUNTY, attendance: ["Councillor Owain Pryce"] }),
      record({ file: "other.txt", council: "Pentre Isaf Community Council", attendance: ["Cllr Huw Jenkins"] }),
      { ...record({ file: "a.txt", council: null, attendance: ["O. Pryce"] }), venue: "Village Hall, Abermor" },
      { ...record({ file: "b.txt", council: null, attendance: ["O. Pryce"] }), venue: "Cwm Tawel Hall, Pentre Isaf" },
    ];
    expect(peoplesCouncils(records).slice(2)).toEqual(["unknown-council", "unknown-council"]);
    const out = resolvePeople(records, none);
    expect(idOf(out, "a.txt", "O. Pryce")).not.toBe(idOf(out, "planning.txt", "Councillor Owain Pryce"));
  });
});

describe("offices and shared initials in one document", () => {
  it("an Alderman and a Councillor of the same initial are two people; the Councillor's full name joins the Councillor", () => {
    const out = resolvePeople(
      [
        record({
          file: "a.txt",
          council: BOROUGH,
          attendance: ["Alderman K Doran", "K Doran", "P Keane"],
          mentioned: ["Councillor K Doran", "Councillor Kieran Doran"],
        }),
      ],
      none,
    );
    const alderman = idOf(out, "a.txt", "Alderman K Doran");
    const councillor = idOf(out, "a.txt", "K Doran");
    expect(alderman).not.toBe(councillor);
    expect(idOf(out, "a.txt", "Councillor K Doran")).toBe(councillor);
    expect(idOf(out, "a.txt", "Councillor Kieran Doran")).toBe(councillor);
    expect(idOf(out, "a.txt", "Councillor Kieran Doran")).not.toBe(alderman);
  });

  it("across documents the office alone does not part two forms (a councillor made an alderman)", () => {
    const out = resolvePeople(
      [
        record({ file: "2019.txt", council: BOROUGH, date: "2019-05-01", attendance: ["Councillor Kieran Doran"] }),
        record({ file: "2024.txt", council: BOROUGH, date: "2024-05-01", attendance: ["Alderman K Doran"] }),
      ],
      none,
    );
    expect(idOf(out, "2024.txt", "Alderman K Doran")).toBe(idOf(out, "2019.txt", "Councillor Kieran Doran"));
  });
});

describe("an initial two people share, settled by what the documents say", () => {
  it("a form goes to the candidate its document lists as a member, not one it names in passing", () => {
    const out = resolvePeople(
      [
        record({ file: "select.txt", council: BOROUGH, date: "2024-01-01", attendance: ["Cllr Rhys Talbot"] }),
        record({ file: "annual.txt", council: BOROUGH, date: "2025-05-01", attendance: [{ name: "Roberta Talbot", status: "member" }], mentioned: ["Cllr R. Talbot", "Cllr Rhys Talbot"] }),
      ],
      none,
    );
    expect(idOf(out, "annual.txt", "Cllr R. Talbot")).toBe(idOf(out, "annual.txt", "Roberta Talbot"));
    expect(idOf(out, "annual.txt", "Cllr R. Talbot")).not.toBe(idOf(out, "select.txt", "Cllr Rhys Talbot"));
  });

  it("a member sitting at a meeting goes to the candidate that meeting's document styles Councillor", () => {
    const out = resolvePeople(
      [
        record({ file: "council.txt", council: BOROUGH, date: "2024-03-01", attendance: ["H. Quarry", "J. Lomax"], mentioned: ["Councillor Harriet Quarry", "Hilda Quarry"] }),
      ],
      none,
    );
    expect(idOf(out, "council.txt", "H. Quarry")).toBe(idOf(out, "council.txt", "Councillor Harriet Quarry"));
    expect(idOf(out, "council.txt", "H. Quarry")).not.toBe(idOf(out, "council.txt", "Hilda Quarry"));
  });

  it("a form showing one forename goes to the person written with one, not to one with a second initial", () => {
    const out = resolvePeople(
      [
        record({ file: "planning.txt", council: COUNTY, date: "2024-06-12", attendance: ["Councillor Dafydd Rhys"] }),
        record({ file: "board.txt", council: COUNTY, date: "2024-06-03", attendance: ["D.W. Rhys", { name: "D. Rhys", status: "in-attendance" }] }),
      ],
      none,
    );
    expect(idOf(out, "planning.txt", "Councillor Dafydd Rhys")).toBe(idOf(out, "board.txt", "D. Rhys"));
    expect(idOf(out, "planning.txt", "Councillor Dafydd Rhys")).not.toBe(idOf(out, "board.txt", "D.W. Rhys"));
  });

  it("with no such evidence the initial still stays a person of its own", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: BOROUGH, date: "2024-01-01", attendance: ["Cllr Nadia Orr"] }),
        record({ file: "b.txt", council: BOROUGH, date: "2024-02-01", attendance: ["Cllr Neil Orr"] }),
        record({ file: "c.txt", council: BOROUGH, date: "2024-03-01", mentioned: ["N Orr"] }),
      ],
      none,
    );
    expect(idOf(out, "c.txt", "N Orr")).not.toBe(idOf(out, "a.txt", "Cllr Nadia Orr"));
    expect(idOf(out, "c.txt", "N Orr")).not.toBe(idOf(out, "b.txt", "Cllr Neil Orr"));
  });
});

describe("a joint body's members belong to their own council", () => {
  it("a member whose council the archive holds no record of is that council's person in every joint body", () => {
    const out = resolvePeople(
      [
        record({ file: "fire.txt", council: "Ashdown and Mere Combined Fire Authority", date: "2024-03-01", attendance: [{ name: "Cllr S Quayle", title: "Mere DC" }] }),
        record({ file: "joint.txt", council: "Ashdown Borough Council", committee: "Ashdown and Mere Joint Parking Committee", date: "2024-10-01", attendance: [{ name: "Cllr S Quayle", title: "Mere District Council" }, { name: "Cllr P Noble", title: "Ashdown Borough Council" }], mentioned: ["Cllr Sian Quayle"] }),
        record({ file: "borough.txt", council: "Ashdown Borough Council", date: "2024-11-01", attendance: ["Cllr Simon Quayle", "Cllr Peter Noble"] }),
      ],
      none,
    );
    expect(idOf(out, "fire.txt", "Cllr S Quayle")).toBe("mere-district-council/quayle-s");
    expect(idOf(out, "joint.txt", "Cllr S Quayle")).toBe("mere-district-council/quayle-s");
    expect(idOf(out, "joint.txt", "Cllr Sian Quayle")).toBe("mere-district-council/quayle-s");
    // The borough's own namesake stays the borough's, and its own members are its people.
    expect(idOf(out, "borough.txt", "Cllr Simon Quayle")).not.toBe("mere-district-council/quayle-s");
    expect(idOf(out, "joint.txt", "Cllr P Noble")).toBe(idOf(out, "borough.txt", "Cllr Peter Noble"));
  });
});

describe("initials standing for a person", () => {
  it("refer to the person named beside them, and stay among the names written", () => {
    const base = record({ file: "wg.txt", council: BOROUGH, attendance: [{ name: "Priya Nandra", status: "in-attendance", title: "Planning Policy Manager" }] });
    const withAlias = { ...base, people: base.people.map((p) => (p.name === "Priya Nandra" ? { ...p, namesAsWritten: ["Priya Nandra", "PN"] } : p)) };
    const out = resolvePeople([withAlias, record({ file: "later.txt", council: BOROUGH, mentioned: ["PN"] })], none);
    expect(idOf(out, "wg.txt", "PN")).toBe(idOf(out, "wg.txt", "Priya Nandra"));
    // Elsewhere, bare initials with no one named beside them are not that person.
    expect(idOf(out, "later.txt", "PN")).not.toBe(idOf(out, "wg.txt", "Priya Nandra"));
  });
});

describe("father and son of one name", () => {
  const TOWN = "Wenlow Town Council";
  it("a form written Snr goes to the one a declaration names as the father, not to the son", () => {
    const out = resolvePeople(
      [
        record({
          file: "full.txt",
          council: TOWN,
          date: "2025-04-01",
          attendance: ["Cllr Edwin Marley", "Cllr Elliot Marley"],
          declarations: [{ person: "Cllr Elliot Marley", nature: "an other registrable interest as his father, Cllr Edwin Marley, chairs the allotment society" }],
        }),
        record({ file: "planning.txt", council: TOWN, date: "2025-04-08", attendance: ["Cllr E Marley Snr"] }),
      ],
      none,
    );
    expect(idOf(out, "planning.txt", "Cllr E Marley Snr")).toBe(idOf(out, "full.txt", "Cllr Edwin Marley"));
    expect(idOf(out, "planning.txt", "Cllr E Marley Snr")).not.toBe(idOf(out, "full.txt", "Cllr Elliot Marley"));
  });

  it("without a declaration saying who is whose father, the Snr form stays its own", () => {
    const out = resolvePeople(
      [
        record({ file: "full.txt", council: TOWN, date: "2025-04-01", attendance: ["Cllr Edwin Marley", "Cllr Elliot Marley"] }),
        record({ file: "planning.txt", council: TOWN, date: "2025-04-08", attendance: ["Cllr E Marley Snr"] }),
      ],
      none,
    );
    expect(idOf(out, "planning.txt", "Cllr E Marley Snr")).not.toBe(idOf(out, "full.txt", "Cllr Edwin Marley"));
    expect(idOf(out, "planning.txt", "Cllr E Marley Snr")).not.toBe(idOf(out, "full.txt", "Cllr Elliot Marley"));
  });
});

describe("an officer named with a job and a councillor of one initial", () => {
  const withText = (r: ReturnType<typeof record>, text: string) => ({
    ...r,
    preamble: [{ anchor: "preamble-p1", kind: "text" as const, text, rows: null, header: false, level: null, marker: null, lines: [1, 1] as [number, number] }],
  });
  it("the job the text gives beside a name tells the officer from the councillor", () => {
    const out = resolvePeople(
      [
        record({ file: "review.txt", council: BOROUGH, date: "2025-01-10", attendance: [{ name: "Councillor Martina Sole", status: "member" }] }),
        withText(record({ file: "cabinet.txt", council: BOROUGH, date: "2025-02-10", mentioned: ["Maurice Sole"] }), "(Legal comments: Maurice Sole, Head of Legal Services, 2 February 2025)"),
        withText(record({ file: "response.txt", council: BOROUGH, date: "2025-03-10", mentioned: ["M Sole"] }), "Statutory officer clearance Monitoring Officer M Sole 26/03/2025"),
      ],
      none,
    );
    expect(idOf(out, "response.txt", "M Sole")).toBe(idOf(out, "cabinet.txt", "Maurice Sole"));
    expect(idOf(out, "response.txt", "M Sole")).not.toBe(idOf(out, "review.txt", "Councillor Martina Sole"));
    expect(idOf(out, "cabinet.txt", "Maurice Sole")).not.toBe(idOf(out, "review.txt", "Councillor Martina Sole"));
  });
});

