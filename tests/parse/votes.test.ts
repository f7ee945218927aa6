// Recorded votes (parse/votes.ts): each form a clerk writes a vote in becomes structured data on the
// decision it led to, named voters carry the attendance's person ids, and nothing the text does not
// say is invented. Fixtures in tests/fixtures/votes/ (invented councils, names and wording).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkCoverage } from "../../scripts/pipeline/validate/coverage.ts";
import { DocumentRecord, type Vote } from "../../src/schema/record.ts";
import { parseFile, parseText } from "./helpers.ts";

const FIXTURES = new URL("../fixtures/votes/testshire/", import.meta.url).pathname;
const load = (file: string) => parseFile(join(FIXTURES, file));
const item = (r: DocumentRecord, number: string) => r.items.find((i) => i.number === number)!;
const voteWarnings = (r: DocumentRecord) => r.warnings.filter((w) => /vote|voter/.test(w.code));
/** The attendance's person id for a surname: what a named voter must carry. */
const idOf = (r: DocumentRecord, surname: string) => {
  const ids = [...new Set(r.attendance.filter((a) => a.status !== "apologies" && a.name.endsWith(` ${surname}`)).map((a) => a.personId))];
  expect(ids, surname).toHaveLength(1);
  return ids[0]!;
};
const names = (v: Vote, side: "for" | "against" | "abstentions") => v.named[side].map((n) => n.name);

/** A minimal minutes text around one item's body. */
const minutes = (body: string[]) =>
  [
    "Testshire District Council",
    "",
    "Licensing Committee",
    "",
    "Minutes of the meeting held on 3 June 2025 at 10.00 am, Civic Offices",
    "",
    "Present: Councillor A Bright (Chair), Councillor C Dunmore, Councillor E Fenwick, Councillor G Hale",
    "",
    "1. Street Trading Policy",
    "",
    ...body,
    "",
    "2. Close",
    "",
    "The meeting closed at 11.15 am.",
  ].join("\n");

describe("recorded votes: a planning committee's counts and named votes", () => {
  const { text, record: r } = load("planning-committee.txt");

  it("reads the counts, the named sides (a list wrapped over two lines) and the mover and seconder", () => {
    expect(DocumentRecord.parse(r)).toBeTruthy();
    expect(checkCoverage(text, r).missing).toEqual([]);
    const [v, ...more] = item(r, "2").resolutions[0]!.votes!;
    expect(more).toEqual([]);
    expect(v!.counts).toEqual({ for: 4, against: 2, abstentions: 1 });
    expect(names(v!, "for")).toEqual(["Delaney", "Haldane", "Okafor", "Whitcombe"]);
    expect(names(v!, "against")).toEqual(["Ferreira", "Kowalski"]);
    expect(names(v!, "abstentions")).toEqual(["Councillor Ngata"]);
    expect(v!.mover?.name).toBe("Cllr Delaney");
    expect(v!.seconder?.name).toBe("Cllr Haldane");
    // The text gives no outcome: none is inferred from the decision that follows.
    expect(v!.outcome).toBeNull();
    expect(v!.unanimous).toBe(false);
    // The source lines of the statements, "Proposed by …" to "Abstained: …".
    const lines = text.split("\n");
    expect(lines[v!.lines[0] - 1]).toMatch(/^Proposed by Cllr Delaney/);
    expect(lines[v!.lines[1] - 1]).toMatch(/^Abstained: Councillor Ngata/);
  });

  it("gives named voters, mover and seconder the person ids of the meeting's attendance", () => {
    const v = item(r, "2").resolutions[0]!.votes![0]!;
    for (const n of [...v.named.for, ...v.named.against, ...v.named.abstentions, v.mover!, v.seconder!])
      expect(n.personId, n.name).toBe(idOf(r, n.name.replace(/^(?:Cllr|Councillor)\s+/, "")));
  });

  it("keeps a proposal that failed and the one that passed, in order, on the item's decision", () => {
    const votes = item(r, "3").resolutions[0]!.votes!;
    expect(votes.map((v) => [v.mover?.name, v.counts.for, v.counts.against, v.counts.abstentions])).toEqual([
      ["Cllr Ferreira", 2, 5, 0],
      ["Cllr Whitcombe", 6, 1, 0],
    ]);
  });

  it("leaves decisions without a recorded vote without votes, and warns of nothing", () => {
    expect(item(r, "4").resolutions.every((x) => x.votes === undefined)).toBe(true);
    expect(item(r, "1").votes).toBeUndefined();
    expect(voteWarnings(r)).toEqual([]);
  });
});

describe("recorded votes: a full council's motion, amendments and substantive motion", () => {
  const { text, record: r } = load("full-council.txt");

  it("records the motion as moved, an amendment lost, an amendment carried and the substantive motion, on the decision", () => {
    expect(checkCoverage(text, r).missing).toEqual([]);
    const votes = item(r, "41").resolutions[0]!.votes!;
    expect(votes.map((v) => [v.motion, v.outcome, v.mover?.name ?? null, v.seconder?.name ?? null])).toEqual([
      ["motion", null, "Councillor Abara", "Councillor Brightwell"],
      ["amendment", "lost", "Councillor Garside", "Councillor Hollings"],
      ["amendment", "carried", "Councillor Iredale", "Councillor Jeffries"],
      ["substantive-motion", "carried", null, null],
    ]);
    const substantive = votes[3]!;
    // Counts from the bracketed numbers after each named side.
    expect(substantive.counts).toEqual({ for: 6, against: 2, abstentions: 1 });
    expect(names(substantive, "for")).toEqual(["Abara", "Brightwell", "Castellano", "Dempsey", "Iredale", "Jeffries"]);
    expect(names(substantive, "against")).toEqual(["Ellison", "Garside"]);
    // As written: the plural "Councillors" before a list is dropped from each name, a singular one stays.
    expect(names(substantive, "abstentions")).toEqual(["Councillor Hollings"]);
    for (const n of [...substantive.named.for, ...substantive.named.against, ...substantive.named.abstentions]) expect(n.personId).toBe(idOf(r, n.name.replace(/^Councillor\s+/, "")));
  });

  it("keeps a lost motion with no decision after it on its item, counts from 'LOST (For 3, Against 6, Abstained 0)'", () => {
    const i = item(r, "42");
    expect(i.resolutions.some((x) => x.votes)).toBe(false);
    expect(i.votes).toHaveLength(1);
    expect(i.votes![0]).toMatchObject({ motion: "motion", outcome: "lost", counts: { for: 3, against: 6, abstentions: 0 } });
    // A motion that was lost decides nothing: that is no cause for a warning.
    expect(voteWarnings(r)).toEqual([]);
  });
});

describe("recorded votes: a parish council's 'carried unanimously'", () => {
  const { record: r } = load("parish-council.txt");

  it("reads 'Proposed Cllr X, seconded Cllr Y and RESOLVED … Carried unanimously (6 votes)' as one vote", () => {
    const votes = item(r, "2").resolutions[0]!.votes!;
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ outcome: "carried", unanimous: true, counts: { for: 6, against: null, abstentions: null } });
    expect(votes[0]!.mover).toEqual({ name: "Cllr Rees", personId: idOf(r, "Rees") });
  });

  it("reads a 'CARRIED.' under its decision as that decision's outcome", () => {
    const votes = item(r, "3").resolutions[0]!.votes!;
    expect(votes).toEqual([expect.objectContaining({ outcome: "carried", unanimous: false, counts: { for: null, against: null, abstentions: null }, mover: null })]);
  });
});

describe("recorded votes: the forms of a vote statement", () => {
  const decisionVotes = (body: string[]) => {
    const r = parseText(minutes(body));
    return { r, votes: r.items[0]!.resolutions.flatMap((x) => x.votes ?? []), all: r.items.flatMap((i) => [...i.resolutions.flatMap((x) => x.votes ?? []), ...(i.votes ?? [])]) };
  };

  it("'7 for, 3 against, 1 abstention' in brackets, 'carried by 9 votes to 2', 'On the motion of … seconded by …'", () => {
    expect(decisionVotes(["On being put to the vote (3 for, 1 against, 0 abstentions) it was", "", "RESOLVED that the policy be adopted."]).votes[0]!.counts).toEqual({ for: 3, against: 1, abstentions: 0 });
    expect(decisionVotes(["The motion was carried by 3 votes to 1.", "", "RESOLVED that the policy be adopted."]).votes[0]).toMatchObject({ outcome: "carried", counts: { for: 3, against: 1, abstentions: null } });
    const v = decisionVotes(["On the motion of Councillor Dunmore, seconded by Councillor Hale, a recorded vote was taken: For – 3; Against – 1 (Councillor Fenwick); Abstain – 0.", "", "RESOLVED that the policy be adopted."]).votes[0]!;
    expect(v.counts).toEqual({ for: 3, against: 1, abstentions: 0 });
    expect(v.mover?.name).toBe("Councillor Dunmore");
    expect(v.seconder?.name).toBe("Councillor Hale");
    expect(v.named.against.map((n) => n.name)).toEqual(["Councillor Fenwick"]);
  });

  it("a seconded nomination is a motion, an unseconded one is not; '(3 in favour, 1 abstention.)' is a count", () => {
    const { votes } = decisionVotes([
      "Cllr Hale was nominated by Cllr Bright and seconded by Cllr Dunmore. Cllr Fenwick was nominated by Cllr Hale but declined.",
      "RESOLVED – that Cllr Hale be elected Vice-Chair. (3 in favour, 1 abstention.)",
    ]);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ mover: { name: "Cllr Bright" }, seconder: { name: "Cllr Dunmore" }, counts: { for: 3, against: null, abstentions: 1 } });
  });

  it("a side's heading with its number and the names on the next line ('FOR (3)' / 'Councillors …')", () => {
    const { votes } = decisionVotes([
      "A recorded vote having been requested, the motion was put to the meeting and declared carried, the voting being as follows:",
      "",
      "FOR (3)",
      "Councillors Bright, Dunmore and Hale",
      "",
      "AGAINST (1)",
      "Councillor Fenwick",
      "",
      "RESOLVED that the policy be adopted.",
    ]);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ outcome: "carried", counts: { for: 3, against: 1, abstentions: null } });
    expect(names(votes[0]!, "for")).toEqual(["Bright", "Dunmore", "Hale"]);
  });

  it("'all in favour' after a decision is that decision's unanimous vote", () => {
    const { votes } = decisionVotes(["Resolved: to adopt the policy. Proposed Cllr Bright, seconded Cllr Hale, all in favour."]);
    expect(votes).toEqual([expect.objectContaining({ unanimous: true, outcome: null, mover: expect.objectContaining({ name: "Cllr Bright" }) })]);
  });

  it("words that only look like a vote are not one: 'carried out', 'for 5 years', an agenda's 'For: Decision'", () => {
    const { all } = decisionVotes([
      "For: Decision",
      "",
      "The survey was carried out in May. Traders have held pitches for 5 years or more; 2 against the change wrote in.",
      "",
      "RESOLVED that the policy be adopted.",
    ]);
    expect(all).toEqual([]);
  });

  it("never invents a voter: a name nobody in the attendance has keeps its words, with a null id and a warning", () => {
    const { r, votes } = decisionVotes(["For: Councillors Bright, Dunmore and Quennell", "Against: Councillor Fenwick", "", "RESOLVED that the policy be adopted."]);
    const quennell = votes[0]!.named.for.find((n) => n.name === "Quennell")!;
    expect(quennell.personId).toBeNull();
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "voter-unmatched", message: expect.stringContaining("Quennell") }));
    expect(r.people.some((p) => p.namesAsWritten.includes("Quennell"))).toBe(false);
    expect(r.attendance.some((a) => /Quennell/.test(a.name))).toBe(false);
  });

  it("warns when the counts and the names disagree", () => {
    const { r } = decisionVotes(["For: 3, Against: 1", "For: Councillors Bright and Dunmore", "Against: Councillor Fenwick", "", "RESOLVED that the policy be adopted."]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "vote-count-mismatch", message: expect.stringContaining("3 for but 2 named") }));
  });

  it("a bare count between two decisions is taken as the next one's, with a warning", () => {
    const { r } = decisionVotes(["RESOLVED that the policy be adopted.", "", "For 3, Against 1.", "", "RESOLVED that the fees be frozen."]);
    const [first, second] = r.items[0]!.resolutions;
    expect(first!.votes).toBeUndefined();
    expect(second!.votes![0]!.counts).toEqual({ for: 3, against: 1, abstentions: null });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "vote-ambiguous" }));
  });
});

/** The questions put on item 1: those its first resolution records, then the item's own. */
const firstItemQuestions = (r: DocumentRecord) => [...(item(r, "1").resolutions[0]?.votes ?? []), ...(item(r, "1").votes ?? [])];

describe("recorded votes: a number for each of two questions put as alternatives", () => {
  it("'8 members voted for the motion and 4 for the amendment' gives each question its votes for, and infers no count against", () => {
    const r = parseText(
      minutes([
        "Councillor Hale moved an amendment that the pitch fee be frozen for a year, seconded by Councillor Fenwick.",
        "",
        "On being put to the vote, three members voted for the motion and one for the amendment. The amendment was declared lost.",
        "",
        "RESOLVED that the Street Trading Policy be adopted.",
      ]),
    );
    const votes = firstItemQuestions(r);
    expect(votes.map((v) => [v.motion, v.counts, v.outcome])).toEqual([
      ["amendment", { for: 1, against: null, abstentions: null }, "lost"],
      ["motion", { for: 3, against: null, abstentions: null }, null],
    ]);
    // The tally joins the amendment as moved ("Councillor Hale moved an amendment"): one question, with its mover and seconder.
    expect([votes[0]!.mover?.name, votes[0]!.seconder?.name]).toEqual(["Councillor Hale", "Councillor Fenwick"]);
  });

  it("the tallies in digits with the original motion named, and one question alone is not read as a tally", () => {
    const r = parseText(minutes(["Upon a vote, 7 councillors voted in favour of the original motion and 5 in favour of the amendment.", "", "12 members voted for the motion.", "", "RESOLVED that the policy be adopted."]));
    const votes = firstItemQuestions(r);
    expect(votes.map((v) => [v.motion, v.counts.for])).toEqual([
      ["motion", 7],
      ["amendment", 5],
    ]);
  });
});

describe("recorded votes: a motion and its amendment labelled, each moved and seconded in one sentence", () => {
  it("'Amendment – Councillor X, seconded by Councillor Y, moved that …' names the amendment's mover and seconder, and the tallies join each question", () => {
    const r = parseText(
      minutes([
        "Motion – Councillor Bright, seconded by Councillor Dunmore, moved the recommendations in the report.",
        "",
        "Amendment – Councillor Hale, seconded by Councillor Fenwick, moved that the policy be deferred to the next meeting.",
        "",
        "On a vote being taken, 3 members voted for the motion and 1 for the amendment. The motion was accordingly carried and the Committee agreed:-",
        "",
        "(a) to adopt the Street Trading Policy.",
      ]),
    );
    const votes = item(r, "1").resolutions[0]!.votes!;
    expect(votes.map((v) => [v.motion, v.mover?.name, v.seconder?.name, v.counts.for, v.outcome])).toEqual([
      ["motion", "Councillor Bright", "Councillor Dunmore", 3, "carried"],
      ["amendment", "Councillor Hale", "Councillor Fenwick", 1, null],
    ]);
  });
});
