// People of a document that does not state its council (its record's council is null): their ids sit
// under the stand-in's slug (`unknown-council/…`, UNSTATED_COUNCIL), never under a real council's, and
// nothing says two such documents are one council, so namesakes in two of them are two people.
import { describe, expect, it } from "vitest";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import type { DocumentRecord } from "../../src/schema/record.ts";
import { idOf, record } from "./records.ts";

const unstated = (r: DocumentRecord): DocumentRecord => ({ ...r, council: null });

describe("people of documents whose council is not stated", () => {
  const out = resolvePeople(
    [
      unstated(record({ file: "a.txt", council: "x", date: "2024-03-12", attendance: ["Mr D. Latchford", "Mrs P. Ormerod"] })),
      unstated(record({ file: "b.txt", council: "x", date: "2024-05-14", attendance: ["Mr D. Latchford"] })),
      record({ file: "c.txt", council: "Unknown", date: "2024-01-01", attendance: ["Mr D. Latchford"] }),
    ],
    NO_PEOPLE_OVERRIDES,
  );

  it("get ids under unknown-council, apart from any real council's people", () => {
    expect(idOf(out, "a.txt", "Mrs P. Ormerod")).toBe("unknown-council/ormerod-p");
    expect(idOf(out, "c.txt", "Mr D. Latchford")).toBe("unknown/latchford-d");
  });

  it("a namesake in another such document is another person (nothing says they share a council)", () => {
    const a = idOf(out, "a.txt", "Mr D. Latchford");
    const b = idOf(out, "b.txt", "Mr D. Latchford");
    expect(a).not.toBe(b);
    expect([a, b].sort()).toEqual(["unknown-council/latchford-d", "unknown-council/latchford-d-2"]);
  });

  it("within one such document, the forms of one name are still one person", () => {
    const one = resolvePeople(
      [unstated(record({ file: "a.txt", council: "x", attendance: ["Mr D. Latchford"], mentioned: ["Mr Latchford"] }))],
      NO_PEOPLE_OVERRIDES,
    );
    expect(idOf(one, "a.txt", "Mr Latchford")).toBe(idOf(one, "a.txt", "Mr D. Latchford"));
  });
});
