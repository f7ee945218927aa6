// The five documents of the seed corpus, rebuilt by hand with the names and councils they contain,
// and the identity pairs a careful reader finds in them (the same pairs as the evaluation's
// people-identity annotation, written out here rather than read from it).
import { describe, expect, it } from "vitest";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { idOf, record } from "./records.ts";

const WORCS = "Worcestershire County Council";
const CABINET_CHILDREN = "Cabinet Member with Responsibility for Children and Families";

const seeds = () => [
  record({
    file: "000_8a6e13e5fabe1a3a.txt",
    council: WORCS,
    committee: "Children and Families Overview and Scrutiny Panel",
    date: "2018-03-22",
    attendance: [
      { name: "Mrs F M Oborski", role: "chair" },
      { name: "Mrs J A Potter", role: "vice-chair" },
      "Ms P Agar",
      "Mr T Baker-Price",
      "Ms R L Dent",
      "Mr S M Mackay",
      "Ms T L Onslow",
      { name: "Mr A C Roberts", status: "in-attendance", title: CABINET_CHILDREN },
      { name: "Mrs E B Tucker", status: "in-attendance", title: "Group Leader 2017 Group" },
      { name: "Hannah Needham", status: "in-attendance", title: "Assistant Director for Families, Communities and Partnerships" },
      { name: "Tina Russell", status: "in-attendance", title: "Assistant Director Safeguarding Services (Childrens Social Care)" },
      { name: "Sheena Jones", status: "in-attendance", title: "Democratic Governance and Scrutiny Manager" },
      { name: "Mr R W Banks", status: "apologies" },
      { name: "Mr P M McDonald", status: "apologies" },
    ],
    declarations: [{ person: "Mr S M Mackay", nature: "a close relative who was a looked after child in another Council area" }],
  }),
  record({
    file: "001_87319a1a06042c68.txt",
    council: WORCS,
    committee: "Children and Families Overview and Scrutiny Panel",
    date: "2023-07-07",
    attendance: [
      { name: "Cllr Steve Mackay", role: "chair" },
      { name: "Cllr David Chambers", role: "vice-chair" },
      "Cllr Mel Allcott",
      "Cllr Kyle Daisley",
      "Cllr Matt Jenkins",
      "Cllr Jo Monk",
      "Cllr David Ross",
      { name: "Cllr Andy Roberts", status: "in-attendance", title: CABINET_CHILDREN },
      { name: "Cllr Tracey Onslow", status: "in-attendance", title: "Cabinet Member with Responsibility for Education" },
      { name: "Steve Eccleston", status: "in-attendance", title: "Worcestershire Safeguarding Children Partnership" },
      { name: "Tina Russell", status: "in-attendance", title: "Director of Children's Services/Chief Executive, Worcestershire Children First" },
      { name: "Phil Rook", status: "in-attendance", title: "Chief Financial Officer" },
      { name: "Chris Bird", status: "in-attendance", title: "Interim Director of Resources, Worcestershire Children First" },
      { name: "Samantha Morris", status: "in-attendance", title: "Interim Democratic Governance and Scrutiny Manager" },
      { name: "Deborah Dale", status: "in-attendance", title: "Community Engagement Officer" },
      { name: "Councillor Nathan Desmond", status: "apologies" },
      { name: "Councillor Tony Muir", status: "apologies" },
      { name: "Tim Reid", status: "apologies", title: "Co-opted Church Representative for education matters" },
      { name: CABINET_CHILDREN, status: "in-attendance", item: "593" },
    ],
  }),
  record({
    file: "002_7ff3a627922ab07f.txt",
    council: "Walsall Council",
    committee: "Children's and Young People Scrutiny and Performance Panel",
    date: "2012-09-13",
    attendance: [
      "Councillor B. Cassidy",
      "Councillor R. Martin",
      "Councillor D. Shires",
      "Councillor T. Jukes",
      "Councillor D. James",
      "Councillor E. Hughes",
      "Councillor G. Perry",
      "S. Rayner",
      "D. Jones",
      "R. Bragger",
      { name: "Councillor R. Andrew", status: "in-attendance", title: "Children's Services" },
      { name: "Rose Collinson", status: "in-attendance", title: "Interim Director, Children's Services" },
      { name: "Graham Reiter", status: "in-attendance", title: "Head of Safeguarding" },
      { name: "Dan Mortiboys", status: "in-attendance", title: "Senior Finance Manager" },
      { name: "Barry Fielding", status: "in-attendance", title: "Commercial Adviser" },
      { name: "Louise Hughes", status: "apologies" },
    ],
    mentioned: ["Mr Rayner", "Mr D. Jones", "Mr Jones", "The Chair"],
  }),
  record({
    file: "003_1f49fae26ba8eadd.txt",
    council: "Buckinghamshire County Council",
    committee: "Children's Social Care & Learning Select Committee",
    date: null,
    attendance: [
      { name: "Mrs M Aston", status: "member" },
      { name: "Mr J Chilver", status: "member" },
      { name: "Mr D Dhillon", status: "member", role: "vice-chair" },
      { name: "Mr P Gomm", status: "member" },
      { name: "Mr P Irwin", status: "member" },
      { name: "Mrs V Letheren", status: "member", role: "chair" },
      { name: "Mrs W Mallen", status: "member" },
      { name: "Mr M Shaw", status: "member" },
      { name: "Mr R Stuchbury", status: "member" },
      { name: "Mr D Watson", status: "member" },
      { name: "Ms K Wood", status: "member" },
      { name: "Mr D Babb", status: "member", category: "co-opted" },
      { name: "Mr M Moore", status: "member", category: "co-opted" },
      { name: "Ms M Nowers", status: "member", category: "co-opted" },
    ],
    mentioned: ["Reece Bowman", "Valerie Letheren"],
  }),
  record({
    file: "004_ab3d313a01f42dff.txt",
    council: "West Sussex County Council",
    committee: "Children and Young People's Services Select Committee",
    date: "2019-10-23",
    mentioned: [
      "John Readman",
      "Sally Allen",
      "Jackie Wood",
      "Ann Marie Dodds",
      "Allison Parkinson",
      "Susan Tanner",
      "Garath Symonds",
      "Lisa Reid",
      "Louise Warren",
    ],
  }),
];

const SAME: [string, string][] = [
  ["000_8a6e13e5fabe1a3a.txt :: Mr S M Mackay", "001_87319a1a06042c68.txt :: Cllr Steve Mackay"],
  ["000_8a6e13e5fabe1a3a.txt :: Mr A C Roberts", "001_87319a1a06042c68.txt :: Cllr Andy Roberts"],
  ["000_8a6e13e5fabe1a3a.txt :: Ms T L Onslow", "001_87319a1a06042c68.txt :: Cllr Tracey Onslow"],
  ["000_8a6e13e5fabe1a3a.txt :: Tina Russell", "001_87319a1a06042c68.txt :: Tina Russell"],
  ["003_1f49fae26ba8eadd.txt :: Mrs V Letheren", "003_1f49fae26ba8eadd.txt :: Valerie Letheren"],
];

const DIFFERENT: [string, string][] = [
  ["002_7ff3a627922ab07f.txt :: Councillor E. Hughes", "002_7ff3a627922ab07f.txt :: Louise Hughes"],
  ["001_87319a1a06042c68.txt :: Tim Reid", "004_ab3d313a01f42dff.txt :: Lisa Reid"],
  ["002_7ff3a627922ab07f.txt :: D. Jones", "000_8a6e13e5fabe1a3a.txt :: Sheena Jones"],
  ["003_1f49fae26ba8eadd.txt :: Ms K Wood", "004_ab3d313a01f42dff.txt :: Jackie Wood"],
  ["001_87319a1a06042c68.txt :: Cllr David Chambers", "001_87319a1a06042c68.txt :: Cllr David Ross"],
];

describe("identity in the seed corpus", () => {
  const out = resolvePeople(seeds(), NO_PEOPLE_OVERRIDES);
  const id = (mention: string) => {
    const [file, name] = mention.split(" :: ") as [string, string];
    return idOf(out, file, name);
  };

  it.each(SAME)("%s and %s are one person", (a, b) => {
    expect(id(a)).toBe(id(b));
  });

  it.each(DIFFERENT)("%s and %s are different people", (a, b) => {
    expect(id(a)).not.toBe(id(b));
  });

  it("the same pairs get the ids a reader would expect", () => {
    expect(SAME.map(([a]) => id(a))).toEqual([
      "worcestershire-county-council/mackay-s",
      "worcestershire-county-council/roberts-a",
      "worcestershire-county-council/onslow-t",
      "worcestershire-county-council/russell-t",
      "buckinghamshire-county-council/letheren-v",
    ]);
  });

  it("the archive has one person per distinct person", () => {
    const ids = new Set(out.flatMap((r) => r.people.map((p) => p.id)));
    // 14 + 19 - 1 role reference - 4 shared (Mackay, Roberts, Onslow, Russell) in Worcestershire,
    // 16 in Walsall (Mr Rayner joins S. Rayner, Mr D. Jones and Mr Jones join D. Jones),
    // 14 + Reece Bowman in Buckinghamshire (Valerie joins Mrs V Letheren), 9 in West Sussex.
    expect(ids.size).toBe(14 + 18 - 4 + 16 + 15 + 9);
  });

  it("a reference to an office held at the meeting is the office holder", () => {
    const doc = out.find((r) => r.source.file === "001_87319a1a06042c68.txt");
    const forItem = doc?.attendance.find((a) => a.item === "593");
    expect(forItem?.personId).toBe("worcestershire-county-council/roberts-a");
  });

  it("preferred names are the fullest forms written", () => {
    const names = Object.fromEntries(out.flatMap((r) => r.people.map((p) => [p.id, p.name])));
    expect(names["worcestershire-county-council/mackay-s"]).toBe("Steve Mackay");
    expect(names["worcestershire-county-council/roberts-a"]).toBe("Andy Roberts");
    expect(names["buckinghamshire-county-council/letheren-v"]).toBe("Valerie Letheren");
    expect(names["walsall-council/rayner-s"]).toBe("S Rayner");
  });
});
