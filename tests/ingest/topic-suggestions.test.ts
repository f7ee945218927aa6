// Candidate topics counted on the suggestions thread (workers/topic-suggestions.ts), documents sent a
// few at a time as the thread takes them, are the candidates `candidateTopics` finds over the same
// documents on one thread.
import { describe, expect, it } from "vitest";
import { candidateTopics, type TopicDefinition } from "../../scripts/pipeline/resolve/topics.ts";
import { SuggestionsThread } from "../../scripts/pipeline/workers/topic-suggestions.ts";

const TOPICS: TopicDefinition[] = [{ slug: "school-transport", name: "School transport", description: "", synonyms: ["home to school transport"] }];
const PHRASES = ["street lighting columns", "parish precept", "flood defence works", "school transport contract", "library opening hours", "grass verge cutting"];

/** 300 documents, each naming a few of the phrases (in a fixed pseudo-random mix) among other words. */
function documents() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: 300 }, (_, i) => ({
    id: `council/committee/${i}`,
    texts: Array.from({ length: 1 + (next() % 4) }, () => `The committee considered the ${PHRASES[next() % PHRASES.length]} and the ${PHRASES[next() % PHRASES.length]}. Item ${i}.`),
  }));
}

describe("the suggestions thread", () => {
  it("finds the candidates candidateTopics finds, with documents sent in small portions", async () => {
    const docs = documents();
    // A limit of a few documents' text: the thread is sent more only as it counts, and `candidates` waits.
    const thread = new SuggestionsThread({ inFlightLimit: 2_000 });
    for (const d of docs) thread.add(d.texts);
    thread.pump();
    const expected = candidateTopics(docs, TOPICS);
    expect(expected.map((c) => c.phrase)).toContain("library opening hours");
    expect(await thread.candidates(TOPICS)).toEqual(expected);
  });
});
