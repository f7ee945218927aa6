// Phase: the open-data files (record.json, resolution.json, person.json, feeds…) and the resolution
// pages written into the built site from the collection, through the pipeline's own emit stages, as
// `npm run build` does after Astro.
//   node phase-open-data.ts <collection> <dist>
import { writeOpenData } from "../pipeline/emit/open-data.ts";
import { writeResolutionPages } from "../pipeline/emit/resolution-pages.ts";
import { reportResult } from "./result.ts";

const started = performance.now();
const { files } = writeOpenData(process.argv[2]!, process.argv[3]!);
const pages = writeResolutionPages(process.argv[2]!, process.argv[3]!).length;
reportResult({ files: files + pages, ms: performance.now() - started });
