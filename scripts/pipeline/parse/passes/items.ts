// Pass 6, items: each item's anchor, title and printed heading, its paragraphs (text, list item,
// sub-heading, table) and own text, its actions, declarations of interest and exempt-session notes.
// Reads the structure; writes the record's items (their decisions are the next pass's) and
// declarations.
import type { DocumentRecord } from "../../../../src/schema/record.ts";
import { slugify } from "../../slug.ts";
import { titleCase } from "../facts.ts";
import { ownText, toParagraphs } from "../paragraphs.ts";
import { extractActions } from "../actions.ts";
import { extractDeclarations, extractExempt } from "../declarations.ts";
import { localId } from "../names.ts";
import type { Structure } from "./structure.ts";

export interface Items {
  /** One per heading, in order; `resolutions` stays empty here (pass 7 fills it). */
  items: DocumentRecord["items"];
  declarations: DocumentRecord["declarations"];
}

export function itemsPass({ blocks, headings, headingText, bodies }: Structure): Items {
  const items: DocumentRecord["items"] = [];
  const usedAnchors = new Map<string, number>();
  const declarations: DocumentRecord["declarations"] = [];
  headings.forEach((h, k) => {
    // An unnumbered section's anchor is its position among the sections: `item-s1`, `item-s2`…
    let anchor = h.number ? `item-${slugify(h.number)}` : `item-s${k + 1}`;
    const seen = usedAnchors.get(anchor) ?? 0;
    usedAnchors.set(anchor, seen + 1);
    if (seen > 0) anchor = `${anchor}-${seen + 1}`;
    const body = bodies[k]!;
    const paragraphs = toParagraphs(body, anchor);
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
      resolutions: [],
      actions,
      exempt: extractExempt(body),
      lines: [first, lastLine],
    });
  });
  return { items, declarations };
}

export function describeItems(out: Items): string {
  const paragraphs = out.items.reduce((n, i) => n + i.paragraphs.length, 0);
  const actions = out.items.reduce((n, i) => n + i.actions.length, 0);
  return `${out.items.length} item(s), ${paragraphs} paragraph(s), ${actions} action(s), ${out.declarations.length} declaration(s)`;
}
