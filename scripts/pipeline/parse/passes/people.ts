// Pass 8, people: one entry per person the document names — in its attendance, its declarations, as a
// report's author or as an officer in its text — with an id local to the document (`people.ts`;
// identity across documents is the resolve stage's). Reads the attendance, the declarations, the
// author and the text; writes the record's people.
import type { DocumentRecord } from "../../../../src/schema/record.ts";
import { collectPeople } from "../people.ts";
import type { Attendance } from "./attendance.ts";
import type { HeaderFacts } from "./header-facts.ts";
import type { Items } from "./items.ts";
import type { Structure } from "./structure.ts";

export type People = DocumentRecord["people"];

export function peoplePass(attendance: Attendance, { declarations }: Items, { author }: HeaderFacts, { content }: Structure): People {
  return collectPeople(attendance, declarations, author, content);
}

export function describePeople(out: People): string {
  return `${out.length} person(s)`;
}
