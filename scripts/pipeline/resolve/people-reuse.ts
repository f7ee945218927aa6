// Resolve stage, people, in an ingest that scales with the change (issue 15, Deliver 2): after a few
// documents change, only the councils they can reach are resolved again; every other record takes the
// ids and people the last ingest gave it, kept in the ingest state, and is not resolved at all.
//
// Why this is exact (resolve/people.ts). Without override entries, a record's people are resolved
// from the names written in it, grouped within one council (the council a name is a "mention" of:
// the record's people's council, or the council a joint body's member or a listed visitor is moved
// to), and a person's id is `<that council>/…`, ranked only against ids of the same council. So a
// council's people, their ids and names depend only on the records with a mention in that council,
// and which council a record's names are mentions of depends only on the record itself, on the
// archive's council names (`councilNames`) and, for a joint body's record, on the names written in
// the records of the councils forming it. The councils resolved again (`reach`) start from those of
// every changed, added or removed record (its people's council and its mentions' councils, before
// and after) and grow until closed: a council in reach brings in every record with a mention in it
// or whose people belong to it (and so those records' councils), a joint body in reach brings in the
// councils forming it, and a council in reach brings in every joint body it forms. The records left
// out then have no mention in a council in reach, before or after; their councils' people are the
// last ingest's. After resolving the records in reach, a mention outside reach (it cannot happen by
// the argument above, but is checked) means the whole archive is resolved as before — as do override
// entries (a merge or a rename reaches across councils by name), other council names, or no state.
import type { DocumentRecord } from "../../../src/schema/record.ts";
import type { PeopleOverrides } from "./overrides.ts";
import { councilNames, jointBodies, peoplesCouncils, resolvePeopleIndex, withPeople, type PersonSummary, type RecordPeople } from "./people.ts";

/** What the last ingest's people stage gave, kept in the ingest state (emit/archive-reuse.ts). */
export interface PeopleState {
  /** The archive's council names (`councilNames`), as JSON. */
  names: string;
  /**
   * Source path → the parse cache key of the outcome its record was made from, its people's council,
   * and what the stage set in it (`KeptPeople`).
   */
  documents: Record<string, { outcome: string; council: string; people: KeptPeople }>;
  /** Everyone, sorted by id (resolvePeopleIndex's `people`), without their documents: those are the records naming them. */
  summaries: Omit<PersonSummary, "documents">[];
}

/**
 * RecordPeople without the people's display names (their summaries' names): the state is read whole
 * by every ingest, so it keeps what the summaries do not.
 */
export interface KeptPeople {
  /** Each attendee's id: a number is the index of the record's person with that id (most are), a string the id itself. */
  attendance: (number | string)[];
  declarations: (string | null)[];
  /** Each of the record's people: id and names as written. */
  people: [string, string[]][];
}

export interface PeopleReused {
  records: DocumentRecord[];
  people: PersonSummary[];
  problems: string[];
  /** The state to keep for the next ingest. */
  state: PeopleState;
  /** Records resolved in this run (all of them when the whole archive was resolved). */
  resolved: number;
}

const councilOfId = (id: string): string | null => {
  const at = id.indexOf("/");
  return at > 0 ? id.slice(0, at) : null;
};

/** The councils a resolved record's names are mentions of: its people's ids' councils (null: an id that names none). */
function mentionCouncils(people: KeptPeople): (string | null)[] {
  return people.people.map(([id]) => councilOfId(id));
}

/**
 * resolvePeopleIndex over `records` (in source order; `outcomeKeys` maps each record's source path to
 * its parse cache key), the records out of reach of any change taken from `last`. The same records,
 * people and problems as resolvePeopleIndex of every record.
 */
export function resolvePeopleReusing(
  records: DocumentRecord[],
  outcomeKeys: ReadonlyMap<string, string>,
  overrides: PeopleOverrides,
  last: PeopleState | null,
): PeopleReused {
  const names = councilNames(records);
  const namesKey = JSON.stringify([...names]);
  const councils = peoplesCouncils(records, names);
  const finish = (out: DocumentRecord[], people: PersonSummary[], problems: string[], resolved: number): PeopleReused => {
    const documents: PeopleState["documents"] = {};
    out.forEach((r, i) => {
      const at = new Map<string, number>();
      r.people.forEach((p, j) => at.has(p.id) || at.set(p.id, j));
      documents[r.source.path] = {
        outcome: outcomeKeys.get(r.source.path)!,
        council: councils[i]!,
        people: { attendance: r.attendance.map((a) => at.get(a.personId) ?? a.personId), declarations: r.declarations.map((d) => d.personId), people: r.people.map((p) => [p.id, p.namesAsWritten]) },
      };
    });
    const summaries = people.map(({ documents: _, ...rest }) => rest);
    return { records: out, people, problems, state: { names: namesKey, documents, summaries }, resolved };
  };
  const whole = () => {
    const index = resolvePeopleIndex(records, overrides, names);
    return finish(index.records, index.people, index.problems, records.length);
  };
  if (last === null || overrides.entries.length > 0 || last.names !== namesKey) return whole();

  const reach = new Set<string>();
  const before = records.map((r) => last.documents[r.source.path]);
  const changed = (i: number) => {
    const last = before[i];
    return last === undefined || last.outcome !== outcomeKeys.get(records[i]!.source.path) || last.council !== councils[i];
  };
  const paths = new Set(records.map((r) => r.source.path));
  const gone = Object.entries(last.documents).filter(([path]) => !paths.has(path));
  for (const [, d] of gone) for (const c of [d.council, ...mentionCouncils(d.people)]) if (c === null) return whole();
  for (const [, d] of gone) for (const c of [d.council, ...mentionCouncils(d.people)]) reach.add(c!);
  const inReach = records.map(() => false);
  const mentionsBefore = before.map((d) => (d ? mentionCouncils(d.people) : []));
  const joints = jointBodies(names);
  for (let grew = true; grew; ) {
    grew = false;
    const add = (c: string) => {
      if (reach.has(c)) return;
      reach.add(c);
      grew = true;
    };
    for (const [body, formedBy] of joints) {
      if (reach.has(body)) formedBy.forEach(add);
      else if (formedBy.some((c) => reach.has(c))) add(body);
    }
    for (let i = 0; i < records.length; i++) {
      if (inReach[i]) continue;
      const mentions = mentionsBefore[i]!;
      if (!changed(i) && !reach.has(councils[i]!) && !mentions.some((c) => c === null || reach.has(c))) continue;
      if (mentions.includes(null)) return whole();
      inReach[i] = true;
      grew = true;
      add(councils[i]!);
      for (const c of mentions) add(c!);
    }
  }
  const subset = records.filter((_, i) => inReach[i]);
  if (subset.length === records.length) return whole();
  const part = resolvePeopleIndex(subset, overrides, names);
  // Checked, not assumed: every mention of a record resolved again is in a council resolved again.
  for (const r of part.records) for (const p of r.people) if (!reach.has(councilOfId(p.id) ?? "")) return whole();
  for (const p of part.people) if (!p.councils.every((c) => reach.has(c))) return whole();
  if (last.summaries.some((p) => p.councils.some((c) => reach.has(c)) && !p.councils.every((c) => reach.has(c)))) return whole();
  // A person is in a record's people exactly when one of their names is written in it, so a kept
  // person's documents are the kept records naming them.
  const kept = new Map(last.summaries.filter((p) => !p.councils.some((c) => reach.has(c))).map((p) => [p.id, { ...p, documents: new Set<string>() }]));
  let next = 0;
  let missing = false;
  const out = records.map((r, i): DocumentRecord => {
    if (inReach[i]) return part.records[next++]!;
    const { attendance, declarations, people } = before[i]!.people;
    const resolved: RecordPeople = { attendance: [], declarations, people: [] };
    for (const a of attendance) {
      const id = typeof a === "number" ? people[a]?.[0] : a;
      if (id === undefined) missing = true;
      resolved.attendance.push(id ?? "");
    }
    for (const [id, namesAsWritten] of people) {
      const person = kept.get(id);
      if (!person) {
        // A state not as this code writes it: resolved whole below.
        missing = true;
        continue;
      }
      person.documents.add(r.source.file);
      resolved.people.push({ id, name: person.name, namesAsWritten });
    }
    return withPeople(r, resolved);
  });
  if (missing) return whole();
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keptPeople = [...kept.values()].map((p): PersonSummary => ({ id: p.id, name: p.name, namesAsWritten: p.namesAsWritten, councils: p.councils, documents: [...p.documents].sort(compare), party: p.party, ward: p.ward, notes: p.notes }));
  const people = [...keptPeople, ...part.people].sort((a, b) => compare(a.id, b.id));
  return finish(out, people, part.problems, subset.length);
}
