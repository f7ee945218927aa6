// Phase: the Astro build, as `npm run build` renders a full site (scripts/pipeline/render.ts): one
// `astro build` process, or MINUTEBOOK_ASTRO_PARTS parallel parts.
//   node phase-astro.ts <collection> <dist>
import { readFileSync } from "node:fs";
import { astroParts, renderFullSite } from "../pipeline/render.ts";
import { reportResult } from "./result.ts";

const [collection, dist] = process.argv.slice(2) as [string, string];
const parts = astroParts();
await renderFullSite(collection, dist, parts);
// CPU time of the Astro processes (waited-for children): fields 16–17 of /proc/self/stat, in ticks of 1/100 s.
const stat = readFileSync("/proc/self/stat", "utf8").slice(readFileSync("/proc/self/stat", "utf8").lastIndexOf(")") + 2).split(" ");
const childCpuMs = (Number(stat[13]) + Number(stat[14])) * 10;
reportResult({ parts, childCpuMs });
