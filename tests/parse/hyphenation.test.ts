import { describe, expect, it } from "vitest";
import { joinBrokenWord } from "../../scripts/pipeline/parse/hyphenation.ts";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { parseText } from "./helpers.ts";

describe("words broken across line ends", () => {
  it("a word broken by the line end is joined without its hyphen", () => {
    expect(joinBrokenWord("the infor-", "mation was shared")).toBe("the information was shared");
  });

  it("a hyphen after a prefix English keeps hyphenated stays", () => {
    expect(joinBrokenWord("the co-", "ordination of")).toBe("the co-ordination of");
    expect(joinBrokenWord("reduce re-", "offending")).toBe("reduce re-offending");
  });

  it("a dash before a capitalised line is not a broken word", () => {
    expect(joinBrokenWord("the budget -", "Table 2")).toBe("the budget - Table 2");
    expect(joinBrokenWord("Children-", "First")).toBe("Children- First");
  });

  it("parsed minutes read the joined word, and coverage counts it as kept", () => {
    const text = [
      "Audit Committee",
      "",
      "Minutes of the meeting held on 4 June 2024 at 10.00 am, Town Hall",
      "",
      "1. Internal audit",
      "",
      "The auditor said the infor-",
      "mation on multi-",
      "agency work was incom-",
      "plete.",
      "",
    ].join("\n");
    const record = parseText(text);
    expect(record.items[0]!.text).toContain("The auditor said the information on multi-agency work was incomplete.");
    expect(checkCoverage(text, record)).toEqual({ ratio: 1, missing: [] });
  });
});
