import { describe, expect, it } from "vitest";
import { parseText } from "./helpers.ts";

describe("item numbering", () => {
  it("numbered decision parts under 'Item N –' headings are not item numbers", () => {
    const record = parseText(
      [
        "Cabinet",
        "",
        "Decision notice",
        "",
        "Decisions taken at the meeting held on 14 March 2024",
        "",
        "Item 8 – Household waste strategy",
        "",
        "Decision:",
        "",
        "1. That the household waste strategy be approved.",
        "2. That the Director be authorised to consult on charges.",
        "",
        "Item 9 – Leisure centres",
        "",
        "Decision:",
        "",
        "1. That option B be adopted.",
        "2. That a further report be brought in June.",
        "",
        "Item 10 – Budget monitoring",
        "",
        "Decision:",
        "",
        "That the report be noted.",
        "",
      ].join("\n"),
    );
    expect(record.items.map((i) => i.number)).toEqual(["8", "9", "10"]);
    expect(record.items.map((i) => i.resolutions.length)).toEqual([2, 2, 1]);
    expect(record.items[1]!.resolutions[0]!.text).toBe("That option B be adopted.");
  });
});
