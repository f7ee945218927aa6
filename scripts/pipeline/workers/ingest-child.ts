// The child process of ingest-apart.ts: runs the shared `ingest` stage on the paths the build sends,
// reports each document's progress as it goes, and writes what the build needs of the result (each
// document's summary, not its record) to the file it was given — or the message ingest threw.
import { writeFileSync } from "node:fs";
import { ingest } from "../ingest.ts";
import type { IngestedFile, IngestMessage, IngestRequest } from "../ingest-apart.ts";
import { summarise } from "../../../src/schema/record.ts";
import { readManifest } from "../emit/url-manifest.ts";

const send = (message: IngestMessage | { finished: true }, then?: () => void) => process.send!(message, undefined, {}, then);

process.once("message", async ({ paths, publishedUrls, out }: IngestRequest) => {
  try {
    const released = publishedUrls ? readManifest(publishedUrls) : null;
    const { discovery, corpus, problems, suggestedTopics, topics, changes } = await ingest(paths, {
      published: new Map(Object.entries(released?.documents ?? {})),
      onProgress: (done, total, file) => send({ progress: [done, total, file] }),
    });
    const ingested: IngestedFile = {
      sources: discovery.files.map(({ relativePath, absolutePath }) => ({ relativePath, absolutePath })),
      documents: corpus.documents.map(summarise),
      ids: [...corpus.ids],
      problems,
      suggestedTopics,
      topics,
      changes,
    };
    writeFileSync(out, JSON.stringify(ingested));
  } catch (error) {
    writeFileSync(out, JSON.stringify({ error: (error as Error).message }));
    process.exitCode = 1;
  }
  // Messages go in order: once the last is sent, every progress message before it is too.
  send({ finished: true }, () => process.disconnect());
});
