// Pass 4, header facts: council, committee, date, start and end times, venue, the next meeting, a
// report's or notice's title and a report's author, weighed from the header (the preamble's first
// blocks) and, for times, the whole text. Reads the structure; writes the record's header fields, and
// a warning for each fact the text does not give.
import type { DocumentRecord, WarningEntry } from "../../../../src/schema/record.ts";
import type { ParseInput } from "../../types.ts";
import { slugify } from "../../slug.ts";
import type { Block } from "../segment.ts";
import { detectCommittee, detectCouncil, findEndTime, findNextMeeting, findStartTime, headerFacts, reportYear, titleCase } from "../facts.ts";
import type { Structure } from "./structure.ts";

export type HeaderFacts = Pick<DocumentRecord, "title" | "council" | "committee" | "date" | "year" | "startTime" | "endTime" | "venue" | "nextMeeting" | "author">;

export function headerFactsPass(input: ParseInput, { type, content, header, headerText, preamble }: Structure, warnings: WarningEntry[]): HeaderFacts {
  const council = detectCouncil(input.text, headerText, input.meta.council);
  if (!council) warnings.push({ code: "no-council", message: unstated("council"), line: null });
  const committeeHeader = preamble.length ? preamble.slice(0, 16) : header;
  const committee = input.meta.committee ? { name: input.meta.committee, line: null } : detectCommittee(committeeHeader, council?.name ?? null);
  if (!committee) warnings.push({ code: "no-committee", message: unstated("committee"), line: null });
  const hf = headerFacts(committeeHeader, committee?.line ?? null, type);
  if (!hf.date) warnings.push({ code: "no-date", message: type === "report" ? "no date on the report; year inferred from the dates it mentions" : "no meeting date found", line: null });
  const end = findEndTime(content);
  const startTime = hf.startTime ?? findStartTime(content);
  const nextMeeting = findNextMeeting(content);
  const title = type === "minutes" ? null : type === "decision" ? decisionTitle(committeeHeader) : reportTitle(committeeHeader, committee?.name ?? null, council?.name ?? null);
  const author = type === "minutes" ? null : findAuthor(content);
  return {
    title,
    council: council ? { name: council.name, slug: slugify(council.name) } : null,
    committee: committee ? { name: committee.name, slug: slugify(committee.name) } : null,
    date: hf.date,
    year: hf.date ? Number(hf.date.slice(0, 4)) : type === "minutes" ? null : reportYear(input.text),
    startTime,
    endTime: end?.time ?? hf.endTime ?? null,
    venue: hf.venue,
    nextMeeting,
    author,
  };
}

export function describeHeaderFacts(out: HeaderFacts): string {
  return `council ${out.council?.name ?? "not stated"}; committee ${out.committee?.name ?? "not stated"}; date ${out.date ?? "none"}; times ${out.startTime ?? "none"} to ${out.endTime ?? "none"}`;
}

/**
 * The warning for a council or committee that neither the text nor `minutebook.json` states: the record's
 * field is null (never a made-up name), and the user is told how to give it.
 */
function unstated(fact: "council" | "committee"): string {
  const where = fact === "council" ? "the council is not named in the text" : "no committee or body is named in the header";
  // The build and `npm run parse` print it after the file's path (scripts/cli/report.ts).
  return `${where} and no minutebook.json gives it, so the record's ${fact} is null; add "${fact}": "…" to a minutebook.json in the file's folder (README, "Adding your own council's documents")`;
}

/** A report's own title: the first header line that is not the council, the committee, a date or a by-line. */
function reportTitle(header: Block[], committee: string | null, council: string | null): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  for (const b of header) {
    const t = b.text.trim();
    if (b.kind !== "text" || t.split(/\s+/).length > 14 || /[.:]$/.test(t)) continue;
    const n = norm(t);
    if (committee && (n === norm(committee) || n === norm(`the ${committee}`))) continue;
    if (council && n === norm(council)) continue;
    if (/^(?:report\s+(?:by|of|from)|summary|contents|agenda|minutes|date|part\s+\d|item\s+\d|\d)/i.test(t)) continue;
    if (/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}$/.test(t)) continue;
    if (/\b(?:select\s+)?committee$/i.test(t) && !/\b(?:report|inquiry|review|update)\b/i.test(t)) continue;
    return t;
  }
  return null;
}

/** A decision notice's own heading ("Record of decisions taken by the Cabinet"). */
function decisionTitle(header: Block[]): string | null {
  const b = header.find((x) => /\b(?:decision\s+notice|record\s+of\s+(?:\w+\s+)?decisions?|notice\s+of\s+(?:\w+\s+)?decisions?)\b/i.test(x.text) && x.text.split(/\s+/).length <= 14 && !/:/.test(x.text));
  return b ? titleCase(b.text.trim()) : null;
}

/** A report's signature: a line that is only a name, followed by a short title line. */
function findAuthor(content: Block[]): { name: string; title: string | null } | null {
  const from = Math.max(0, content.length - 20);
  for (let i = content.length - 1; i >= from; i--) {
    const b = content[i]!;
    const t = b.text.trim();
    if (b.kind !== "text" || t.split(/\s+/).length > 5) continue;
    if (!/^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z]\.?)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){1,2}$/.test(t)) continue;
    const next = content[i + 1];
    if (!next || next.kind !== "text" || next.text.split(/\s+/).length > 12) continue;
    if (!/\b(?:Director|Officer|Manager|Head|Chief|Executive|Lead|Chair(?:man)?|Clerk|Secretary|Adviser|Advisor|Commissioner|Leader|Member|Solicitor|Treasurer)\b/.test(next.text)) continue;
    return { name: t, title: next.text.trim().replace(/[.,]$/, "") };
  }
  return null;
}
