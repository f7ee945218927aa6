// The page-coverage gate of a build: runs the check of validate/page-coverage.ts on each rendered
// document page (`<dist><url>index.html`) against the document's decoded source text
// (`<collection>/sources/<id>.txt`) and its record. The build fails when any page loses a word.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PublishedDocument } from "../../src/schema/record.ts";
import { SOURCES_FOLDER } from "./emit/source-texts.ts";
import { checkPageCoverage, describeLoss, type PageLoss } from "./validate/page-coverage.ts";
import type { SourceProblem } from "./types.ts";

export interface PageCoverageReport {
  pages: number;
  /** Source words the pages must show, and how many of them they do not (missing or out of order). */
  words: number;
  lost: number;
  /** One problem per page that loses words, naming the source file, the lines and the words. */
  problems: SourceProblem[];
}

type Document = Pick<PublishedDocument, "id" | "url" | "source" | "items" | "furniture" | "preamble">;

export function checkRenderedPages(dist: string, collection: string, documents: Iterable<Document>): PageCoverageReport {
  const report: PageCoverageReport = { pages: 0, words: 0, lost: 0, problems: [] };
  for (const document of documents) {
    const pagePath = join(dist, document.url, "index.html");
    const problem = (line: number | null, message: string) =>
      report.problems.push({ file: document.source.path, line, severity: "error", message: `${document.url}: ${message}` });
    if (!existsSync(pagePath)) {
      problem(null, "the document's page was not built");
      continue;
    }
    const source = readFileSync(join(collection, SOURCES_FOLDER, `${document.id}.txt`), "utf8");
    const result = checkPageCoverage(source, document, readFileSync(pagePath, "utf8"));
    report.pages++;
    report.words += result.total;
    const lost: [string, PageLoss[]][] = [
      ["the page does not show", result.missing],
      ["the page shows out of source order", result.outOfOrder],
    ];
    for (const [what, losses] of lost) {
      if (losses.length === 0) continue;
      report.lost += losses.length;
      const body = result.bodyFound ? "" : " (the page has no element with data-pagefind-body)";
      problem(losses[0]!.line, `${what} ${losses.length} of ${result.total} source word(s)${body}:\n    ${describeLoss(losses).join("\n    ")}`);
    }
  }
  return report;
}
