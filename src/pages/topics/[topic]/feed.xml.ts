// A topic's Atom feed, beside its page (/topics/<slug>/feed.xml): the newest items that discuss it.
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import { atomResponse } from "../../../lib/atom.ts";
import { itemEntry, newestEntries } from "../../../lib/document-feed.ts";
import type { TopicEntity } from "../../../schema/archive.ts";

export const getStaticPaths = (async () =>
  (await entities("topics")).map((topic) => ({ params: { topic: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntity }> = ({ props, site }) => {
  const origin = site ?? new URL("https://minutebook.example");
  const { topic } = props;
  const self = new URL(`${topic.url}feed.xml`, origin).href;
  return atomResponse({
    id: self,
    title: `${topic.name}: Minutebook`,
    subtitle: topic.description || `Council committee items about ${topic.name}.`,
    self,
    alternate: new URL(topic.url, origin).href,
    author: "Minutebook",
    entries: newestEntries(
      topic.items.map((t) =>
        itemEntry(t.document, t.item.href, `Item ${t.item.number}${t.item.title ? ` ${t.item.title}` : ""}`, t.paragraphs[0]?.excerpt ?? t.item.title, origin),
      ),
    ),
  });
};
