import { describe, expect, it } from "vitest";
import { isPersonName, parsePersonName, splitNameList } from "../../scripts/pipeline/names.ts";
import { givenNamesCompatible, namesCompatible } from "../../scripts/pipeline/resolve/compatible.ts";

const parts = (name: string) => {
  const { honorific, given, initials, surname, display } = parsePersonName(name);
  return { honorific, given, initials, surname, display };
};

describe("parsePersonName", () => {
  it.each([
    ["Mr S M Mackay", { honorific: "Mr", given: [], initials: ["S", "M"], surname: "Mackay", display: "S M Mackay" }],
    ["Councillor B. Cassidy", { honorific: "Councillor", given: [], initials: ["B"], surname: "Cassidy", display: "B Cassidy" }],
    ["Cllr Steve Mackay", { honorific: "Cllr", given: ["Steve"], initials: ["S"], surname: "Mackay", display: "Steve Mackay" }],
    ["Mrs F M Oborski", { honorific: "Mrs", given: [], initials: ["F", "M"], surname: "Oborski", display: "F M Oborski" }],
    ["S. Rayner", { honorific: null, given: [], initials: ["S"], surname: "Rayner", display: "S Rayner" }],
    ["Tina Russell", { honorific: null, given: ["Tina"], initials: ["T"], surname: "Russell", display: "Tina Russell" }],
    ["Ann Marie Dodds", { honorific: null, given: ["Ann", "Marie"], initials: ["A", "M"], surname: "Dodds", display: "Ann Marie Dodds" }],
    ["Mr T Baker-Price", { honorific: "Mr", given: [], initials: ["T"], surname: "Baker-Price", display: "T Baker-Price" }],
    ["Ms MacPherson", { honorific: "Ms", given: [], initials: [], surname: "MacPherson", display: "Ms MacPherson" }],
    ["Mr Rayner", { honorific: "Mr", given: [], initials: [], surname: "Rayner", display: "Mr Rayner" }],
  ])("reads %s", (written, expected) => {
    expect(parts(written)).toEqual(expected);
  });

  it("initials are read with or without stops and spaces", () => {
    for (const written of ["Dr S M Smith", "Dr S. M. Smith", "Dr S.M. Smith", "Dr S.M.Smith", "Dr SM Smith"]) {
      expect(parts(written)).toMatchObject({ honorific: "Dr", initials: ["S", "M"], given: [], surname: "Smith" });
    }
  });

  it("a name in capitals is read the same as in mixed case", () => {
    expect(parts("COUNCILLOR B. CASSIDY")).toEqual(parts("Councillor B. Cassidy"));
    expect(parts("MR T BAKER-PRICE")).toEqual(parts("Mr T Baker-Price"));
  });

  it("a trailing role or title left on by the caller is not part of the name", () => {
    expect(parts("Mrs F M Oborski (Chairman)")).toEqual(parts("Mrs F M Oborski"));
    expect(parts("Mrs V Letheren (C)")).toEqual(parts("Mrs V Letheren"));
    expect(parts("Mr A C Roberts, Cabinet Member with Responsibility for Children and Families")).toEqual(parts("Mr A C Roberts"));
    expect(parts("Councillor R. Andrew - Children's Services")).toEqual(parts("Councillor R. Andrew"));
  });

  it("surname particles stay with the surname and post-nominals are dropped", () => {
    expect(parts("Mr J de Silva")).toMatchObject({ initials: ["J"], surname: "de Silva" });
    expect(parts("Sir John Smith OBE")).toMatchObject({ honorific: "Sir", given: ["John"], surname: "Smith" });
  });

  it("keeps the input as written", () => {
    expect(parsePersonName("Councillor B. Cassidy").asWritten).toBe("Councillor B. Cassidy");
  });

  it("roles and bodies are not personal names", () => {
    expect(isPersonName(parsePersonName("the Chairman"))).toBe(false);
    expect(isPersonName(parsePersonName("Cabinet Member with Responsibility for Education"))).toBe(false);
    expect(isPersonName(parsePersonName("Independent Chair of the Worcestershire Safeguarding Children Partnership"))).toBe(false);
    expect(isPersonName(parsePersonName("Mr S M Mackay"))).toBe(true);
    expect(isPersonName(parsePersonName("Ann Marie Dodds"))).toBe(true);
  });
});

describe("splitNameList", () => {
  it("a plural honorific is given to every name in the list", () => {
    expect(splitNameList("Councillors Nathan Desmond, Tony Muir and\nTim Reid")).toEqual([
      "Councillor Nathan Desmond",
      "Councillor Tony Muir",
      "Councillor Tim Reid",
    ]);
  });

  it("commas and 'and' inside parentheses do not split a name", () => {
    expect(splitNameList("Mrs F M Oborski (Chairman), Mrs J A Potter (Vice Chairman), Ms P Agar, Mr T Baker-Price and Ms T L Onslow")).toEqual([
      "Mrs F M Oborski (Chairman)",
      "Mrs J A Potter (Vice Chairman)",
      "Ms P Agar",
      "Mr T Baker-Price",
      "Ms T L Onslow",
    ]);
    expect(splitNameList("Cllrs Tim Reid (Church and Schools Representative) and Mrs Smith.")).toEqual([
      "Cllr Tim Reid (Church and Schools Representative)",
      "Mrs Smith",
    ]);
  });

  it("a shared surname after two honorifics gives two names", () => {
    expect(splitNameList("Mr and Mrs Smith")).toEqual(["Mr Smith", "Mrs Smith"]);
  });

  it("a single name is a list of one", () => {
    expect(splitNameList("Mr R W Banks")).toEqual(["Mr R W Banks"]);
    expect(splitNameList("")).toEqual([]);
  });
});

describe("compatibility of two names with one surname", () => {
  const compatible = (a: string, b: string) => namesCompatible(parsePersonName(a), parsePersonName(b));

  it("initials that agree as far as both go are compatible", () => {
    expect(compatible("Mr S M Mackay", "Cllr Steve Mackay")).toBe(true);
    expect(compatible("Mr A C Roberts", "Cllr Andy Roberts")).toBe(true);
    expect(compatible("Ms T L Onslow", "Cllr Tracey Onslow")).toBe(true);
    expect(compatible("Mrs V Letheren", "Valerie Letheren")).toBe(true);
    expect(compatible("Mr Rayner", "S. Rayner")).toBe(true);
  });

  it("conflicting initials, given names or Mr/Mrs are not compatible", () => {
    expect(compatible("Councillor E. Hughes", "Louise Hughes")).toBe(false);
    expect(compatible("Cllr David Chambers", "Cllr Daniel Chambers")).toBe(false);
    expect(compatible("Mr J Smith", "Mrs J Smith")).toBe(false);
    expect(compatible("Mr S M Mackay", "Mr S J Mackay")).toBe(false);
  });

  it("familiar and shortened forms of a given name are the same name", () => {
    expect(givenNamesCompatible("Andy", "Andrew")).toBe(true);
    expect(givenNamesCompatible("Chris", "Christopher")).toBe(true);
    expect(givenNamesCompatible("Steve", "Stephen")).toBe(true);
    expect(givenNamesCompatible("Steve", "Sarah")).toBe(false);
  });
});
