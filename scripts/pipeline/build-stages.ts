// The stages of `npm run build` after ingest, as one module that the build loads while ingest and (for
// a rebuild) Astro start (scripts/cli/build.ts): the site files, the URL promises, the page-coverage
// gate and the search index, and what reads the collection for them.
export { BULK_DATA_PATH, updateJsonLines } from "./emit/bulk-data.ts";
export { writeOpenData } from "./emit/open-data.ts";
export { openDataChanges } from "./emit/open-data-changes.ts";
export { writeResolutionPages } from "./emit/resolution-pages.ts";
export { buildSearchIndex } from "./emit/search-index.ts";
export { startPagefind } from "./emit/search-patch.ts";
export { brokenPromises, readManifest } from "./emit/url-manifest.ts";
export { settlePermanentUrls } from "./emit/permanent-urls.ts";
export { foldPartialBuild, patchManifest } from "./emit/partial-site.ts";
export { astroParts } from "./render.ts";
export { finishFullSite, renderFullSiteWithData } from "./full-site.ts";
export { checkRenderedPages } from "./page-coverage-gate.ts";
export { loadRecord, RECORDS_FOLDER } from "../../src/lib/records.ts";
export { readListingDigests } from "../../src/lib/page-selection.ts";
