// Permanent URL paths for documents, built only from facts that do not change as the parser improves
// in how it reads the body: council, committee, date (or year), document type. Never from guessed titles.
//
//   minutes   /<council>/<committee>/<yyyy-mm-dd>/
//   report    /<council>/<committee>/<yyyy-mm-dd>/report/
//   decision  /<council>/<committee>/<yyyy-mm-dd>/decision/
//   undated   <yyyy> (the year the record gives) or `undated` in place of the date
//
// Two documents that would share a path are told apart by a `-2`, `-3`… suffix on the last segment,
// given in order of source path so that the result does not depend on the order of discovery.
import type { DocumentRecord } from "../../src/schema/record.ts";

export function basePathOf(record: DocumentRecord): string {
  const when = record.date ?? (record.year ? String(record.year) : "undated");
  const parts = [record.council.slug, record.committee.slug, when];
  if (record.type !== "minutes") parts.push(record.type);
  return parts.join("/");
}

/** Assigns each record a unique id (URL path without slashes at the ends), keyed by source path. */
export function assignDocumentIds(records: DocumentRecord[]): Map<string, string> {
  const byBase = new Map<string, DocumentRecord[]>();
  for (const record of records) {
    const base = basePathOf(record);
    const group = byBase.get(base) ?? [];
    group.push(record);
    byBase.set(base, group);
  }
  const ids = new Map<string, string>();
  for (const [base, group] of byBase) {
    group.sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
    group.forEach((record, i) => {
      if (i === 0) {
        ids.set(record.source.path, base);
        return;
      }
      // Minutes live at the date itself; a second set of minutes gets its own segment.
      ids.set(record.source.path, record.type === "minutes" ? `${base}/minutes-${i + 1}` : `${base}-${i + 1}`);
    });
  }
  return ids;
}

export const urlOfId = (id: string) => `/${id}/`;
