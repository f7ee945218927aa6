// The two pieces of a full build that run on a thread beside the main thread (workers/side-thread.ts,
// scripts/pipeline/full-site.ts): the files that need only the collection, written while Astro renders;
// and the page-coverage gate, which reads the rendered pages while the main thread writes the
// resolution pages and settles the URL manifest.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadRecord } from "../../../src/lib/records.ts";
import { BULK_DATA_PATH, writeJsonLines } from "../emit/bulk-data.ts";
import { writeOpenData } from "../emit/open-data.ts";
import { checkRenderedPages, type PageCoverageReport } from "../page-coverage-gate.ts";
import { serveOnThread } from "./side-thread.ts";

/** A document's original: its id, its file name beside its page, and where the source is. */
export interface Original {
  id: string;
  file: string;
  source: string;
}

export const SITE_DATA_TASK = "site data";
export const COVERAGE_TASK = "page coverage";

export interface SiteDataInput {
  collection: string;
  /** The folder the files go to (moved into the site once Astro is done). */
  out: string;
  originals: Original[];
}

/**
 * The open-data files (record.json, person.json, feeds…), the whole-archive download and each
 * document's original, byte for byte beside its page: none of them reads a rendered page.
 */
export function writeSiteData({ collection, out, originals }: SiteDataInput): { openDataFiles: number } {
  const { files } = writeOpenData(collection, out);
  writeJsonLines(join(out, BULK_DATA_PATH), collection, originals.map((o) => o.id));
  for (const original of originals) {
    mkdirSync(join(out, original.id), { recursive: true });
    copyFileSync(original.source, join(out, original.id, original.file));
  }
  return { openDataFiles: files };
}

export interface CoverageInput {
  dist: string;
  collection: string;
  /** Document ids, in the order their problems are reported. */
  ids: string[];
}

/** The page-coverage gate over every document page, each record read from the collection in turn. */
export function checkCoverage({ dist, collection, ids }: CoverageInput): PageCoverageReport {
  return checkRenderedPages(dist, collection, (function* () {
    for (const id of ids) yield loadRecord(id, collection);
  })());
}

serveOnThread(SITE_DATA_TASK, writeSiteData);
serveOnThread(COVERAGE_TASK, checkCoverage);
