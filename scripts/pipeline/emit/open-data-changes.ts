// Incremental builds, the open-data side: which of the files across the archive (emit/open-data.ts) an
// added or changed document can have changed, so that only those are written again. The rest of
// dist/ holds the last build's, which are the same bytes (tests/build/incremental.test.ts).
//   committees  those holding a changed document, and any whose committee.json would differ from the
//               one in dist/ (a member's name or a renamed committee's link can change without any of
//               its own documents changing); the feed follows its committee's documents.
//   topics      those whose entity file the ingest stage wrote (topic.json and its feed come from it alone).
//   site feed   when a changed document is among the newest it lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newestFirst } from "../../../src/lib/document-groups.ts";
import { CommitteeEntity } from "../../../src/schema/archive.ts";
import type { DocumentSummary } from "../../../src/schema/record.ts";
import { elementBytes, parseElement, readArchiveSlices } from "./archive-slices.ts";
import { feedDocuments } from "./feeds.ts";
import { publishedJson } from "./json.ts";
import type { OpenDataSelection } from "./open-data.ts";

const TOPIC_FILE = /^archive\/topics\/(.+)\.json$/;

/** The file's bytes, or null when there is none. */
function readPublished(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Whether `file` is `line` and a newline. */
const isLine = (file: Buffer, line: Buffer) => file.length === line.length + 1 && file[line.length] === 0x0a && file.compare(line, 0, line.length, 0, line.length) === 0;

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
  // Compared as bytes first, parsed only when that cannot decide (emit/archive-slices.ts): the
  // collection's element is `JSON.stringify` of the committee as ingest wrote it, in the schema's key
  // order, so when it and a newline are the published file's bytes, publishing it again gives the same
  // file (the published JSON is that of the schema's parse, which gives back what it parsed), and when
  // the element does not name a changed document (a JSON string "<id>") that committee holds none.
  const slices = readArchiveSlices(input.collection, "committees");
  const named = [...documents].map((id) => Buffer.from(JSON.stringify(id)));
  for (const element of slices?.elements ?? []) {
    const bytes = elementBytes(slices!, element);
    const published = readPublished(join(input.dist, element.id, "committee.json"));
    if (published === null) committees.add(element.id);
    else if (!named.some((id) => bytes.includes(id)) && isLine(published, bytes)) continue;
    else {
      const committee = parseElement<CommitteeEntity>(slices!, element);
      if (committee.documents.some((d) => documents.has(d.id)) || !published.equals(Buffer.from(publishedJson(CommitteeEntity.parse(committee))))) committees.add(element.id);
    }
  }
  const topics = new Set(input.written.map((p) => TOPIC_FILE.exec(p)?.[1]).filter((id) => id !== undefined));
  const siteFeed = feedDocuments([...input.documents].sort(newestFirst)).some((d) => documents.has(d.id));
  return { documents, people, committees, topics, siteFeed };
}
