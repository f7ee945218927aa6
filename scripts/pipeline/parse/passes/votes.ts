// Pass 8, votes: recorded votes — who moved and seconded, the counts, the named voters, the outcome —
// read from each item's blocks (`votes.ts`, the cues in its `VOTE_CUES`) and put on the decision each
// led to; votes no decision takes stay on the item. Named voters are matched against this document's
// attendance, never invented. Reads the structure, the items, the decisions and the attendance; writes
// each resolution's `votes` and an item's `votes`, and a warning where the text leaves a vote unclear.
import type { Vote, WarningEntry } from "../../../../src/schema/record.ts";
import { attendeesOf, extractVotes, type ItemVotes } from "../votes.ts";
import type { Attendance } from "./attendance.ts";
import type { Decisions } from "./decisions.ts";
import type { Items } from "./items.ts";
import type { Structure } from "./structure.ts";

/** A vote as `--explain` prints it: its item and the anchor of the decision it went to (null: the item's). */
export interface VoteTrace {
  item: string | null;
  decision: string | null;
  vote: Vote;
}

export interface Votes {
  /** Each item's votes, by the item's position. */
  items: ItemVotes[];
}

export function votesPass({ bodies }: Structure, { items }: Items, decisions: Decisions, attendance: Attendance, warnings: WarningEntry[], trace?: VoteTrace[]): Votes {
  const attendees = attendeesOf(attendance);
  return {
    items: items.map((item, k) => {
      const resolutions = decisions.items[k]!;
      const found = extractVotes(bodies[k] ?? [], resolutions, attendees, item.number, warnings);
      if (trace) {
        for (const [i, votes] of found.byDecision) for (const vote of votes) trace.push({ item: item.number, decision: resolutions[i]!.anchor, vote });
        for (const vote of found.unattached) trace.push({ item: item.number, decision: null, vote });
      }
      return found;
    }),
  };
}

export function describeVotes(out: Votes): string {
  const onDecisions = out.items.reduce((n, v) => n + [...v.byDecision.values()].reduce((m, votes) => m + votes.length, 0), 0);
  const onItems = out.items.reduce((n, v) => n + v.unattached.length, 0);
  return `${onDecisions} vote(s) on decisions, ${onItems} on items with no decision after them`;
}
