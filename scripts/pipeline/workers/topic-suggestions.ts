// The candidate topics of a build (resolve/topics.ts `PhraseCounts`) counted on a thread of their own
// while ingest's main thread writes the collection: counting every two- and three-word phrase of the
// archive is pure work on text that the writing does not need, about a tenth of ingest's writing at
// 1,000 documents, done after it on the same thread before.
//
// Documents are queued by reference (no copy) and sent as the thread takes them: `pump` sends what
// fits in IN_FLIGHT_LIMIT characters without waiting, and is called between the steps of the writing;
// `candidates` sends the rest and waits for the answer. So at most that much text is ever copied to the
// thread at once. Documents are counted in the order they are queued, one `PhraseCounts.add` each.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { PhraseCounts, type CandidateTopic, type TopicDefinition } from "../resolve/topics.ts";

/** Characters of text sent and not yet counted past which `pump` sends no more. */
const IN_FLIGHT_LIMIT = 32 << 20;
/** Documents per message. */
const BATCH = 32;
/** Slots of the shared counters. */
const IN_FLIGHT = 0;
const FAILED = 1;

type Message = { documents: string[][]; chars: number } | { topics: TopicDefinition[] };
type Reply = { candidates: CandidateTopic[] } | { error: string };

const textLength = (texts: readonly string[]) => texts.reduce((n, t) => n + t.length, 0);

export class SuggestionsThread {
  private readonly worker: Worker;
  /** Shared with the thread: characters in flight, and whether it failed (it then counts no more). */
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly queue: string[][] = [];
  private next = 0;
  private readonly reply: Promise<Reply>;
  private readonly inFlightLimit: number;

  /** `inFlightLimit`: characters sent and not yet counted past which no more are sent (tests set it low). */
  constructor({ inFlightLimit = IN_FLIGHT_LIMIT } = {}) {
    this.inFlightLimit = inFlightLimit;
    this.worker = new Worker(new URL(import.meta.url), { workerData: this.shared });
    this.reply = new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.once("error", (error) => resolve({ error: error.message }));
      this.worker.once("exit", (code) => resolve({ error: `the topic suggestions thread stopped (exit ${code})` }));
    });
  }

  /** Queues one document's texts (by reference). */
  add(texts: string[]): void {
    this.queue.push(texts);
  }

  /** Sends queued documents while the thread has less than IN_FLIGHT_LIMIT characters to count. */
  pump(wait = false): void {
    while (this.next < this.queue.length) {
      if (Atomics.load(this.shared, FAILED)) return; // the reason comes with the reply (candidates)
      const queued = Atomics.load(this.shared, IN_FLIGHT);
      if (queued > this.inFlightLimit) {
        if (!wait) return;
        Atomics.wait(this.shared, IN_FLIGHT, queued, 1000);
        continue;
      }
      const documents = this.queue.slice(this.next, this.next + BATCH);
      // Sent documents are dropped from the queue: the thread holds its own copy until it counts them.
      this.queue.fill([], this.next, this.next + documents.length);
      this.next += documents.length;
      const chars = documents.reduce((n, texts) => n + textLength(texts), 0);
      Atomics.add(this.shared, IN_FLIGHT, chars);
      this.worker.postMessage({ documents, chars } satisfies Message);
    }
  }

  /** Counts the rest and returns the candidates (PhraseCounts.candidates), then stops the thread. */
  async candidates(topics: readonly TopicDefinition[]): Promise<CandidateTopic[]> {
    this.pump(true);
    this.worker.postMessage({ topics: [...topics] } satisfies Message);
    const reply = await this.reply;
    await this.worker.terminate();
    if ("error" in reply) throw new Error(`counting candidate topics failed: ${reply.error}`);
    return reply.candidates;
  }

  /** Stops the thread (the build failed elsewhere). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const shared = workerData as Int32Array;
  const port = parentPort;
  const counts = new PhraseCounts();
  let failed: string | null = null;
  port.on("message", (message: Message) => {
    if ("topics" in message) {
      let reply: Reply = { error: failed ?? "" };
      if (failed === null) {
        try {
          reply = { candidates: counts.candidates(message.topics) };
        } catch (error) {
          reply = { error: (error as Error).message };
        }
      }
      port.postMessage(reply);
      return;
    }
    if (failed === null) {
      try {
        for (const texts of message.documents) counts.add(texts);
      } catch (error) {
        failed = (error as Error).message;
        Atomics.store(shared, FAILED, 1);
      }
    }
    Atomics.sub(shared, IN_FLIGHT, message.chars);
    Atomics.notify(shared, IN_FLIGHT);
  });
}
