// Incremental builds, the open-data side: which of the files across the archive (emit/open-data.ts) an
// added or changed document can have changed, so that only those are written again. The rest of
// dist/ holds the last build's, which are the same bytes (tests/build/incremental.test.ts).
//   committees  those holding a changed document, and any whose committee.json would differ from the
//               one in dist/ (a member's name or a renamed committee's link can change without any of
//               its own documents changing); the feed follows its committee's documents.
//   topics      those whose entity file the ingest stage wrote (topic.json and its feed come from it alone).
//   site feed   when a changed document is among the newest it lists.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { newestFirst } from "../../../src/lib/document-groups.ts";
import { CommitteeEntity } from "../../../src/schema/archive.ts";
import type { DocumentSummary } from "../../../src/schema/record.ts";
import { ARCHIVE_FILES, ARCHIVE_FOLDER } from "./archive.ts";
import { feedDocuments } from "./feeds.ts";
import { publishedJson } from "./json.ts";
import type { OpenDataSelection } from "./open-data.ts";

const TOPIC_FILE = /^archive\/topics\/(.+)\.json$/;

export function openDataChanges(input: {
  collection: string;
  dist: string;
  /** Every document of the archive. */
  documents: readonly DocumentSummary[];
  /** The added or changed documents and the people concerned (planIncremental). */
  changed: { documents: ReadonlySet<string>; people: ReadonlySet<string> };
  /** Collection-relative paths the ingest stage wrote. */
  written: readonly string[];
}): Required<Pick<OpenDataSelection, "documents" | "people" | "committees" | "topics" | "siteFeed">> {
  const { documents, people } = input.changed;
  const committees = new Set<string>();
  const path = join(input.collection, ARCHIVE_FOLDER, ARCHIVE_FILES.committees);
  for (const committee of existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CommitteeEntity[]) : []) {
    const published = join(input.dist, committee.id, "committee.json");
    if (
      committee.documents.some((d) => documents.has(d.id)) ||
      !existsSync(published) ||
      readFileSync(published, "utf8") !== publishedJson(CommitteeEntity.parse(committee))
    ) {
      committees.add(committee.id);
    }
  }
  const topics = new Set(input.written.map((p) => TOPIC_FILE.exec(p)?.[1]).filter((id) => id !== undefined));
  const siteFeed = feedDocuments([...input.documents].sort(newestFirst)).some((d) => documents.has(d.id));
  return { documents, people, committees, topics, siteFeed };
}
