// Candidate topics after a few documents change, without counting the archive's phrases again (issue
// 15, Deliver 2). A full count (PhraseCounts, on its own thread: workers/topic-suggestions.ts) leaves a
// summary in the ingest's state: the SUMMARY_PHRASES best phrases a candidate could be, with their
// exact counts, and a bound on the documents of every other phrase. Counts are sums over documents, so
// after a change the kept phrases' counts are exact again once the removed texts' counts are taken off
// and the added texts' put on; any other phrase is in at most `bound` + (documents added) documents.
// When the tenth candidate found among the kept phrases is in more documents than that, no other
// phrase can rank before it, and the candidates are exactly those of a full count; otherwise (or with
// fewer than ten) null, and the archive is counted again.
import { byRank, PhraseCounts, pickCandidates, type CandidateTopic, type PhraseSummary, type TopicDefinition } from "./topics.ts";

/** Phrases kept in the summary: enough that a few changed documents rarely reach past them. */
export const SUMMARY_PHRASES = 1000;

/** The texts of a record whose phrases are counted: each item's title and paragraphs. */
export const documentTexts = (d: { items: readonly { title: string; paragraphs: readonly { text: string }[] }[] }): string[] =>
  d.items.flatMap((i) => [i.title, ...i.paragraphs.map((p) => p.text)]);

/**
 * The candidates (PhraseCounts.candidates, default options) after the documents with texts `removed`
 * went and those with texts `added` came (a changed document is in both), from the summary of the
 * archive before; with the summary after. Null when the summary cannot decide them.
 */
export function updateSuggestions(
  summary: PhraseSummary,
  removed: readonly (readonly string[])[],
  added: readonly (readonly string[])[],
  topics: readonly TopicDefinition[],
): { candidates: CandidateTopic[]; summary: PhraseSummary } | null {
  const kept = new Map(summary.phrases.map(([phrase, documents, occurrences]) => [phrase, { phrase, documents, occurrences }]));
  const apply = (texts: readonly (readonly string[])[], sign: 1 | -1) => {
    const counts = new PhraseCounts();
    for (const t of texts) counts.add(t);
    for (const [phrase, c] of counts.entries()) {
      const k = kept.get(phrase);
      if (!k) continue;
      k.documents += sign * c.documents;
      k.occurrences += sign * c.occurrences;
    }
  };
  apply(removed, -1);
  apply(added, 1);
  const bound = summary.bound + added.length;
  const ranked = [...kept.values()].filter((k) => k.documents > 0).sort(byRank);
  const candidates = pickCandidates(ranked.filter((k) => k.documents >= 2), topics);
  if (candidates.length < 10 || candidates[candidates.length - 1]!.documents <= bound) return null;
  return { candidates, summary: { phrases: ranked.map((k) => [k.phrase, k.documents, k.occurrences]), bound } };
}
