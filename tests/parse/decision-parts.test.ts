// A decision's numbered parts go on after a bulleted list that belongs to one of them ("objects on
// the following grounds:" and its bullets). Invented council and wording.
import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { parseText } from "./helpers.ts";

describe("decision parts around a bulleted list", () => {
  it("the bullets join the part that ends in a colon, and the later parts are still decisions", () => {
    const text = [
      "Fellbrook Parish Council",
      "",
      "Minutes of the meeting held on Monday 2 September 2024 at 7pm in the Pavilion.",
      "",
      "PRESENT: Cllrs Ann Dacre (Chairman), Will Thorne and Meg Harker.",
      "",
      "1. Planning application 24/0311 – land at Stony Lane",
      "Members discussed the application for six houses on the paddock at Stony Lane.",
      "RESOLVED:",
      "(1) that the Council objects to the application on the following grounds:",
      "•\tthe lane has no footway and no passing places;",
      "•\tthe paddock floods in most winters;",
      "(2) that the Clerk sends the objection to the District Council by 16 September 2024;",
      "(3) that Cllr Thorne speaks for the Council at the planning committee.",
      "",
      "2. Close",
      "The meeting closed at 8.10pm and the next meeting will be held on 7 October 2024 at the Pavilion.",
    ].join("\n");
    const r = parseText(text);
    expect(checkCoverage(text, r).missing).toEqual([]);
    const parts = r.items[0]!.resolutions.map((x) => x.text);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/following grounds: the lane has no footway .* floods in most winters;$/);
    expect(parts[1]).toMatch(/^that the Clerk sends the objection/);
    expect(parts[2]).toMatch(/^that Cllr Thorne speaks/);
  });
});
