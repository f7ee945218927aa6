// Preloaded (`node --import`) into each measured phase: on exit, writes the process's own peak RSS
// and CPU time to $BENCH_RSS_FILE. Plain JavaScript so it also loads into unchanged CLIs (astro's bin
// calls process.exit, which still fires "exit") without TypeScript flags.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes (getrusage ru_maxrss on Linux).
    writeFileSync(file, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
