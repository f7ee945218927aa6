// People identity from evidence (issue 12): a written form compatible with several people is
// settled by what the documents say — who attended the same meeting, who is written in the same
// document, who holds the same office — and two forms listed at one meeting are two people.
// Names here are invented for the tests.
import { describe, expect, it } from "vitest";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { parsePersonName } from "../../scripts/pipeline/names.ts";
import { namesCompatible } from "../../scripts/pipeline/resolve/compatible.ts";
import { record } from "./records.ts";

const PARISH = "Kelvedon Mere Parish Council";
const none = NO_PEOPLE_OVERRIDES;
const idOf = (out: ReturnType<typeof resolvePeople>, file: string, name: string) =>
  out.find((r) => r.source.file === file)?.attendance.find((a) => a.name === name)?.personId ?? out.find((r) => r.source.file === file)?.people.find((p) => p.namesAsWritten.includes(name))?.id;

describe("identity from evidence", () => {
  it("an initial shared by two people goes to the one who did not sit at the same meeting with it", () => {
    const out = resolvePeople(
      [
        record({ file: "jan.txt", council: PARISH, date: "2025-01-07", attendance: ["Cllr Owen Tarrant"] }),
        record({ file: "mar.txt", council: PARISH, date: "2025-03-04", attendance: ["O Tarrant"] }),
        record({ file: "may.txt", council: PARISH, date: "2025-05-06", attendance: ["O. Tarrant", { name: "Mr Oliver Tarrant", status: "in-attendance" }] }),
      ],
      none,
    );
    const owen = idOf(out, "jan.txt", "Cllr Owen Tarrant");
    expect(idOf(out, "mar.txt", "O Tarrant")).toBe(owen);
    expect(idOf(out, "may.txt", "O. Tarrant")).toBe(owen);
    expect(idOf(out, "may.txt", "Mr Oliver Tarrant")).not.toBe(owen);
  });

  it("an initial goes to the full name written in the same document", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: PARISH, date: "2025-01-01", attendance: ["Cllr Rhona Vickery"] }),
        record({ file: "b.txt", council: PARISH, date: "2025-02-01", attendance: ["Cllr Ross Vickery"] }),
        record({ file: "c.txt", council: PARISH, date: "2025-03-01", attendance: ["R Vickery"], mentioned: ["Rhona Vickery"] }),
      ],
      none,
    );
    expect(idOf(out, "c.txt", "R Vickery")).toBe(idOf(out, "a.txt", "Cllr Rhona Vickery"));
    expect(idOf(out, "c.txt", "R Vickery")).not.toBe(idOf(out, "b.txt", "Cllr Ross Vickery"));
  });

  it("an initial goes to the person who holds the same office", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: PARISH, date: "2025-01-01", attendance: ["Cllr Sunil Dhar", { name: "Sabina Dhar", status: "in-attendance", title: "Parish Clerk" }] }),
        record({ file: "b.txt", council: PARISH, date: "2025-02-01", attendance: [{ name: "S Dhar", status: "in-attendance", title: "Parish Clerk" }] }),
      ],
      none,
    );
    expect(idOf(out, "b.txt", "S Dhar")).toBe(idOf(out, "a.txt", "Sabina Dhar"));
    expect(idOf(out, "b.txt", "S Dhar")).not.toBe(idOf(out, "a.txt", "Cllr Sunil Dhar"));
  });

  it("two forms listed at one meeting are two people, unless both spell out given names", () => {
    const out = resolvePeople(
      [record({ file: "a.txt", council: PARISH, attendance: ["Alderman K Boyd", "Councillor K Boyd", "H. Lyle", "H.T. Lyle"] })],
      none,
    );
    expect(idOf(out, "a.txt", "Alderman K Boyd")).not.toBe(idOf(out, "a.txt", "Councillor K Boyd"));
    expect(idOf(out, "a.txt", "H. Lyle")).not.toBe(idOf(out, "a.txt", "H.T. Lyle"));
  });

  it("with no evidence an ambiguous initial stays a person of its own", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: PARISH, date: "2025-01-01", attendance: ["Cllr Pia Norland"] }),
        record({ file: "b.txt", council: PARISH, date: "2025-02-01", attendance: ["Cllr Paul Norland"] }),
        record({ file: "c.txt", council: PARISH, date: "2025-03-01", attendance: ["P Norland"] }),
      ],
      none,
    );
    const p = idOf(out, "c.txt", "P Norland");
    expect(p).not.toBe(idOf(out, "a.txt", "Cllr Pia Norland"));
    expect(p).not.toBe(idOf(out, "b.txt", "Cllr Paul Norland"));
  });

  it("Snr and Jnr are father and son; the tier before 'Cllr' is an honorific", () => {
    expect(namesCompatible(parsePersonName("Mr Ewan Dale Snr"), parsePersonName("Mr Ewan Dale Jnr"))).toBe(false);
    expect(namesCompatible(parsePersonName("Mr Ewan Dale Snr"), parsePersonName("E Dale"))).toBe(true);
    const d = parsePersonName("District Cllr Maud Perrin");
    expect([d.honorific, d.surname, d.given]).toEqual(["District Cllr", "Perrin", ["Maud"]]);
  });
});
