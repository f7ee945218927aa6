// One Atom feed per committee, beside its page (/<council>/<committee>/feed.xml, so that it moves with
// the committee page and its redirect, like record.json beside a document): its newest dated documents
// with their resolutions. Each feed gets its own committee's documents from getStaticPaths (no scan of
// the archive per page).
import type { APIRoute, GetStaticPaths } from "astro";
import { atomResponse } from "../../../lib/atom.ts";
import { publishedCouncils, type CommitteeGroup } from "../../../lib/documents.ts";
import { committeeFeedUrl, documentEntry, FEED_LENGTH, inFeeds } from "../../../lib/document-feed.ts";
import { loadRecord } from "../../../lib/records.ts";

export const getStaticPaths = (async () =>
  (await publishedCouncils()).flatMap((council) =>
    council.committees.map((committee) => ({
      params: { council: council.slug, committee: committee.slug },
      props: { committee },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeGroup }> = ({ props, site }) => {
  const origin = site ?? new URL("https://minutebook.example");
  const { committee } = props;
  const self = new URL(committeeFeedUrl(committee.council.slug, committee.slug), origin).href;
  return atomResponse({
    id: self,
    title: `${committee.name}, ${committee.council.name}`,
    subtitle: `New minutes, reports and decisions of the ${committee.name} (${committee.council.name}) in Minutebook.`,
    self,
    alternate: new URL(committee.url, origin).href,
    author: committee.council.name,
    entries: committee.documents.filter(inFeeds).slice(0, FEED_LENGTH).map((d) => documentEntry(loadRecord(d.id), origin)),
  });
};
