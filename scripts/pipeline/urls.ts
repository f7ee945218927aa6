// Permanent URL paths for documents, built only from facts that do not change as the parser improves
// in how it reads the body: council, committee, date (or year), document type. Never from guessed titles.
//
//   minutes   /<council>/<committee>/<yyyy-mm-dd>/
//   report    /<council>/<committee>/<yyyy-mm-dd>/report/
//   decision  /<council>/<committee>/<yyyy-mm-dd>/decision/
//   undated   <yyyy> (the year the record gives) or `undated` in place of the date
//   unstated  `unknown-council` / `unknown-committee` in place of a council or committee that neither the
//             text nor minutebook.json states (the record's field is null; UNSTATED_* in src/schema/record.ts).
//             The segments earlier builds wrote for "Unknown council" / "Unknown committee", so those URLs stand.
//
// Two documents that would share a path are told apart by a `-2`, `-3`… suffix on the last segment
// (`/minutes-2` for a second set of minutes). A URL once published belongs to its source for good: the
// published-URL manifest of the last release (see `emit/url-manifest.ts`) is read back, a document keeps
// the id it was published under while its facts still lead there, and no other document may take an id
// that was published for another source.
import { committeeOf, councilOf, type DocumentRecord } from "../../src/schema/record.ts";

export function basePathOf(record: DocumentRecord): string {
  const when = record.date ?? (record.year ? String(record.year) : "undated");
  const parts = [councilOf(record).slug, committeeOf(record).slug, when];
  if (record.type !== "minutes") parts.push(record.type);
  return parts.join("/");
}

function candidateIds(record: DocumentRecord): (n: number) => string {
  const base = basePathOf(record);
  return (n) => (n === 1 ? base : record.type === "minutes" ? `${base}/minutes-${n}` : `${base}-${n}`);
}

/** Whether `id` is one of the ids this record's facts can lead to (the base or a numbered variant). */
function isVariantOf(id: string, record: DocumentRecord): boolean {
  const base = basePathOf(record);
  const suffix = record.type === "minutes" ? "/minutes-" : "-";
  return id === base || (id.startsWith(base + suffix) && /^\d+$/.test(id.slice(base.length + suffix.length)));
}

const byPath = (a: DocumentRecord, b: DocumentRecord) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0);

/**
 * Assigns each record a unique id (its URL path without slashes at the ends), keyed by source path.
 * `published` maps source paths to the ids they were published under in the last release.
 */
export function assignDocumentIds(records: DocumentRecord[], published: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const ownerOf = new Map<string, string>();
  for (const [path, id] of published) ownerOf.set(id, path);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...records].sort(byPath);
  // First, documents that keep the id they were published under.
  for (const record of sorted) {
    const previous = published.get(record.source.path);
    if (previous && isVariantOf(previous, record) && !taken.has(previous)) {
      ids.set(record.source.path, previous);
      taken.add(previous);
    }
  }
  // Then new documents, and those whose facts now lead elsewhere: the first id free for them.
  for (const record of sorted) {
    if (ids.has(record.source.path)) continue;
    const idFor = candidateIds(record);
    for (let n = 1; ; n++) {
      const id = idFor(n);
      const owner = ownerOf.get(id);
      if (!taken.has(id) && (owner === undefined || owner === record.source.path)) {
        ids.set(record.source.path, id);
        taken.add(id);
        break;
      }
    }
  }
  return ids;
}

export const urlOfId = (id: string) => `/${id}/`;
