// A joint body (combined authority, joint committee, panel) is formed by councils, and its members
// are their councillors: a name in its records that fits exactly one person of one council forming
// it is that person; a member the attendance places in another council is not. Invented names.
import { describe, expect, it } from "vitest";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { idOf, record } from "./records.ts";

const BOROUGH = "Saltmarsh Borough Council";
const JOINT = "Saltmarsh and Fellside Combined Fire Authority";

describe("members of a joint body", () => {
  it("a joint body's member who fits one person of a council forming it gets that person's id", () => {
    const out = resolvePeople(
      [
        record({ file: "council.txt", council: BOROUGH, date: "2024-01-10", attendance: ["Councillor Imogen Varley", "Councillor Ross Teague"] }),
        record({ file: "fire.txt", council: JOINT, date: "2024-02-10", attendance: ["Cllr I Varley", "Cllr P Ashdown"], mentioned: ["Cllr Varley"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "fire.txt", "Cllr I Varley")).toBe(idOf(out, "council.txt", "Councillor Imogen Varley"));
    expect(idOf(out, "fire.txt", "Cllr Varley")).toBe(idOf(out, "council.txt", "Councillor Imogen Varley"));
    // No one of that name in the councils forming it: the joint body's own person.
    expect(idOf(out, "fire.txt", "Cllr P Ashdown")).toBe("saltmarsh-and-fellside-combined-fire-authority/ashdown-p");
  });

  it("a name that fits two people of the forming council stays the joint body's own", () => {
    const out = resolvePeople(
      [
        record({ file: "council.txt", council: BOROUGH, attendance: ["Councillor Rachel Orme", "Councillor Robert Orme"] }),
        record({ file: "fire.txt", council: JOINT, attendance: ["Cllr R Orme"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "fire.txt", "Cllr R Orme")).toBe("saltmarsh-and-fellside-combined-fire-authority/orme-r");
  });

  it("a member the attendance places in another council is not the forming council's namesake", () => {
    const out = resolvePeople(
      [
        record({ file: "council.txt", council: BOROUGH, attendance: ["Councillor Sean Kerr"] }),
        record({ file: "fire.txt", council: JOINT, attendance: [{ name: "Cllr S Kerr", title: "Fellside DC" }], mentioned: ["Cllr Kerr"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    // Her own council's person (issue 12: people of joint bodies belong to their own council), even
    // though the archive holds no record of Fellside's.
    expect(idOf(out, "fire.txt", "Cllr S Kerr")).toBe("fellside-district-council/kerr-s");
    expect(idOf(out, "fire.txt", "Cllr Kerr")).toBe("fellside-district-council/kerr-s");
    expect(idOf(out, "council.txt", "Councillor Sean Kerr")).toBe("saltmarsh-borough-council/kerr-s");
  });

  it("two councils of one place are not a joint body of each other", () => {
    const out = resolvePeople(
      [
        record({ file: "borough.txt", council: BOROUGH, attendance: ["Councillor Nell Fagan"] }),
        record({ file: "town.txt", council: "Saltmarsh Town Council", attendance: ["Cllr N Fagan"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "town.txt", "Cllr N Fagan")).toBe("saltmarsh-town-council/fagan-n");
  });

  it("a council's panel listing a member of another council ('D. Orrell (Marlow Vale BC)') does not make her the council's namesake", () => {
    const out = resolvePeople(
      [
        record({ file: "audit.txt", council: BOROUGH, date: "2024-01-10", attendance: ["Cllr D Orrell"] }),
        record({ file: "board.txt", council: BOROUGH, date: "2024-02-10", attendance: ["Councillor Duncan Orrell"] }),
        record({ file: "panel.txt", council: BOROUGH, date: "2024-03-10", attendance: [{ name: "D. Orrell", title: "Marlow Vale BC" }, { name: "J. Pike", title: "Saltmarsh BC" }, { name: "Ann Kerr", title: "Solicitor to the Council" }], mentioned: ["Councillor Dawn Orrell"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "audit.txt", "Cllr D Orrell")).toBe(idOf(out, "board.txt", "Councillor Duncan Orrell"));
    expect(idOf(out, "panel.txt", "D. Orrell")).toBe("marlow-vale-borough-council/orrell-d");
    expect(idOf(out, "panel.txt", "Councillor Dawn Orrell")).toBe("marlow-vale-borough-council/orrell-d");
    // Its own council's members, and titles that only mention a council, stay.
    expect(idOf(out, "panel.txt", "J. Pike")).toBe("saltmarsh-borough-council/pike-j");
    expect(idOf(out, "panel.txt", "Ann Kerr")).toBe("saltmarsh-borough-council/kerr-a");
  });
});
