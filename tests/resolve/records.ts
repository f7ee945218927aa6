// Small, valid DocumentRecords for resolve-stage tests: only what identity depends on varies.
// Provisional ids follow the parser's convention, `local:<name as written, normalised>`.
import { DocumentRecord, type Attendance, type Declaration } from "../../src/schema/record.ts";
import { documentRecord } from "../support/records.ts";
import { slugify } from "../../scripts/pipeline/slug.ts";

export function localId(name: string): string {
  return `local:${name.toLowerCase().replace(/[^a-z0-9' -]+/g, " ").replace(/\s+/g, " ").trim()}`;
}

type AttendanceInput = string | (Partial<Omit<Attendance, "name">> & { name: string });

export interface RecordInput {
  file: string;
  /** null: the document states no council (the record's field is then null). */
  council: string | null;
  committee?: string;
  date?: string | null;
  /** Names as written in the attendance lists (present unless a status is given). */
  attendance?: AttendanceInput[];
  /** Further people the document mentions (listed in `people` but not in attendance). */
  mentioned?: string[];
  declarations?: { person: string; nature?: string }[];
}

export function record(input: RecordInput): DocumentRecord {
  const attendance: Attendance[] = (input.attendance ?? []).map((a, i) => {
    const given = typeof a === "string" ? { name: a } : a;
    return {
      personId: localId(given.name),
      status: "present",
      role: null,
      title: null,
      category: null,
      item: null,
      line: i + 1,
      ...given,
    };
  });
  const declarations: Declaration[] = (input.declarations ?? []).map((d, i) => ({
    person: d.person,
    personId: localId(d.person),
    item: null,
    nature: d.nature ?? "a close relative in the council's care",
    line: 100 + i,
  }));
  const names = [...new Set([...attendance.map((a) => a.name), ...(input.mentioned ?? []), ...declarations.map((d) => d.person)])];
  const committee = input.committee ?? "Children's Scrutiny Panel";
  return DocumentRecord.parse(
    documentRecord({
      council: input.council === null ? null : { name: input.council, slug: slugify(input.council) },
      committee: { name: committee, slug: slugify(committee) },
      date: input.date === undefined ? "2020-01-01" : input.date,
      source: { file: input.file, path: `sources/${input.file}`, sha256: "0".repeat(64), bytes: 1, encoding: "utf-8", url: null },
      attendance,
      declarations,
      people: names.map((name) => ({ id: localId(name), name, namesAsWritten: [name] })),
    }),
  );
}

/** The permanent id given to `name` as written in document `file`. */
export function idOf(records: DocumentRecord[], file: string, name: string): string {
  const doc = records.find((r) => r.source.file === file);
  if (!doc) throw new Error(`no document ${file}`);
  const person = doc.people.find((p) => p.namesAsWritten.includes(name));
  if (!person) throw new Error(`${name} is not among the people of ${file}: ${JSON.stringify(doc.people)}`);
  return person.id;
}
