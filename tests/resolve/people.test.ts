import { describe, expect, it } from "vitest";
import { DocumentRecord } from "../../src/schema/record.ts";
import { NO_PEOPLE_OVERRIDES, parsePeopleOverrides } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople, resolvePeopleIndex } from "../../scripts/pipeline/resolve/people.ts";
import { idOf, record } from "./records.ts";

const WORCS = "Worcestershire County Council";
const WALSALL = "Walsall Council";

const none = NO_PEOPLE_OVERRIDES;
const overrides = (yaml: string) => parsePeopleOverrides(yaml, "content/people.yaml");

describe("identity within one council", () => {
  it("a surname with compatible initials in the same council is one person", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: WORCS, date: "2018-03-22", attendance: ["Mr S M Mackay"] }),
        record({ file: "b.txt", council: WORCS, date: "2023-07-07", attendance: ["Cllr Steve Mackay"] }),
      ],
      none,
    );
    expect(idOf(out, "a.txt", "Mr S M Mackay")).toBe("worcestershire-county-council/mackay-s");
    expect(idOf(out, "b.txt", "Cllr Steve Mackay")).toBe("worcestershire-county-council/mackay-s");
  });

  it("conflicting initials are two people", () => {
    const out = resolvePeople(
      [record({ file: "a.txt", council: WALSALL, attendance: ["Councillor E. Hughes", { name: "Louise Hughes", status: "apologies" }] })],
      none,
    );
    expect(idOf(out, "a.txt", "Councillor E. Hughes")).toBe("walsall-council/hughes-e");
    expect(idOf(out, "a.txt", "Louise Hughes")).toBe("walsall-council/hughes-l");
  });

  it("conflicting full given names with the same initial are two people, each with its own id", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: WORCS, date: "2019-01-01", attendance: ["Cllr John Smith"] }),
        record({ file: "b.txt", council: WORCS, date: "2020-01-01", attendance: ["Cllr Jane Smith"] }),
      ],
      none,
    );
    // The earlier appearance keeps the plain id; the later one is disambiguated.
    expect(idOf(out, "a.txt", "Cllr John Smith")).toBe("worcestershire-county-council/smith-j");
    expect(idOf(out, "b.txt", "Cllr Jane Smith")).toBe("worcestershire-county-council/smith-j-2");
  });

  it("Mr and Mrs with the same initial and surname are two people", () => {
    const out = resolvePeople([record({ file: "a.txt", council: WORCS, attendance: ["Mr J Smith", "Mrs J Smith"] })], none);
    expect(idOf(out, "a.txt", "Mr J Smith")).not.toBe(idOf(out, "a.txt", "Mrs J Smith"));
  });

  it("a familiar form of a given name is the same person", () => {
    const out = resolvePeople(
      [
        record({ file: "a.txt", council: WORCS, date: "2018-01-01", attendance: ["Mr A C Roberts"] }),
        record({ file: "b.txt", council: WORCS, date: "2023-01-01", attendance: ["Cllr Andy Roberts", "Cllr Andrew Roberts"] }),
      ],
      none,
    );
    const id = idOf(out, "a.txt", "Mr A C Roberts");
    expect(idOf(out, "b.txt", "Cllr Andy Roberts")).toBe(id);
    expect(idOf(out, "b.txt", "Cllr Andrew Roberts")).toBe(id);
    expect(out[1]?.people).toHaveLength(1);
  });

  it("a bare surname joins the only person with that surname in the council", () => {
    const out = resolvePeople(
      [record({ file: "a.txt", council: WALSALL, attendance: ["S. Rayner"], mentioned: ["Mr Rayner"] })],
      none,
    );
    expect(idOf(out, "a.txt", "Mr Rayner")).toBe(idOf(out, "a.txt", "S. Rayner"));
    expect(out[0]?.people).toEqual([{ id: "walsall-council/rayner-s", name: "S Rayner", namesAsWritten: ["S. Rayner", "Mr Rayner"] }]);
  });

  it("a bare surname shared by two people in the council stays a person of its own and is reported", () => {
    const result = resolvePeopleIndex(
      [
        record({ file: "a.txt", council: WALSALL, attendance: ["S. Rayner", "T. Rayner"] }),
        record({ file: "b.txt", council: WALSALL, mentioned: ["Mr Rayner"] }),
      ],
      none,
    );
    const ids = ["S. Rayner", "T. Rayner"].map((n) => idOf(result.records, "a.txt", n));
    const bare = idOf(result.records, "b.txt", "Mr Rayner");
    expect(new Set([...ids, bare]).size).toBe(3);
    expect(bare).toBe("walsall-council/rayner");
    expect(result.ambiguous).toEqual([{ council: "walsall-council", name: "Mr Rayner", candidates: ids.sort() }]);
  });

  it("an initial that fits two conflicting full names is kept apart from both", () => {
    const out = resolvePeople([record({ file: "a.txt", council: WORCS, attendance: ["John Smith", "Jane Smith", "J Smith"] })], none);
    const ids = ["John Smith", "Jane Smith", "J Smith"].map((n) => idOf(out, "a.txt", n));
    expect(new Set(ids).size).toBe(3);
  });

  it("the preferred display name is the fullest form written", () => {
    const result = resolvePeopleIndex(
      [
        record({ file: "a.txt", council: WORCS, attendance: ["Mr S M Mackay"] }),
        record({ file: "b.txt", council: WORCS, attendance: ["Cllr Steve Mackay"] }),
      ],
      none,
    );
    expect(result.people).toHaveLength(1);
    expect(result.people[0]?.name).toBe("Steve Mackay");
    expect(result.records[0]?.people[0]).toEqual({ id: "worcestershire-county-council/mackay-s", name: "Steve Mackay", namesAsWritten: ["Mr S M Mackay"] });
  });
});

describe("identity across councils", () => {
  it("people in different councils are different unless merged by an override", () => {
    const records = [
      record({ file: "a.txt", council: WORCS, attendance: ["Tina Russell"] }),
      record({ file: "b.txt", council: WALSALL, attendance: ["Tina Russell"] }),
    ];
    const apart = resolvePeople(records, none);
    expect(idOf(apart, "a.txt", "Tina Russell")).toBe("worcestershire-county-council/russell-t");
    expect(idOf(apart, "b.txt", "Tina Russell")).toBe("walsall-council/russell-t");

    const merged = resolvePeople(records, overrides(`- merge: [worcestershire-county-council/russell-t, walsall-council/russell-t]\n`));
    expect(idOf(merged, "b.txt", "Tina Russell")).toBe(idOf(merged, "a.txt", "Tina Russell"));
  });

  it("a merge by name as written joins that name in every council", () => {
    const records = [
      record({ file: "a.txt", council: WORCS, date: "2018-01-01", attendance: ["Tina Russell"] }),
      record({ file: "b.txt", council: WALSALL, date: "2012-01-01", attendance: ["Tina Russell"] }),
    ];
    const out = resolvePeopleIndex(records, overrides(`- merge: ["Tina Russell"]\n`));
    // The earliest appearance (Walsall, 2012) gives the merged person its id.
    expect(idOf(out.records, "a.txt", "Tina Russell")).toBe("walsall-council/russell-t");
    expect(out.people.find((p) => p.id === "walsall-council/russell-t")?.councils).toEqual(["walsall-council", "worcestershire-county-council"]);
  });
});

describe("permanent, deterministic ids", () => {
  const corpus = () => [
    record({ file: "000.txt", council: WORCS, date: "2018-03-22", attendance: ["Mr S M Mackay", "Mr A C Roberts", "Tina Russell"] }),
    record({ file: "001.txt", council: WORCS, date: "2023-07-07", attendance: ["Cllr Steve Mackay", "Cllr Andy Roberts", "Cllr Sarah Mackay"] }),
    record({ file: "002.txt", council: WORCS, date: "2020-05-01", attendance: ["Cllr John Smith", "Cllr Jane Smith", "Mr Rayner"] }),
    record({ file: "003.txt", council: WALSALL, date: null, attendance: ["S. Rayner", "Councillor E. Hughes", "Louise Hughes"] }),
  ];
  const idsByFile = (records: DocumentRecord[]) =>
    Object.fromEntries(records.map((r) => [r.source.file, r.people.map((p) => [p.namesAsWritten, p.id])]));

  it("ids do not depend on document order", () => {
    const forward = resolvePeople(corpus(), none);
    const backward = resolvePeople(corpus().reverse(), none);
    const shuffled = resolvePeople([2, 0, 3, 1].map((i) => corpus()[i]!), none);
    expect(idsByFile(backward)).toEqual(idsByFile(forward));
    expect(idsByFile(shuffled)).toEqual(idsByFile(forward));
  });

  it("ids are made from the council, the surname and the first initial", () => {
    const out = resolvePeople(corpus(), none);
    expect(idOf(out, "000.txt", "Mr A C Roberts")).toBe("worcestershire-county-council/roberts-a");
    expect(idOf(out, "002.txt", "Mr Rayner")).toBe("worcestershire-county-council/rayner");
    expect(idOf(out, "003.txt", "S. Rayner")).toBe("walsall-council/rayner-s");
  });

  it("a later namesake does not take the id of an earlier person", () => {
    const out = resolvePeople(corpus(), none);
    // Sarah conflicts with Steve, and "Mr S M Mackay" could be either (Cllr says nothing of gender),
    // so all three stay apart. The 2018 appearance keeps the plain id whatever came later.
    const ids = [idOf(out, "000.txt", "Mr S M Mackay"), idOf(out, "001.txt", "Cllr Sarah Mackay"), idOf(out, "001.txt", "Cllr Steve Mackay")];
    expect(ids).toEqual([
      "worcestershire-county-council/mackay-s",
      "worcestershire-county-council/mackay-s-2",
      "worcestershire-county-council/mackay-s-3",
    ]);
  });

  it("every id in the output is unique to one person and no provisional id is left", () => {
    const result = resolvePeopleIndex(corpus(), none);
    const ids = result.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of result.records) {
      for (const a of r.attendance) expect(ids).toContain(a.personId);
      for (const p of r.people) expect(p.id).not.toMatch(/^local:/);
      expect(() => DocumentRecord.parse(r)).not.toThrow();
    }
  });

  it("resolving resolved records changes nothing", () => {
    const once = resolvePeople(corpus(), none);
    expect(resolvePeople(once, none)).toEqual(once);
  });

  it("the input records are not modified", () => {
    const input = corpus();
    const copy = structuredClone(input);
    resolvePeople(input, none);
    expect(input).toEqual(copy);
  });
});

describe("people entries per document", () => {
  it("two names of one person in a document become one people entry with both names", () => {
    const out = resolvePeople(
      [record({ file: "003.txt", council: "Buckinghamshire County Council", attendance: ["Mrs V Letheren"], mentioned: ["Valerie Letheren"] })],
      none,
    );
    expect(out[0]?.people).toEqual([
      { id: "buckinghamshire-county-council/letheren-v", name: "Valerie Letheren", namesAsWritten: ["Mrs V Letheren", "Valerie Letheren"] },
    ]);
  });

  it("a declaration by the Chairman points at the person who chaired that meeting", () => {
    const out = resolvePeople(
      [
        record({
          file: "a.txt",
          council: WORCS,
          attendance: [{ name: "Mrs F M Oborski", role: "chair" }, "Mr S M Mackay"],
          declarations: [{ person: "the Chairman" }, { person: "Mr S M Mackay" }],
        }),
      ],
      none,
    );
    expect(out[0]?.declarations.map((d) => d.personId)).toEqual([
      "worcestershire-county-council/oborski-f",
      "worcestershire-county-council/mackay-s",
    ]);
    // "the Chairman" is a reference, not one of her names.
    expect(out[0]?.people.map((p) => p.namesAsWritten)).toEqual([["Mrs F M Oborski"], ["Mr S M Mackay"]]);
  });

  it("a cabinet member named by office resolves to the person holding that office at the meeting", () => {
    const office = "Cabinet Member with Responsibility for Children and Families";
    const out = resolvePeople(
      [
        record({
          file: "a.txt",
          council: WORCS,
          attendance: [
            { name: "Cllr Andy Roberts", status: "in-attendance", title: office },
            { name: office, status: "in-attendance", item: "593" },
          ],
        }),
      ],
      none,
    );
    expect(out[0]?.attendance.map((a) => a.personId)).toEqual([
      "worcestershire-county-council/roberts-a",
      "worcestershire-county-council/roberts-a",
    ]);
  });

  it("a role reference nobody at the meeting held leaves the declaration without a person", () => {
    const out = resolvePeople(
      [record({ file: "a.txt", council: WORCS, attendance: ["Mr S M Mackay"], declarations: [{ person: "the Vice-Chairman" }] })],
      none,
    );
    expect(out[0]?.declarations[0]?.personId).toBeNull();
    expect(out[0]?.people.map((p) => p.id)).toEqual(["worcestershire-county-council/mackay-s"]);
  });
});

describe("overrides", () => {
  const records = () => [
    record({ file: "a.txt", council: WORCS, date: "2018-03-22", attendance: ["Mr S M Mackay"] }),
    record({ file: "b.txt", council: WORCS, date: "2023-07-07", attendance: ["Cllr Steve Mackay"] }),
    record({ file: "c.txt", council: WALSALL, date: "2012-09-13", attendance: ["S. Rayner"], mentioned: ["Mr Rayner"] }),
  ];

  it("a rename override changes the display name but not the id", () => {
    const before = resolvePeople(records(), none);
    const after = resolvePeopleIndex(records(), overrides(`- person: worcestershire-county-council/mackay-s\n  name: Stephen Mackay\n`));
    expect(idOf(after.records, "a.txt", "Mr S M Mackay")).toBe(idOf(before, "a.txt", "Mr S M Mackay"));
    expect(after.records[0]?.people[0]?.name).toBe("Stephen Mackay");
    expect(after.problems).toEqual([]);
  });

  it("an annotate override adds party, ward and notes to the person", () => {
    const result = resolvePeopleIndex(
      records(),
      overrides(`- person: Cllr Steve Mackay\n  party: Conservative\n  ward: Bromsgrove West\n  notes: Chairman from 2021.\n`),
    );
    expect(result.people.find((p) => p.id === "worcestershire-county-council/mackay-s")).toMatchObject({
      party: "Conservative",
      ward: "Bromsgrove West",
      notes: "Chairman from 2021.",
      namesAsWritten: ["Cllr Steve Mackay", "Mr S M Mackay"],
    });
  });

  it("a split override makes a name in one document a different person", () => {
    const result = resolvePeopleIndex(records(), overrides(`- split: Mr Rayner\n  document: c.txt\n  name: Peter Rayner\n`));
    expect(idOf(result.records, "c.txt", "S. Rayner")).toBe("walsall-council/rayner-s");
    expect(idOf(result.records, "c.txt", "Mr Rayner")).toBe("walsall-council/rayner");
    expect(result.records[2]?.people.find((p) => p.id === "walsall-council/rayner")?.name).toBe("Peter Rayner");
  });

  it("a split override can choose the new person's id", () => {
    const result = resolvePeopleIndex(records(), overrides(`- split: Mr Rayner\n  document: [c.txt]\n  id: walsall-council/rayner-p\n`));
    expect(idOf(result.records, "c.txt", "Mr Rayner")).toBe("walsall-council/rayner-p");
  });

  it("a merge override of two people in one council can choose the id kept", () => {
    const recs = [record({ file: "a.txt", council: WALSALL, attendance: ["Councillor E. Hughes", "Louise Hughes"] })];
    const result = resolvePeopleIndex(recs, overrides(`- merge: ["Councillor E. Hughes", walsall-council/hughes-l]\n  id: walsall-council/hughes-l\n`));
    expect(idOf(result.records, "a.txt", "Councillor E. Hughes")).toBe("walsall-council/hughes-l");
    expect(result.records[0]?.people).toHaveLength(1);
  });

  it("an override that matches nobody is reported with its file, line and entry", () => {
    const result = resolvePeopleIndex(records(), overrides(`# header\n- person: Mr Nobody\n  party: Green\n- merge: [walsall-council/nobody-x]\n`));
    expect(result.problems).toEqual([
      `content/people.yaml:4: entry 2 (merge): "walsall-council/nobody-x" matches no person`,
      `content/people.yaml:2: entry 1 (person): "Mr Nobody" matches no person`,
    ]);
  });

  it("an override changes the output without touching the records it was given", () => {
    const input = records();
    const copy = structuredClone(input);
    resolvePeople(input, overrides(`- person: worcestershire-county-council/mackay-s\n  name: S. Mackay\n`));
    expect(input).toEqual(copy);
  });
});
