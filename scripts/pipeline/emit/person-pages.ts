// Emit stage, person pages: what each person's page shows (src/schema/archive.ts `PersonPage`), one
// file per person in `<collection>/archive/person-pages/<id>.json`, beside the whole entity that the
// open data and incremental builds read (`archive/people/<id>.json`). The page reads only this file:
// the entity repeats each mention's document and item and keeps every excerpt, and its page parsed it
// whole (docs/performance.md, "Round two, session 6"). Made from the entity where the entity's file is
// (archive.ts `writePeople`: on the write thread, json-shapes.ts); swept with the archive folder.
import type { PersonEntity, PersonPage } from "../../../src/schema/archive.ts";
import { personPage } from "../../../src/lib/person-page.ts";

/** A person's page from their entity (or a copy of it: only its data is read). */
export const personPageOf = (value: unknown): PersonPage => personPage(value as PersonEntity);
