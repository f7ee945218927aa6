// Parse stage entry point: decoded text in, one DocumentRecord out. Pure: no files, no logging.
//   lines → blocks (segment) → headings/sections (items, report) → facts, attendance, items with
//   paragraphs, resolutions, actions, declarations → people → record.
// Every block of the source lands in the preamble, an item, or the furniture, so no word is lost;
// where the parser is unsure it says so in `warnings`.
import { RECORD_SCHEMA_VERSION } from "../../../src/schema/record.ts";
import type { DocumentRecord, Paragraph, WarningEntry } from "../../../src/schema/record.ts";
import type { ParseInput } from "../types.ts";
import { slugify } from "../slug.ts";
import type { Block } from "./segment.ts";
import type { HeadingTrace } from "./items.ts";
import { segmentPass } from "./passes/segment.ts";
import { structurePass } from "./passes/structure.ts";
import { headerFactsPass } from "./passes/header-facts.ts";
import { attendancePass } from "./passes/attendance.ts";
import { itemsPass } from "./passes/items.ts";
import { decisionsPass, type DecisionTrace } from "./passes/decisions.ts";
import {
  detectCommittee, detectCouncil, detectType, findEndTime, findNextMeeting, findStartTime, headerFacts, reportYear, titleCase,
} from "./facts.ts";
import { apologiesInText, apologiesList, itemAttendance, matchLabel, parseAttendance, type PersonMention } from "./attendance.ts";
import { toParagraph, toParagraphs } from "./paragraphs.ts";
import { extractResolutions } from "./resolutions.ts";
import { extractActions } from "./actions.ts";
import { extractDeclarations, extractExempt } from "./declarations.ts";
import { collectPeople } from "./people.ts";
import { localId } from "./names.ts";

type Item = DocumentRecord["items"][number];

/** What the structure passes decided and why, filled in when asked for (`npm run parse -- --explain`). */
export interface ParseTrace {
  headings: HeadingTrace[];
  decisions: DecisionTrace[];
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
  const council = input.meta.council ?? "Unknown council";
  const committee = input.meta.committee ?? "Unknown committee";
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type: input.meta.type ?? "minutes",
    title: null,
    council: { name: council, slug: slugify(council) },
    committee: { name: committee, slug: slugify(committee) },
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
  const structure = structurePass(input, segmentPass(input), warnings, trace?.headings);
  const { type, blocks, content, header, headerText, headings, headingText } = structure;
  const preambleBlocks = structure.preamble;

  const facts = headerFactsPass(input, structure, warnings);
  const attendance = attendancePass(structure);

  const items = itemsPass(structure);
  const decisions = decisionsPass(structure, items, trace?.decisions);
  const declarations = items.declarations;

  const preamble: Paragraph[] = toParagraphs(preambleBlocks, "preamble");
  const furniture = blocks.filter((b) => b.kind === "furniture").map((b) => ({ text: b.lines.join("\n"), lines: [b.start, Math.max(b.start, b.end)] as [number, number] }));

  const people = collectPeople(attendance, declarations, facts.author, content);

  const record: DocumentRecord = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    type,
    title: facts.title,
    council: facts.council,
    committee: facts.committee,
    date: facts.date,
    year: facts.year,
    startTime: facts.startTime,
    endTime: facts.endTime,
    venue: facts.venue,
    nextMeeting: facts.nextMeeting,
    author: facts.author,
    source: input.source,
    attendance,
    items: items.items.map((item, k) => ({ ...item, resolutions: decisions.items[k]! })),
    declarations,
    people,
    preamble,
    furniture,
    warnings,
  };
  if (decisions.outside.length) record.resolutions = decisions.outside;
  return record;
}


