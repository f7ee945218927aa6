// Phase: the Astro build, as `npm run build` renders a full site (scripts/pipeline/render.ts): in
// parallel parts when the archive is large enough, each an `astro build` process of its own.
//   node phase-astro.ts <collection> <dist> <documents>
import { readFileSync } from "node:fs";
import { astroParts, renderFullSite } from "../pipeline/render.ts";
import { reportResult } from "./result.ts";

const [collection, dist, documents] = process.argv.slice(2) as [string, string, string];
const parts = astroParts(Number(documents));
await renderFullSite(collection, dist, parts);
// CPU time of the Astro processes (waited-for children): fields 16–17 of /proc/self/stat, in ticks of 1/100 s.
const stat = readFileSync("/proc/self/stat", "utf8").slice(readFileSync("/proc/self/stat", "utf8").lastIndexOf(")") + 2).split(" ");
const childCpuMs = (Number(stat[13]) + Number(stat[14])) * 10;
reportResult({ parts, childCpuMs });
