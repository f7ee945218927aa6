// Pass 3, document structure: what kind of document this is, where its header ends, its item headings
// (a numbering family, a report's contents table and appendices, or unnumbered sections) and which
// blocks belong to the preamble and to each item. Reads the block stream; splits a block whose first
// line is a heading, and writes the headings with each item's body blocks.
import type { DocumentRecord, WarningEntry } from "../../../../src/schema/record.ts";
import type { ParseInput } from "../../types.ts";
import { type Block, joinLines, listMarker } from "../segment.ts";
import { assignBlocks, findHeadings, type Heading, type HeadingTrace } from "../items.ts";
import { findAppendices, locateSections, parseContents } from "../report.ts";
import { findUnnumberedSections, interleavedSections, numberedParagraphs } from "../sections.ts";
import { detectType } from "../facts.ts";
import { matchLabel } from "../attendance.ts";
import { DECISION_LINE_START, MEETING_CLOSED, SIGNATURE_LINE } from "../cues.ts";
import type { Segmented } from "./segment.ts";

export interface Structure {
  type: DocumentRecord["type"];
  /** Every block, furniture included, after headings were split off the text that follows them. */
  blocks: Block[];
  /** The blocks that are not furniture. */
  content: Block[];
  /** The blocks before the first attendance label, item heading or long paragraph (no furniture). */
  header: Block[];
  /** The header's text as it was before any heading was split off (council detection reads it). */
  headerText: string;
  headings: Heading[];
  /** Each heading's printed line, by its block index. */
  headingText: Map<number, string>;
  /** The blocks before the first item, and each item's own blocks, in order (no furniture). */
  preamble: Block[];
  bodies: Block[][];
}

export function structurePass(input: ParseInput, { blocks }: Segmented, warnings: WarningEntry[], headingTrace?: HeadingTrace[]): Structure {
  let content = blocks.filter((b) => b.kind !== "furniture");

  // Header: the blocks before the first attendance label, item heading or long paragraph.
  const headerEnd = (() => {
    let k = 0;
    for (let i = 0; i < blocks.length && k < 14; i++) {
      const b = blocks[i]!;
      if (b.kind === "furniture") continue;
      k++;
      if (matchLabel(b.lines[0] ?? "") || b.text.split(/\s+/).length > 60) return i;
    }
    return Math.min(blocks.length, 24);
  })();
  const header = blocks.slice(0, headerEnd).filter((b) => b.kind !== "furniture");
  const headerText = header.map((b) => b.text).join("\n");
  const type = input.meta.type ?? detectType(headerText + "\n" + content.slice(0, 20).map((b) => b.text).join("\n"), input.text);

  // Items: a report's contents-table sections or numbered sections; minutes' numbered headings.
  let headings: Heading[] = [];
  // findHeadings splits the blocks it takes headings from; a report keeps the blocks as segmented
  // in case its numbered lines turn out to be paragraphs.
  const segmented = type === "report" ? blocks.map((b) => ({ ...b, lines: [...b.lines], raw: [...b.raw] })) : null;
  if (type === "report") {
    const contents = parseContents(blocks);
    if (contents) headings = locateSections(blocks, contents);
    if (headings.length < 2) headings = findHeadings(blocks, headingTrace);
    const last = headings.length ? headings[headings.length - 1]!.block : -1;
    const apps = findAppendices(blocks, last).filter((a) => !headings.some((h) => h.number === a.number));
    headings = [...headings, ...apps].sort((a, b) => a.block - b.block);
  } else {
    headings = findHeadings(blocks, headingTrace);
    const interleaved = interleavedSections(blocks, headings, (l) => matchLabel(l) !== null || DECISION_LINE_START.test(l) || SIGNATURE_LINE.test(l) || MEETING_CLOSED.test(l));
    if (interleaved.length) {
      headings = [...headings, ...interleaved].sort((a, b) => a.block - b.block);
      for (const h of interleaved) headingTrace?.push({ line: blocks[h.block]!.start, number: "", chosen: true, cue: h.cue ?? "", beat: "a paragraph" });
    }
  }
  // No numbering family (or a report's numbered paragraphs taken for one): unnumbered sections,
  // looked for after the front matter's attendance labels (a report's "Report contact" at the end is not one).
  if (headings.length === 0 || (type === "report" && numberedParagraphs(blocks, headings))) {
    const split = blocks.slice();
    if (segmented && headings.length) blocks.splice(0, blocks.length, ...segmented);
    const label = blocks.findIndex((b) => b.kind !== "furniture" && matchLabel(b.lines[0] ?? "") !== null);
    const sections = findUnnumberedSections(blocks, label >= 0 && label <= headerEnd ? label + 1 : 0);
    if (sections.length >= 2) {
      if (headingTrace) {
        for (const t of headingTrace)
          if (t.chosen) Object.assign(t, { chosen: false, cue: "a numbered paragraph of a report whose sections are unnumbered headings", beat: "item heading" });
        for (const h of sections) headingTrace.push({ line: blocks[h.block]!.start, number: "", chosen: true, cue: h.cue ?? "", beat: "a paragraph" });
      }
      headings = sections;
      content = blocks.filter((b) => b.kind !== "furniture");
    } else blocks.splice(0, blocks.length, ...split);
  }
  for (const h of headings) {
    if (!h.splitLine) continue;
    const b = blocks[h.block]!;
    const rest = b.lines.slice(1);
    (h as Heading & { heading?: string }).heading = b.lines[0];
    b.lines = rest;
    b.raw = b.raw.slice(1);
    b.start += 1;
    b.text = joinLines(rest.map((l) => l.trim()));
    const lm = listMarker(b.text);
    b.kind = lm ? "list-item" : "text";
    b.marker = lm ? lm.marker : null;
    b.mdLevel = null;
  }
  const headingText = new Map<number, string>();
  for (const h of headings) headingText.set(h.block, (h as Heading & { heading?: string }).heading ?? blocks[h.block]!.text);
  const assignment = assignBlocks(blocks, headings);
  for (const d of assignment.displaced)
    warnings.push({ code: "heading-displaced", message: `item ${headings[d.heading]!.number}: its heading was printed before the end of the previous item; its text starts later`, line: d.line });
  if (headings.length === 0) warnings.push({ code: "no-items", message: "no numbered item headings or report sections found; all text kept in the preamble", line: null });

  const pick = (idx: number[]) => idx.map((i) => blocks[i]!).filter((b) => b.kind !== "furniture");
  return { type, blocks, content, header, headerText, headings, headingText, preamble: pick(assignment.preamble), bodies: headings.map((_, k) => pick(assignment.bodies[k]!)) };
}

export function describeStructure(out: Structure): string {
  const numbered = out.headings.filter((h) => h.number).length;
  return `${out.type}; ${out.headings.length} item(s) (${numbered} numbered); preamble of ${out.preamble.length} block(s); header of ${out.header.length}`;
}
