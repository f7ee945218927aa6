// Phase: the Pagefind index over the built site, through the pipeline's own emit stage.
//   node phase-pagefind.ts <dist>
import { buildSearchIndex } from "../pipeline/emit/search-index.ts";
import { reportResult } from "./result.ts";

const started = performance.now();
const search = await buildSearchIndex(process.argv[2]!);
reportResult({ pages: search.pages, ms: performance.now() - started });
