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

/** The heading of a report's section that states its findings, one per paragraph. */
const FINDINGS_SECTION = /^(?:(?:summary\s+of\s+)?conclusions?|(?:key\s+|main\s+)?findings|conclusions?\s+and\s+findings)$/i;

/** What the structure passes decided and why, filled in when asked for (`npm run parse -- --explain`). */
export interface ParseTrace {
  headings: HeadingTrace[];
  decisions: { item: string | null; lines: [number, number]; kind: string; text: string; cue: string }[];
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

  // Items.
  const items: Item[] = [];
  const usedAnchors = new Map<string, number>();
  const declarations: DocumentRecord["declarations"] = [];
  headings.forEach((h, k) => {
    // An unnumbered section's anchor is its position among the sections: `item-s1`, `item-s2`…
    let anchor = h.number ? `item-${slugify(h.number)}` : `item-s${k + 1}`;
    const seen = usedAnchors.get(anchor) ?? 0;
    usedAnchors.set(anchor, seen + 1);
    if (seen > 0) anchor = `${anchor}-${seen + 1}`;
    const body = structure.bodies[k]!;
    const paragraphs = toParagraphs(body, anchor);
    const drafts = extractResolutions(body, type);
    // A report's section headed "Conclusions" (or "Findings") states one finding per paragraph.
    if (type === "report" && drafts.length === 0 && FINDINGS_SECTION.test(h.title.trim()))
      for (const b of body)
        if ((b.kind === "text" || b.kind === "list-item") && /[.!?]$/.test(b.text.trim()) && b.text.split(/\s+/).length >= 8)
          drafts.push({ kind: "finding", marker: b.marker, text: ownText(toParagraph(b, "x")), lines: [b.start, b.end], cue: "a paragraph of a report's conclusions section" });
    for (const r of drafts) trace?.decisions.push({ item: h.number, lines: r.lines, kind: r.kind, text: r.text, cue: r.cue ?? "decision label" });
    const resolutions = drafts.map((r, i) => ({ anchor: `${anchor}-r${i + 1}`, kind: r.kind, marker: r.marker, text: r.text, lines: r.lines }));
    const actions = extractActions(body).map((a, i) => ({ anchor: `${anchor}-a${i + 1}`, who: a.who, what: a.what, lines: a.lines }));
    const titleBlocks = h.titleBlocks.map((i) => blocks[i]!);
    const printed = [headingText.get(h.block) ?? "", ...titleBlocks.map((b) => b.text)].join(" ").trim();
    const first = blocks[h.block]!.start;
    const lastLine = Math.max(first, ...body.map((b) => b.end), ...titleBlocks.map((b) => b.end));
    const isInterest = /declarations?\s+of\s+interest|interests?\b/i.test(h.title);
    for (const d of extractDeclarations(body, h.number || null, isInterest)) declarations.push({ person: d.person, personId: localId(d.person), item: d.item, nature: d.nature, line: d.line });
    items.push({
      number: h.number || null,
      title: titleCase(h.title),
      heading: printed,
      anchor,
      text: paragraphs.map(ownText).join("\n\n"),
      paragraphs,
      resolutions,
      actions,
      exempt: extractExempt(body),
      lines: [first, lastLine],
    });
  });

  // Decisions outside items (a report's "The Select Committee is requested to:").
  const topResolutions = extractResolutions(preambleBlocks, type)
    .filter((r) => r.kind !== "agreed" || type === "minutes")
    .map((r) => (trace?.decisions.push({ item: null, lines: r.lines, kind: r.kind, text: r.text, cue: r.cue ?? "decision label" }), r))
    .map((r, i) => ({ anchor: `preamble-r${i + 1}`, kind: r.kind, marker: r.marker, text: r.text, lines: r.lines, item: null }));


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
    items,
    declarations,
    people,
    preamble,
    furniture,
    warnings,
  };
  if (topResolutions.length) record.resolutions = topResolutions;
  return record;
}

/**
 * A paragraph's words without the paragraph number the print puts before them ("1.1 The report …" →
 * "The report …"); a list's own markers ("(a)", "(1)", "b.") are part of what it says and stay.
 */
function ownText(p: Paragraph): string {
  if (p.kind === "table" || !p.marker || !/^\d{1,3}(?:\.\d{1,3})*\.?$/.test(p.marker) || !p.text.startsWith(p.marker)) return p.text;
  return p.text.slice(p.marker.length).trimStart();
}

