// Emit stage, person pages: what each person's page shows (src/schema/archive.ts `PersonPage`), one
// file per person in `<collection>/archive/person-pages/<id>.json`, beside the whole entity that the
// open data and incremental builds read (`archive/people/<id>.json`). The page reads only this file:
// the entity repeats each mention's document and item and keeps every excerpt, and its page parsed it
// whole (docs/performance.md, "Round two, session 6"). Swept with the archive folder, like the entities.
import type { PersonEntity } from "../../../src/schema/archive.ts";
import { ENTITY_FOLDERS } from "../../../src/lib/records.ts";
import { personPage } from "../../../src/lib/person-page.ts";
import type { CollectionWriter } from "./writer.ts";

export function writePersonPages(writer: CollectionWriter, folder: string, people: readonly PersonEntity[]): void {
  for (const person of people) writer.writeLine(`${folder}/${ENTITY_FOLDERS.personPages}/${person.id}.json`, JSON.stringify(personPage(person)));
}
