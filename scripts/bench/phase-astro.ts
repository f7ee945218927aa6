// Phase: the Astro build as `npm run build` renders a full site, with what the build writes beside it
// on a second core (scripts/pipeline/full-site.ts): one `astro build` process, or
// MINUTEBOOK_ASTRO_PARTS parallel parts, and meanwhile, on a thread of this process, the open-data
// files, the whole-archive download and the originals, moved into the site when Astro is done. One
// process tree, so the bench's sampled RSS is the sum of everything running at once.
//   node phase-astro.ts <collection> <dist> <ids.json>
import { readFileSync } from "node:fs";
import { renderFullSiteWithData } from "../pipeline/full-site.ts";
import { astroParts } from "../pipeline/render.ts";
import { reportResult } from "./result.ts";

const [collection, dist, idsFile] = process.argv.slice(2) as [string, string, string];
const originals = (JSON.parse(readFileSync(idsFile, "utf8")) as { id: string; file: string; source: string }[]).map(({ id, file, source }) => ({ id, file, source }));
const parts = astroParts();
const started = performance.now();
const { openDataFiles } = await renderFullSiteWithData({ collection, dist, parts, originals });
const ms = performance.now() - started;
// CPU time of the Astro processes (waited-for children): fields 16–17 of /proc/self/stat, in ticks of
// 1/100 s; this process's own CPU (the rss hook's figure) is then the thread's work beside Astro.
const stat = readFileSync("/proc/self/stat", "utf8");
const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
const childCpuMs = (Number(fields[13]) + Number(fields[14])) * 10;
reportResult({ parts, childCpuMs, openDataFiles, ms });
