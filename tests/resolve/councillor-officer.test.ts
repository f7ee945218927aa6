// A councillor is not one of the council's officers nor an outside body's representative: a form
// written "Cllr …" and a form only ever listed with a job or an organisation are two people, so a
// councillor's initial settles on the councillor. Invented names.
import { describe, expect, it } from "vitest";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { idOf, record } from "./records.ts";

const COUNTY = "Harlow Fen County Council";

describe("councillors and officers of the same name", () => {
  it("'Cllr P. Dale' is the councillor Pippa Dale, not the officer Philip Dale listed with his job", () => {
    const out = resolvePeople(
      [
        record({ file: "report.txt", council: COUNTY, date: "2025-01-01", attendance: ["Cllr Pippa Dale", { name: "Philip Dale", title: "Drainage Engineer", category: "officer", status: "in-attendance" }] }),
        record({ file: "annual.txt", council: COUNTY, date: "2025-06-01", mentioned: ["Cllr P. Dale"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "annual.txt", "Cllr P. Dale")).toBe(idOf(out, "report.txt", "Cllr Pippa Dale"));
    expect(idOf(out, "report.txt", "Philip Dale")).not.toBe(idOf(out, "report.txt", "Cllr Pippa Dale"));
  });

  it("an outside body's representative is not the councillor with the same initial", () => {
    const out = resolvePeople(
      [
        record({ file: "audit.txt", council: COUNTY, date: "2025-01-01", attendance: ["Cllr Omar Bashir"] }),
        record({ file: "board.txt", council: COUNTY, date: "2025-02-01", attendance: [{ name: "Dr O Bashir", title: "Fen Valley Integrated Care Board" }] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "board.txt", "Dr O Bashir")).not.toBe(idOf(out, "audit.txt", "Cllr Omar Bashir"));
  });

  it("a councillor listed with an office of the council is still the councillor", () => {
    const out = resolvePeople(
      [
        record({ file: "cabinet.txt", council: COUNTY, date: "2025-01-01", attendance: [{ name: "Nia Rowe", title: "Cabinet Member for Transport" }] }),
        record({ file: "scrutiny.txt", council: COUNTY, date: "2025-02-01", attendance: ["Cllr N Rowe"] }),
      ],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(out, "scrutiny.txt", "Cllr N Rowe")).toBe(idOf(out, "cabinet.txt", "Nia Rowe"));
  });
});
