// Samples a process tree's memory from /proc: the Node phase may start children (Pagefind's API runs
// its Rust binary as a child process), whose memory its own getrusage does not include. VmHWM is each
// process's own high-water mark, so a sample shortly before exit still sees the peak. CPU time is each
// process's own utime + stime as last sampled: a child that outlives its parent's wait (or is never
// waited for) is not in anyone's getrusage, so the tree is the only place to count it.
import { readdirSync, readFileSync } from "node:fs";

/** Linux reports /proc times in USER_HZ ticks, 100 per second on every architecture Node runs on. */
const TICK_MS = 10;

function processTable(): { kids: Map<number, number[]>; cpuMs: Map<number, number> } {
  const kids = new Map<number, number[]>();
  const cpuMs = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      // Fields 14 and 15: utime and stime, this process's own (not its children's).
      cpuMs.set(Number(name), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
      const list = kids.get(ppid) ?? [];
      list.push(Number(name));
      kids.set(ppid, list);
    } catch {
      // gone
    }
  }
  return { kids, cpuMs };
}

function status(pid: number): { rss: number; hwm: number; name: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM"), name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? "?" };
  } catch {
    return null;
  }
}

export interface TreePeak {
  /** Highest sampled sum of VmRSS over the tree. */
  treeRssBytes: number;
  /** Highest VmHWM of each process seen, by "name pid". */
  perProcess: Map<string, number>;
  /** Own CPU time of each process seen, as last sampled, by "name pid". */
  cpuMs: Map<string, number>;
}

export function sampleTree(root: number, peak: TreePeak): void {
  const { kids, cpuMs } = processTable();
  const queue = [root];
  let sum = 0;
  while (queue.length) {
    const pid = queue.shift()!;
    const s = status(pid);
    if (s) {
      sum += s.rss;
      const key = `${s.name} ${pid}`;
      peak.perProcess.set(key, Math.max(peak.perProcess.get(key) ?? 0, s.hwm));
      const cpu = cpuMs.get(pid);
      if (cpu !== undefined) peak.cpuMs.set(key, Math.max(peak.cpuMs.get(key) ?? 0, cpu));
    }
    queue.push(...(kids.get(pid) ?? []));
  }
  peak.treeRssBytes = Math.max(peak.treeRssBytes, sum);
}
