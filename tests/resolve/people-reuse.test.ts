// People resolved again only where a change reaches (resolve/people-reuse.ts): the invariant is that
// the records, the people and the problems are exactly resolvePeopleIndex's over the whole archive,
// whatever changed — and that an edit in one council does resolve fewer records than the archive
// (else the invariant would hold trivially). Invented names.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../../src/schema/record.ts";
import { NO_PEOPLE_OVERRIDES, parsePeopleOverrides, type PeopleOverrides } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeopleIndex } from "../../scripts/pipeline/resolve/people.ts";
import { resolvePeopleReusing, type PeopleState } from "../../scripts/pipeline/resolve/people-reuse.ts";
import { record, type RecordInput } from "./records.ts";

const A = "Saltmarsh Borough Council";
const B = "Fellside District Council";
const C = "Harrowby Town Council";
const JOINT = "Saltmarsh and Fellside Combined Fire Authority";

/** As the parse cache keys an outcome: the same unresolved record, the same key. */
const keysOf = (records: DocumentRecord[]) =>
  new Map(records.map((r) => [r.source.path, createHash("sha256").update(JSON.stringify(r)).digest("hex")]));

/** Resolves `inputs` reusing `last`, checks it against a whole resolution, and returns the new state and how many records were resolved. */
function resolveAndCheck(inputs: RecordInput[], last: PeopleState | null, overrides: PeopleOverrides = NO_PEOPLE_OVERRIDES) {
  const records = inputs.map(record);
  const reused = resolvePeopleReusing(records, keysOf(records), overrides, last);
  const whole = resolvePeopleIndex(records, overrides);
  expect(JSON.stringify(reused.records)).toBe(JSON.stringify(whole.records));
  expect(JSON.stringify(reused.people)).toBe(JSON.stringify(whole.people));
  expect(reused.problems).toEqual(whole.problems);
  return reused;
}

const archive = (): RecordInput[] => [
  { file: "a1.txt", council: A, date: "2024-01-10", attendance: ["Councillor Imogen Varley", "Councillor Ross Teague"] },
  { file: "a2.txt", council: A, date: "2024-02-10", attendance: ["Cllr R Teague", "Cllr Dana Moss"] },
  { file: "b1.txt", council: B, date: "2024-01-12", attendance: ["Councillor Owen Pike", "Councillor Lena Hart"] },
  { file: "c1.txt", council: C, date: "2024-01-15", attendance: ["Councillor Ada Quill", "Mr B Quill"] },
  { file: "c2.txt", council: C, date: "2024-03-15", attendance: ["Cllr A Quill"], declarations: [{ person: "Cllr A Quill" }] },
  { file: "fire.txt", council: JOINT, date: "2024-02-20", attendance: ["Cllr I Varley", "Cllr P Ashdown"], mentioned: ["Cllr Varley"] },
  { file: "venue.txt", council: null, date: "2024-04-01", attendance: ["Councillor Tom Reeve"] },
];

const edit = (inputs: RecordInput[], file: string, change: (r: RecordInput) => RecordInput) => inputs.map((r) => (r.file === file ? change(r) : r));
const attend = (...names: string[]) => (r: RecordInput) => ({ ...r, attendance: [...(r.attendance ?? []), ...names] });

describe("people resolved again only where a change reaches", () => {
  it("an edit in a council no joint body is formed by resolves that council's records only, exactly as the whole archive", () => {
    const first = resolveAndCheck(archive(), null);
    expect(first.resolved).toBe(7);
    const after = resolveAndCheck(edit(archive(), "c2.txt", attend("Councillor Zoe Quill")), first.state);
    expect(after.resolved).toBe(2);
  });

  it("the same records again resolve none", () => {
    const first = resolveAndCheck(archive(), null);
    expect(resolveAndCheck(archive(), first.state).resolved).toBe(0);
  });

  it("a namesake added in a council forming a joint body takes the joint body's member back from the other council, exactly", () => {
    const first = resolveAndCheck(archive(), null);
    expect(first.records.find((r) => r.source.file === "fire.txt")!.people.map((p) => p.id)).toContain("saltmarsh-borough-council/varley-i");
    // Fellside now has an I Varley too: the joint body's "Cllr I Varley" fits two councils and is its
    // own person — which changes Saltmarsh's person (one document fewer), though no Saltmarsh record changed.
    const after = resolveAndCheck(edit(archive(), "b1.txt", attend("Councillor Ian Varley")), first.state);
    expect(after.records.find((r) => r.source.file === "fire.txt")!.people.map((p) => p.id)).toContain("saltmarsh-and-fellside-combined-fire-authority/varley-i");
    expect(after.resolved).toBe(4);
  });

  it("a removed document, a council's only document removed, and a document added to a new council stay exact", () => {
    const first = resolveAndCheck(archive(), null);
    const removed = resolveAndCheck(archive().filter((r) => r.file !== "a2.txt"), first.state);
    const gone = resolveAndCheck(archive().filter((r) => r.file !== "b1.txt"), removed.state);
    resolveAndCheck([...archive(), { file: "d1.txt", council: "Kestrel County Council", attendance: ["Councillor Ross Teague"] }], gone.state);
  });

  it("a document whose council is not stated and found from its venue follows the archive's councils", () => {
    const first = resolveAndCheck(archive(), null);
    resolveAndCheck(edit(archive(), "venue.txt", (r) => ({ ...r, attendance: ["Councillor Tom Reeve", "Councillor T Reeve"] })), first.state);
  });

  it("override entries resolve the whole archive", () => {
    const overrides = parsePeopleOverrides(`- merge: ["Councillor Ross Teague", "Councillor Owen Pike"]\n`);
    const first = resolveAndCheck(archive(), null, overrides);
    const after = resolveAndCheck(edit(archive(), "c2.txt", attend("Councillor Zoe Quill")), first.state, overrides);
    expect(after.resolved).toBe(7);
  });

  it("forty random edits, additions and removals in a row each equal a whole resolution", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const names = ["Councillor Imogen Varley", "Cllr I Varley", "Councillor Ian Varley", "Cllr R Teague", "Mr B Quill", "Councillor Ada Quill", "Cllr A Quill", "Cllr P Ashdown", "Councillor Lena Hart", "Cllr L Hart", "Councillor Tom Reeve"];
    const councils = [A, B, C, JOINT, null];
    let inputs = archive();
    let state: PeopleState | null = null;
    let partial = 0;
    for (let step = 0; step < 40; step++) {
      const kind = random(4);
      if (kind === 0 && inputs.length > 2) inputs = inputs.filter((_, i) => i !== random(inputs.length));
      else if (kind === 1) inputs = [...inputs, { file: `n${step}.txt`, council: councils[random(councils.length)]!, date: `2024-05-${10 + random(18)}`, attendance: [names[random(names.length)]!] }];
      else {
        const i = random(inputs.length);
        inputs = inputs.map((r, j) => (j === i ? attend(names[random(names.length)]!)(r) : r));
      }
      const out = resolveAndCheck(inputs, state);
      if (out.resolved < inputs.length) partial++;
      state = out.state;
    }
    expect(partial).toBeGreaterThan(10);
  });
});
