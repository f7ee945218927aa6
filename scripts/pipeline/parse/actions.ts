// Actions: commitments recorded in the discussion ("the Assistant Director agreed to provide this
// information to Panel Members following the meeting"), with who committed and what.
import type { Block } from "./segment.ts";
import { bodyText } from "./segment.ts";
import { allMatches } from "./matches.ts";

export interface ActionDraft {
  who: string | null;
  what: string;
  lines: [number, number];
}

const VERBS = "provide|circulate|send|report\\s+back|share|arrange|investigate|look\\s+into|update|bring|respond|write|liaise|confirm|check|follow\\s+up|forward|contact|feed\\s*back|find\\s+out|supply|distribute|email|e-mail|prepare|produce|organise|organize|invite|raise|clarify";
const ACTION_RX = new RegExp(
  String.raw`\b((?:the|The)\s+[A-Z][\w'’(),/ -]{2,80}?|[A-Z][a-z]+\s+[A-Z][a-z]+|[Oo]fficers?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:agreed|undertook|offered|promised|was\s+asked|were\s+asked|would|will)\s+(to\s+(?:${VERBS})\b[^.;]*)`,
  "g",
);

// What every match of ACTION_RX holds: a test that spares its costly subject search in most blocks.
const ACTION_CUE = new RegExp(String.raw`\b(?:agreed|undertook|offered|promised|asked|would|will)\s+to\s+(?:${VERBS})\b`);

export function extractActions(blocks: Block[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const b of blocks) {
    if (b.kind === "table" || b.kind === "furniture") continue;
    const t = bodyText(b);
    if (t.length > 5000 || !ACTION_CUE.test(t)) continue;
    for (const m of allMatches(ACTION_RX, t)) {
      const who = m[1]!.trim();
      out.push({ who: /^(?:he|she|they)$/i.test(who) ? null : who, what: m[2]!.trim(), lines: [b.start, b.end] });
    }
  }
  return out;
}
