// Header facts are null where the text does not say (issue 12): a council or committee that neither the
// text nor minutebook.json states is null in the record, never "Unknown council", and the parser warns
// with what was not found and how to give it. Fixtures: tests/fixtures/unstated/ (text written for these
// tests; `no-names/` has no minutebook.json, `with-metadata/` has one).
import { describe, expect, it } from "vitest";
import { DocumentRecord } from "../../src/schema/record.ts";
import { parseFile } from "./helpers.ts";

const FIXTURES = new URL("../fixtures/unstated/", import.meta.url).pathname;

describe("a council or committee the document does not state", () => {
  const { record } = parseFile(`${FIXTURES}no-names/meeting-2024-03-12.txt`);

  it("is null in the record, not a made-up name, and the record is valid", () => {
    expect(record.council).toBeNull();
    expect(record.committee).toBeNull();
    expect(DocumentRecord.safeParse(record).success).toBe(true);
    expect(JSON.stringify(record)).not.toMatch(/unknown (council|committee)/i);
  });

  it("is named in a warning that says which fact was not found and how to give it (minutebook.json)", () => {
    const council = record.warnings.find((w) => w.code === "no-council");
    const committee = record.warnings.find((w) => w.code === "no-committee");
    expect(council?.message).toMatch(/council is not named in the text/);
    expect(council?.message).toMatch(/"council": "…" to a minutebook\.json/);
    expect(committee?.message).toMatch(/no committee or body is named/);
    expect(committee?.message).toMatch(/"committee": "…" to a minutebook\.json/);
  });

  it("costs nothing else: the date, attendance, items and decisions are read as before", () => {
    expect(record.date).toBe("2024-03-12");
    expect(record.attendance.map((a) => a.name)).toContain("Mrs P. Ormerod");
    expect(record.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(record.items[2]!.resolutions).toHaveLength(1);
  });
});

describe("minutebook.json hints", () => {
  it("give the council and committee when the text does not, with no warning", () => {
    const { record } = parseFile(`${FIXTURES}no-names/meeting-2024-03-12.txt`, { council: "Ashcombe Parva Parish Council", committee: "Footpaths Working Group" });
    expect(record.council).toEqual({ name: "Ashcombe Parva Parish Council", slug: "ashcombe-parva-parish-council" });
    expect(record.committee).toEqual({ name: "Footpaths Working Group", slug: "footpaths-working-group" });
    expect(record.warnings.map((w) => w.code)).not.toContain("no-council");
    expect(record.warnings.map((w) => w.code)).not.toContain("no-committee");
  });

  it("give one fact alone: the other stays null, with its own warning", () => {
    const { record } = parseFile(`${FIXTURES}no-names/meeting-2024-03-12.txt`, { council: "Ashcombe Parva Parish Council" });
    expect(record.council?.name).toBe("Ashcombe Parva Parish Council");
    expect(record.committee).toBeNull();
    expect(record.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["no-committee"]));
    expect(record.warnings.map((w) => w.code)).not.toContain("no-council");
  });
});
