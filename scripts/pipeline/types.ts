// Typed boundaries between the pipeline stages: decode → parse → resolve → validate → emit.
import type { DocumentRecord, SourceRef, WarningEntry } from "../../src/schema/record.ts";

/** Facts a corpus folder may state about a document that its text does not (all optional). */
export interface SourceMeta {
  council?: string;
  committee?: string;
  type?: DocumentRecord["type"];
  /** The publisher's URL for the original document. */
  url?: string;
}

/** What the parse stage receives: decoded text and where it came from. Parsing is pure. */
export interface ParseInput {
  text: string;
  source: SourceRef;
  meta: SourceMeta;
}

/** A problem with one source file, reported with its name (and line where it makes sense). */
export interface SourceProblem {
  file: string;
  line: number | null;
  severity: "error" | "warning";
  message: string;
  /** Set for problems that must fail a build, e.g. `text-lost` when the record would drop source words. */
  code?: "text-lost";
}

export type { DocumentRecord, SourceRef, WarningEntry };
