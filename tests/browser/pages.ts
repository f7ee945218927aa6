// One URL of every page type in the built sample, for the browser checks.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../../scripts/pipeline/emit/frontmatter.ts";
import { PublishedDocument } from "../../src/schema/record.ts";
import type { BuiltSite } from "../support/build-site.ts";

export function documentsOf(site: BuiltSite): PublishedDocument[] {
  const dir = join(site.collection, "documents");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => PublishedDocument.parse(readFrontmatter(readFileSync(join(dir, f), "utf8")).data));
}

export function pageTypes(site: BuiltSite): Record<string, string> {
  const documents = documentsOf(site);
  const minutes = documents.find((d) => d.type === "minutes" && d.items.some((i) => i.resolutions.length))!;
  const report = documents.find((d) => d.type === "report")!;
  return {
    home: "/",
    minutes: minutes.url,
    report: report.url,
    committee: `/${minutes.council.slug}/${minutes.committee.slug}/`,
    council: `/${minutes.council.slug}/`,
    search: "/search/?q=foster",
    "not found": "/404.html",
  };
}
