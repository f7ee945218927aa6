// Parse stage entry point: decoded text in, one DocumentRecord out. Pure: no files, no logging.
// A short driver over the passes in `passes/`, each its own module with one concern, run in the order
// docs/parsing.md describes ("The passes"): lines → segment (classified blocks) → document structure →
// header facts → attendance → items → decisions → votes → people, then the record assembled from their outputs.
// Every block of the source lands in the preamble, an item, or the furniture, so no word is lost;
// where the parser is unsure it says so in `warnings`.
import { RECORD_SCHEMA_VERSION } from "../../../src/schema/record.ts";
import type { DocumentRecord, WarningEntry } from "../../../src/schema/record.ts";
import type { ParseInput } from "../types.ts";
import { slugify } from "../slug.ts";
import type { HeadingTrace } from "./items.ts";
import { toParagraphs } from "./paragraphs.ts";
import { describeLines, linesPass } from "./passes/lines.ts";
import { describeSegmented, segmentPass } from "./passes/segment.ts";
import { describeStructure, structurePass } from "./passes/structure.ts";
import { describeHeaderFacts, headerFactsPass } from "./passes/header-facts.ts";
import { attendancePass, describeAttendance } from "./passes/attendance.ts";
import { describeItems, itemsPass } from "./passes/items.ts";
import { decisionsPass, describeDecisions, type DecisionTrace } from "./passes/decisions.ts";
import { describeVotes, votesPass, type VoteTrace } from "./passes/votes.ts";
import type { ItemVotes } from "./votes.ts";
import { describePeople, peoplePass } from "./passes/people.ts";

/** The passes in the order the driver runs them, each with its module (docs/parsing.md lists the same). */
export const PASSES = [
  { name: "lines", module: "passes/lines.ts" },
  { name: "segment", module: "passes/segment.ts" },
  { name: "document structure", module: "passes/structure.ts" },
  { name: "header facts", module: "passes/header-facts.ts" },
  { name: "attendance", module: "passes/attendance.ts" },
  { name: "items", module: "passes/items.ts" },
  { name: "decisions", module: "passes/decisions.ts" },
  { name: "votes", module: "passes/votes.ts" },
  { name: "people", module: "passes/people.ts" },
] as const;

export type PassName = (typeof PASSES)[number]["name"];

/** What the passes decided and why, filled in when asked for (`npm run parse -- --explain`). */
export interface ParseTrace {
  /** Each pass as it ran, in order, with a one-line description of its output. */
  passes: { name: PassName; summary: string }[];
  headings: HeadingTrace[];
  decisions: DecisionTrace[];
  votes: VoteTrace[];
}

export function parseDocument(input: ParseInput, trace?: ParseTrace): DocumentRecord {
  try {
    return parseText(input, trace);
  } catch (e) {
    // Never throw on odd text: keep everything in the preamble and say what happened.
    return fallbackRecord(input, `the parser failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fallbackRecord(input: ParseInput, message: string): DocumentRecord {
  const lines = input.text.split("\n");
  const named = (name: string | undefined) => (name ? { name, slug: slugify(name) } : null);
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type: input.meta.type ?? "minutes",
    title: null,
    council: named(input.meta.council),
    committee: named(input.meta.committee),
    date: null, year: null, startTime: null, endTime: null, venue: null, nextMeeting: null, author: null,
    source: input.source,
    attendance: [], items: [], declarations: [], people: [],
    preamble: [{ anchor: "preamble-p1", kind: "text", text: input.text, rows: null, header: false, level: null, marker: null, lines: [1, Math.max(1, lines.length)] }],
    furniture: [],
    warnings: [{ code: "parse-error", message, line: null }],
  };
}

function parseText(input: ParseInput, trace?: ParseTrace): DocumentRecord {
  const warnings: WarningEntry[] = [];
  // Each pass's output, described for `--explain` when it is asked for (never computed otherwise).
  const ran = <T>(name: PassName, out: T, describe: (out: T) => string): T => {
    trace?.passes.push({ name, summary: describe(out) });
    return out;
  };
  const lines = ran("lines", linesPass(input), describeLines);
  const segmented = ran("segment", segmentPass(lines), describeSegmented);
  const structure = ran("document structure", structurePass(input, segmented, warnings, trace?.headings), describeStructure);
  const facts = ran("header facts", headerFactsPass(input, structure, warnings), describeHeaderFacts);
  const attendance = ran("attendance", attendancePass(structure), describeAttendance);
  const items = ran("items", itemsPass(structure), describeItems);
  const decisions = ran("decisions", decisionsPass(structure, items, trace?.decisions), describeDecisions);
  const votes = ran("votes", votesPass(structure, items, decisions, attendance, warnings, trace?.votes), describeVotes);
  const people = ran("people", peoplePass(attendance, items, facts, structure), describePeople);

  const record: DocumentRecord = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type: structure.type,
    ...facts,
    source: input.source,
    attendance,
    items: items.items.map((item, k) => withVotes({ ...item, resolutions: decisions.items[k]! }, votes.items[k]!)),
    declarations: items.declarations,
    people,
    preamble: toParagraphs(structure.preamble, "preamble"),
    furniture: structure.blocks.filter((b) => b.kind === "furniture").map((b) => ({ text: b.lines.join("\n"), lines: [b.start, Math.max(b.start, b.end)] as [number, number] })),
    warnings,
  };
  if (decisions.outside.length) record.resolutions = decisions.outside;
  return record;
}



/** An item with its recorded votes: each on the decision it led to, those with no decision after them on the item. */
function withVotes(item: DocumentRecord["items"][number], found: ItemVotes): DocumentRecord["items"][number] {
  if (found.byDecision.size) item.resolutions = item.resolutions.map((r, i) => (found.byDecision.has(i) ? { ...r, votes: found.byDecision.get(i)! } : r));
  return found.unattached.length ? { ...item, votes: found.unattached } : item;
}
