// The candidate topics of a build (resolve/topics.ts `PhraseCounts`) counted on a thread of their own
// while ingest's main thread writes the collection: counting every two- and three-word phrase of the
// archive is pure work on text that the writing does not need, about a tenth of ingest's writing at
// 1,000 documents, done after it on the same thread before.
//
// Documents are queued by reference (no copy) and sent as the thread takes them: `pump` sends what
// fits in IN_FLIGHT_LIMIT characters without waiting, and is called between the steps of the writing;
// `candidates` sends the rest and waits for the answer. So at most that much text is ever copied to the
// thread at once. Documents are counted in the order they are queued, one `PhraseCounts.add` each.
import { isMainThread } from "node:worker_threads";
import { PhraseCounts, type CandidateTopic, type PhraseSummary, type TopicDefinition } from "../resolve/topics.ts";
import { SUMMARY_PHRASES } from "../resolve/suggestion-state.ts";
import { BoundedThread, serveBoundedThread } from "./bounded-thread.ts";

/** Characters of text sent and not yet counted past which `pump` sends no more. */
const IN_FLIGHT_LIMIT = 32 << 20;
/** Documents per message. */
const BATCH = 32;

type Work = { documents: string[][]; chars: number };
type Final = { topics: TopicDefinition[] };
type Answer = { candidates: CandidateTopic[]; summary: PhraseSummary };

const textLength = (texts: readonly string[]) => texts.reduce((n, t) => n + t.length, 0);

export class SuggestionsThread {
  private readonly thread = new BoundedThread<Answer>(new URL(import.meta.url), "counting candidate topics");
  private readonly queue: string[][] = [];
  private next = 0;
  private readonly inFlightLimit: number;

  /** `inFlightLimit`: characters sent and not yet counted past which no more are sent (tests set it low). */
  constructor({ inFlightLimit = IN_FLIGHT_LIMIT } = {}) {
    this.inFlightLimit = inFlightLimit;
  }

  /** Queues one document's texts (by reference). */
  add(texts: string[]): void {
    this.queue.push(texts);
  }

  /** Sends queued documents while the thread has less than IN_FLIGHT_LIMIT characters to count. */
  pump(wait = false): void {
    while (this.next < this.queue.length) {
      if (this.thread.failed()) return; // the reason comes with the reply (candidates)
      const queued = this.thread.inFlight();
      if (queued > this.inFlightLimit) {
        if (!wait) return;
        this.thread.waitBelow(queued);
        continue;
      }
      const documents = this.queue.slice(this.next, this.next + BATCH);
      // Sent documents are dropped from the queue: the thread holds its own copy until it counts them.
      this.queue.fill([], this.next, this.next + documents.length);
      this.next += documents.length;
      const chars = documents.reduce((n, texts) => n + textLength(texts), 0);
      this.thread.send({ documents, chars } satisfies Work, chars);
    }
  }

  /** Counts the rest and returns the candidates (PhraseCounts.candidates), then stops the thread. */
  async candidates(topics: readonly TopicDefinition[]): Promise<CandidateTopic[]> {
    return (await this.counted(topics)).candidates;
  }

  /** The candidates, and the summary an incremental ingest updates instead of counting again (resolve/suggestion-state.ts). */
  async counted(topics: readonly TopicDefinition[]): Promise<Answer> {
    this.pump(true);
    return await this.thread.finish({ topics: [...topics] } satisfies Final);
  }

  /** Stops the thread (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.thread.abandon();
  }
}

if (!isMainThread) {
  const counts = new PhraseCounts();
  serveBoundedThread<Work, Final, Answer>({
    isFinal: (message): message is Final => "topics" in message,
    chars: (message) => message.chars,
    work: (message) => {
      for (const texts of message.documents) counts.add(texts);
    },
    answer: (message) => counts.candidatesAndSummary(message.topics, SUMMARY_PHRASES),
  });
}
