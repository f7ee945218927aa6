// Pass 7, decisions: each item's resolutions, split into their parts, with their kind (`resolutions.ts`,
// the cues in `cues.ts`), a report's conclusions section read as findings, and decisions outside any
// item (a report's "The Select Committee is requested to:"). Reads the structure and the items'
// anchors; writes the resolutions.
import type { DocumentRecord } from "../../../../src/schema/record.ts";
import { ownText, toParagraph } from "../paragraphs.ts";
import { extractResolutions } from "../resolutions.ts";
import type { Structure } from "./structure.ts";
import type { Items } from "./items.ts";

/** The heading of a report's section that states its findings, one per paragraph. */
const FINDINGS_SECTION = /^(?:(?:summary\s+of\s+)?conclusions?|(?:key\s+|main\s+)?findings|conclusions?\s+and\s+findings)$/i;

/** A decision as `--explain` prints it: where it is, its kind and the cue that made it one. */
export interface DecisionTrace {
  item: string | null;
  lines: [number, number];
  kind: string;
  text: string;
  cue: string;
}

export interface Decisions {
  /** Each item's resolutions, by the item's position. */
  items: DocumentRecord["items"][number]["resolutions"][];
  /** Decisions before the first item. */
  outside: NonNullable<DocumentRecord["resolutions"]>;
}

export function decisionsPass({ type, headings, bodies, preamble }: Structure, { items }: Items, trace?: DecisionTrace[]): Decisions {
  const byItem = headings.map((h, k) => {
    const anchor = items[k]!.anchor;
    const body = bodies[k]!;
    const drafts = extractResolutions(body, type);
    // A report's section headed "Conclusions" (or "Findings") states one finding per paragraph.
    if (type === "report" && drafts.length === 0 && FINDINGS_SECTION.test(h.title.trim()))
      for (const b of body)
        if ((b.kind === "text" || b.kind === "list-item") && /[.!?]$/.test(b.text.trim()) && b.text.split(/\s+/).length >= 8)
          drafts.push({ kind: "finding", marker: b.marker, text: ownText(toParagraph(b, "x")), lines: [b.start, b.end], cue: "a paragraph of a report's conclusions section" });
    for (const r of drafts) trace?.push({ item: h.number, lines: r.lines, kind: r.kind, text: r.text, cue: r.cue ?? "decision label" });
    return drafts.map((r, i) => ({ anchor: `${anchor}-r${i + 1}`, kind: r.kind, marker: r.marker, text: r.text, lines: r.lines }));
  });

  // Decisions outside items (a report's "The Select Committee is requested to:").
  const outside = extractResolutions(preamble, type)
    .filter((r) => r.kind !== "agreed" || type === "minutes")
    .map((r) => (trace?.push({ item: null, lines: r.lines, kind: r.kind, text: r.text, cue: r.cue ?? "decision label" }), r))
    .map((r, i) => ({ anchor: `preamble-r${i + 1}`, kind: r.kind, marker: r.marker, text: r.text, lines: r.lines, item: null }));
  return { items: byItem, outside };
}

export function describeDecisions(out: Decisions): string {
  const inItems = out.items.reduce((n, r) => n + r.length, 0);
  return `${inItems} decision(s) in items, ${out.outside.length} outside`;
}
