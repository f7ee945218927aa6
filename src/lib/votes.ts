// Recorded votes for readers: one line that says what was put and how it went ("Amendment, lost: for 5,
// against 12, abstentions 1"), and the sides with their named voters. Words only: the outcome is never
// shown by colour alone.
import type { MotionKind, Vote, VoterRef } from "../schema/record.ts";

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
