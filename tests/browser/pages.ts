// One URL of every page type in the built sample, for the browser checks.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PublishedDocument } from "../../src/schema/record.ts";
import { resolutionSlug } from "../../src/schema/archive.ts";
import type { BuiltSite } from "../support/build-site.ts";

export function documentsOf(site: BuiltSite): PublishedDocument[] {
  // The full records, as the ingest stage wrote them beside the collection's summaries.
  const dir = join(site.collection, "records");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => PublishedDocument.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
}

export function pageTypes(site: BuiltSite): Record<string, string> {
  const documents = documentsOf(site);
  const minutes = documents.find((d) => d.type === "minutes" && d.items.some((i) => i.resolutions.length))!;
  const report = documents.find((d) => d.type === "report")!;
  return {
    home: "/",
    minutes: minutes.url,
    report: report.url,
    committee: `/${minutes.council!.slug}/${minutes.committee!.slug}/`,
    council: `/${minutes.council!.slug}/`,
    "source view": `${minutes.url}source/`,
    search: "/search/?q=foster",
    person: "/people/worcestershire-county-council/mackay-s/",
    people: "/people/",
    topic: "/topics/fostering/",
    "topic year": "/topics/fostering/2018/",
    topics: "/topics/",
    resolution: `${minutes.url}resolutions/${resolutionSlug(minutes.items.find((i) => i.resolutions.length)!.resolutions[0]!.anchor)}/`,
    "register of decisions": "/resolutions/",
    "decisions by kind": "/resolutions/kind/resolved/",
    "committee decisions": `/${minutes.council!.slug}/${minutes.committee!.slug}/resolutions/`,
    "register of actions": "/actions/",
    councils: "/councils/",
    "not found": "/404.html",
  };
}
