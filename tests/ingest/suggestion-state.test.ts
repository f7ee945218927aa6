// Candidate topics after a change, found from the last ingest's summary (resolve/suggestion-state.ts)
// instead of counting the archive again: whenever the summary decides them, they are exactly the
// candidates a full count over the same documents finds (`candidateTopics`), also after several
// changes in a row; when a changed document could lift a phrase outside the summary past the tenth
// candidate, it does not decide them (null), and the ingest counts the archive.
import { describe, expect, it } from "vitest";
import { candidateTopics, PhraseCounts, type TopicDefinition } from "../../scripts/pipeline/resolve/topics.ts";
import { updateSuggestions } from "../../scripts/pipeline/resolve/suggestion-state.ts";

const TOPICS: TopicDefinition[] = [{ slug: "school-transport", name: "School transport", description: "", synonyms: ["home to school transport"] }];
const NOUNS = (
  "budget library bridge parking transport drainage housing waste planning harbour market garden theatre tunnel canal museum " +
  "cemetery allotment pavement lighting school pool stadium depot quarry orchard ferry hostel clinic pier"
).split(" ");

type Doc = { id: string; texts: string[] };

/** A pseudo-random generator (fixed seed): the same documents every run. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A document naming a few two- and three-noun phrases, the first nouns far more often than the last. */
function document(id: string, next: () => number): Doc {
  const noun = () => NOUNS[Math.floor(next() ** 2 * NOUNS.length)]!;
  const phrase = () => (next() < 0.3 ? `${noun()} ${noun()} ${noun()}` : `${noun()} ${noun()}`);
  return { id, texts: Array.from({ length: 1 + Math.floor(next() * 4) }, () => `The committee considered the ${phrase()}; and the ${phrase()}.`) };
}

function summaryOf(docs: readonly Doc[], keep: number) {
  const counts = new PhraseCounts();
  for (const d of docs) counts.add(d.texts);
  return counts.candidatesAndSummary(TOPICS, keep);
}

describe("candidate topics from the last ingest's summary", () => {
  it("the full count's candidates and summary: the candidates are candidateTopics', the summary's phrases in rank order", () => {
    const next = random(11);
    const docs = Array.from({ length: 400 }, (_, i) => document(`d${i}`, next));
    const { candidates, summary } = summaryOf(docs, 60);
    expect(candidates).toEqual(candidateTopics(docs, TOPICS));
    expect(summary.phrases).toHaveLength(60);
    const documentsOf = summary.phrases.map(([, documents]) => documents);
    expect(documentsOf).toEqual([...documentsOf].sort((a, b) => b - a));
    expect(summary.bound).toBeLessThanOrEqual(documentsOf.at(-1)!);
  });

  it("after edits, additions and removals in a row, decides the same candidates as a full count", () => {
    const next = random(5);
    let docs = Array.from({ length: 400 }, (_, i) => document(`d${i}`, next));
    let summary = summaryOf(docs, 200).summary;
    let decided = 0;
    for (let step = 0; step < 30; step++) {
      const removed: Doc[] = [];
      const added: Doc[] = [];
      const kind = step % 3;
      const at = Math.floor(next() * docs.length);
      if (kind !== 1) removed.push(docs[at]!); // an edit or a removal
      if (kind !== 2) added.push(document(kind === 0 ? docs[at]!.id : `new${step}`, next)); // an edit or an addition
      const after = [...docs.filter((d) => !removed.includes(d)), ...added];
      const update = updateSuggestions(summary, removed.map((d) => d.texts), added.map((d) => d.texts), TOPICS);
      if (update) {
        decided++;
        expect(update.candidates, `step ${step}`).toEqual(candidateTopics(after, TOPICS));
        summary = update.summary;
      } else summary = summaryOf(after, 200).summary;
      docs = after;
    }
    expect(decided).toBeGreaterThan(20);
  });

  it("does not decide when a changed document could lift a phrase outside the summary past the tenth candidate", () => {
    const next = random(3);
    const docs = Array.from({ length: 60 }, (_, i) => document(`d${i}`, next));
    // Ten phrases kept: the bound is the eleventh's documents, and one added document could reach past the tenth.
    const { summary } = summaryOf(docs, 10);
    const tenth = summary.phrases[9]![1];
    expect(summary.bound + 1).toBeGreaterThanOrEqual(tenth);
    expect(updateSuggestions(summary, [], [document("added", next).texts], TOPICS)).toBeNull();
  });
});
