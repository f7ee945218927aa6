// Recorded votes for readers: one line that says what was put and how it went ("Amendment, lost: for 5,
// against 12, abstentions 1"), and the sides with their named voters. Words only: the outcome is never
// shown by colour alone.
import type { MotionKind, Vote, VoterRef } from "../schema/record.ts";
import { escapeAttr, escapeText, linkHtml } from "./html.ts";

const MOTION: Record<MotionKind, string> = { motion: "Motion", amendment: "Amendment", "substantive-motion": "Substantive motion" };

export const motionLabel = (kind: MotionKind): string => MOTION[kind];

/** "for 7, against 3, abstentions 1" with the counts given; null when none is. */
export function countsText(v: Vote): string | null {
  const c = v.counts;
  const parts = [
    c.for === null ? null : `for ${c.for}`,
    c.against === null ? null : `against ${c.against}`,
    c.abstentions === null ? null : `abstentions ${c.abstentions}`,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : null;
}

/** "Carried unanimously: for 6" / "Lost: for 5, against 12, abstentions 1" / "Vote: for 6, against 4" / null when nothing was counted or decided. */
export function outcomeText(v: Vote): string | null {
  const counts = countsText(v);
  const outcome = v.outcome === "carried" ? "Carried" : v.outcome === "lost" ? "Lost" : null;
  const head = outcome ? `${outcome}${v.unanimous ? " unanimously" : ""}` : v.unanimous ? "Unanimous" : counts ? "Vote" : null;
  if (!head) return null;
  return counts ? `${head}: ${counts}` : head;
}

/** "moved by Cllr Price, seconded by Cllr Tilley", or null. */
export function moverText(v: Vote): string | null {
  if (!v.mover && !v.seconder) return null;
  return [v.mover && `moved by ${v.mover.name}`, v.seconder && `seconded by ${v.seconder.name}`].filter(Boolean).join(", ");
}

/** The whole vote as one line: "Amendment (moved by …, seconded by …). Lost: for 5, against 12, abstentions 1." */
export function voteLine(v: Vote): string {
  const mover = moverText(v);
  const outcome = outcomeText(v);
  return `${motionLabel(v.motion)}${mover ? ` (${mover})` : ""}${outcome ? `. ${outcome}.` : "."}`;
}

export const SIDES: { key: "for" | "against" | "abstentions"; label: string }[] = [
  { key: "for", label: "For" },
  { key: "against", label: "Against" },
  { key: "abstentions", label: "Abstained" },
];

/** The link of a named voter's person page; null when the name matched nobody in the attendance. */
export const voterHref = (v: VoterRef): string | null => (v.personId ? `/people/${v.personId}/` : null);

/**
 * The recorded votes of a decision, in full, as HTML: for each question put (motion, amendment,
 * substantive motion) who moved and seconded it, its outcome in words, and a table of the sides with
 * their numbers and named voters, each linked to their person page. One renderer for the Astro pages
 * (VoteRecord.astro, through `set:html`) and the resolution pages the pipeline writes
 * (scripts/pipeline/emit/resolution-pages.ts). `id` prefixes the heading's and each vote's id (unique
 * on the page); `level` is 2 on a decision's page, 3 inside an item.
 */
export function voteRecordHtml(votes: readonly Vote[], id: string, level: 2 | 3 = 2): string {
  const h = `h${level}`;
  const heading = `Recorded ${votes.length === 1 ? "vote" : "votes"}${level === 3 ? " (no decision followed)" : ""}`;
  const each = votes.map((v, i) => {
    const sides = SIDES.filter((s) => v.counts[s.key] !== null || v.named[s.key].length > 0);
    const named = sides.some((s) => v.named[s.key].length > 0);
    const outcome = outcomeText(v);
    const person = (n: VoterRef) => (voterHref(n) ? linkHtml(voterHref(n)!, n.name) : escapeText(n.name));
    const movers = ([["moved", v.mover], ["seconded", v.seconder]] as const).map(([how, who]) => (who ? `, ${how} by ${person(who)}` : "")).join("");
    const source = v.lines[0] === v.lines[1] ? `line ${v.lines[0]}` : `lines ${v.lines[0]}–${v.lines[1]}`;
    const line =
      `<p><strong>${escapeText(motionLabel(v.motion))}</strong>${movers}` +
      `${escapeText(outcome ? `. ${outcome}.` : ". No outcome stated.")} <span class="count">(source ${source})</span></p>`;
    const voters = (key: (typeof SIDES)[number]["key"]) => (v.named[key].length === 0 ? "none named" : v.named[key].map(person).join(", "));
    const table = sides.length
      ? `<table class="vote-table"><caption class="visually-hidden">${escapeText(`${motionLabel(v.motion)}: votes by side`)}</caption>` +
        `<thead><tr><th scope="col">Side</th><th scope="col">Number</th>${named ? '<th scope="col">Named</th>' : ""}</tr></thead><tbody>` +
        sides
          .map((s) => `<tr><th scope="row">${s.label}</th><td>${v.counts[s.key] ?? "not stated"}</td>${named ? `<td>${voters(s.key)}</td>` : ""}</tr>`)
          .join("") +
        `</tbody></table>`
      : "";
    return `<div class="vote" id="${escapeAttr(`${id}-${i + 1}`)}">${line}${table}</div>`;
  });
  return `<section class="votes" aria-labelledby="${escapeAttr(`${id}-heading`)}"><${h} id="${escapeAttr(`${id}-heading`)}">${heading}</${h}>${each.join("")}</section>`;
}
