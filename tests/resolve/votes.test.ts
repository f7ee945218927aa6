// Named voters take the permanent ids the people stage gives the meeting's attendance: a vote names
// the same person page as the attendance list does, across documents, and never one of its own.
// Fixtures in tests/fixtures/votes/ (invented councils, names and wording).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { NO_PEOPLE_OVERRIDES } from "../../scripts/pipeline/resolve/overrides.ts";
import { resolvePeople } from "../../scripts/pipeline/resolve/people.ts";
import { DocumentRecord, type VoterRef } from "../../src/schema/record.ts";
import { parseFile } from "../parse/helpers.ts";

const FIXTURES = new URL("../fixtures/votes/testshire/", import.meta.url).pathname;
const voters = (r: DocumentRecord): VoterRef[] =>
  r.items.flatMap((i) => [...i.resolutions.flatMap((x) => x.votes ?? []), ...(i.votes ?? [])]).flatMap((v) => [
    ...v.named.for, ...v.named.against, ...v.named.abstentions, ...(v.mover ? [v.mover] : []), ...(v.seconder ? [v.seconder] : []),
  ]);

describe("named voters through the people stage", () => {
  const parsed = ["planning-committee.txt", "full-council.txt", "parish-council.txt"].map((f) => parseFile(join(FIXTURES, f)).record);
  const resolved = resolvePeople(parsed, NO_PEOPLE_OVERRIDES);

  it("each named voter, mover and seconder gets the permanent id of the attendee the parser matched", () => {
    resolved.forEach((r, d) => {
      const before = voters(parsed[d]!);
      const after = voters(r);
      expect(after.length, r.source.file).toBeGreaterThan(0);
      expect(after.map((v) => v.name)).toEqual(before.map((v) => v.name));
      before.forEach((v, k) => {
        const i = parsed[d]!.attendance.findIndex((a) => a.personId === v.personId);
        expect(i, v.name).toBeGreaterThanOrEqual(0);
        // The same position in the resolved attendance carries the permanent id.
        expect(after[k]!.personId, v.name).toBe(r.attendance[i]!.personId);
        expect(after[k]!.personId).not.toMatch(/^local:/);
      });
    });
  });

  it("adds nobody: every voter id is a person of the record, and the people are those without votes", () => {
    const withoutVotes = resolvePeople(
      parsed.map((r) => ({ ...r, items: r.items.map(({ votes: _v, ...i }) => ({ ...i, resolutions: i.resolutions.map(({ votes: _w, ...x }) => x) })) })),
      NO_PEOPLE_OVERRIDES,
    );
    resolved.forEach((r, d) => {
      const ids = new Set(r.people.map((p) => p.id));
      for (const v of voters(r)) expect(ids.has(v.personId!), v.name).toBe(true);
      expect(r.people).toEqual(withoutVotes[d]!.people);
      expect(r.attendance).toEqual(withoutVotes[d]!.attendance);
    });
  });
});
