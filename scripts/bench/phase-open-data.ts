// Phase: the open-data files (record.json, resolution.json, person.json, feeds…) written into the built
// site from the collection, through the pipeline's own emit stage, as `npm run build` does after Astro.
//   node phase-open-data.ts <collection> <dist>
import { writeOpenData } from "../pipeline/emit/open-data.ts";
import { reportResult } from "./result.ts";

const started = performance.now();
const { files } = writeOpenData(process.argv[2]!, process.argv[3]!);
reportResult({ files, ms: performance.now() - started });
