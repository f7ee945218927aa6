// What stands in for a council or committee that neither the text nor `minutebook.json` states (the
// record's field is then null, and the parser warns). Never written into a record: the slug is the URL
// segment the URL contract documents for it (`scripts/pipeline/urls.ts`, README "Permanent URLs"), the
// name is what registers, feeds and breadcrumbs show in its place. No zod here: the browser's citation
// helper imports the formatting that uses it.

/** A council or committee as the record names it (`NamedEntity` in record.ts). */
interface Named {
  name: string;
  slug: string;
}

export const UNSTATED_COUNCIL: Named = { name: "Council not stated", slug: "unknown-council" };
export const UNSTATED_COMMITTEE: Named = { name: "Committee not stated", slug: "unknown-committee" };

/** The record's council, or the stand-in when the document does not state it. */
export const councilOf = (r: { council: Named | null }): Named => r.council ?? UNSTATED_COUNCIL;
/** The record's committee, or the stand-in when the document does not state it. */
export const committeeOf = (r: { committee: Named | null }): Named => r.committee ?? UNSTATED_COMMITTEE;
