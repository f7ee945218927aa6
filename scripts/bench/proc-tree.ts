// Samples a process tree's memory from /proc: the Node phase may start children (Pagefind's API runs
// its Rust binary as a child process), whose memory its own getrusage does not include. VmHWM is each
// process's own high-water mark, so a sample shortly before exit still sees the peak.
import { readdirSync, readFileSync } from "node:fs";

function childrenOf(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = kids.get(ppid) ?? [];
      list.push(Number(name));
      kids.set(ppid, list);
    } catch {
      // gone
    }
  }
  return kids;
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
}

export function sampleTree(root: number, peak: TreePeak): void {
  const kids = childrenOf();
  const queue = [root];
  let sum = 0;
  while (queue.length) {
    const pid = queue.shift()!;
    const s = status(pid);
    if (s) {
      sum += s.rss;
      const key = `${s.name} ${pid}`;
      peak.perProcess.set(key, Math.max(peak.perProcess.get(key) ?? 0, s.hwm));
    }
    queue.push(...(kids.get(pid) ?? []));
  }
  peak.treeRssBytes = Math.max(peak.treeRssBytes, sum);
}
