// Pass 5, attendance: who was present, sent apologies or attended in another capacity — the front
// matter's lists (or a report's membership), apologies written as sentences in the first items or an
// item about apologies, and attendance noted within an item — one entry per person, status and item.
// Reads the structure; writes the record's attendance.
import type { DocumentRecord } from "../../../../src/schema/record.ts";
import { apologiesInText, apologiesList, itemAttendance, parseAttendance, staffInText, type PersonMention } from "../attendance.ts";
import { localId, officeBeforeName } from "../names.ts";
import type { Structure } from "./structure.ts";

export type Attendance = DocumentRecord["attendance"];

export function attendancePass({ type, headings, bodies, preamble }: Structure): Attendance {
  // Attendance (front matter, or a report's membership) and apologies written as sentences.
  const att = parseAttendance(preamble, type === "report");
  const mentions: PersonMention[] = [...att.people];
  headings.forEach((h, k) => {
    const body = bodies[k]!;
    if (/apolog/i.test(h.title) || k < 3)
      for (const [j, b] of body.entries()) {
        const said = apologiesInText(j === 0 ? runInSentence(h.title, b.text) : b.text, b.start);
        mentions.push(...(said.length || !/apolog/i.test(h.title) ? said : apologiesList(b.text, b.start)));
      }
    mentions.push(...itemAttendance(body, h.number, type === "report"));
  });
  for (const b of preamble) if (!att.blocks.has(preamble.indexOf(b))) mentions.push(...apologiesInText(b.text, b.start), ...(type === "report" ? staffInText(b.text, b.start) : []));

  return dedupeMentions(mentions).map((m) => {
    const { name, office } = officeBeforeName(m.name);
    return { personId: localId(name), name, status: m.status, role: m.role, title: m.title ?? office, category: m.category, item: m.item, line: m.line };
  });
}

/**
 * A run-in heading whose text goes on with the heading's own sentence ("3. Apologies for absence:
 * were received from Cllrs A and B"): the heading and its text read as one sentence. Text that opens
 * a sentence of its own is read as it stands.
 */
function runInSentence(title: string, text: string): string {
  return /^(?:were|was|had\s+been|have\s+been|received|submitted|tendered)\b/.test(text) ? `${title} ${text}` : text;
}

export function describeAttendance(out: Attendance): string {
  const by = new Map<string, number>();
  for (const a of out) by.set(a.status, (by.get(a.status) ?? 0) + 1);
  return `${out.length} entr${out.length === 1 ? "y" : "ies"}${by.size ? ` (${[...by].map(([s, n]) => `${n} ${s}`).join(", ")})` : ""}`;
}

function dedupeMentions(ms: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  const out: PersonMention[] = [];
  for (const m of ms) {
    const key = `${m.status}|${localId(m.name)}|${m.item ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
