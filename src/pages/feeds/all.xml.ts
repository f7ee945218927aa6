// The site-wide Atom feed: the newest dated documents of every council, with their resolutions.
import type { APIRoute } from "astro";
import { atomResponse } from "../../lib/atom.ts";
import { allDocuments } from "../../lib/documents.ts";
import { documentEntry, FEED_LENGTH, inFeeds } from "../../lib/document-feed.ts";
import { loadRecord } from "../../lib/records.ts";

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL("https://minutebook.example");
  const documents = (await allDocuments()).filter(inFeeds).slice(0, FEED_LENGTH);
  return atomResponse({
    id: new URL("/feeds/all.xml", origin).href,
    title: "Minutebook: new minutes and reports",
    subtitle: "The newest council committee minutes, reports and decisions in the archive, with what was resolved.",
    self: new URL("/feeds/all.xml", origin).href,
    alternate: new URL("/", origin).href,
    author: "Minutebook",
    entries: documents.map((d) => documentEntry(loadRecord(d.id), origin)),
  });
};
