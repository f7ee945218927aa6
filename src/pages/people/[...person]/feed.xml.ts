// A person's Atom feed, beside their page (/people/<id>/feed.xml): the newest items that mention them.
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import { rendersPerson } from "../../../lib/page-selection.ts";
import { atomResponse } from "../../../lib/atom.ts";
import { itemEntry, newestEntries } from "../../../lib/document-feed.ts";
import { loadPerson } from "../../../lib/records.ts";

export const getStaticPaths = (async () =>
  (await entities("people")).filter((p) => rendersPerson(p.id)).map((person) => ({ params: { person: person.id }, props: { id: person.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props, site }) => {
  const origin = site ?? new URL("https://minutebook.example");
  const person = loadPerson(props.id);
  const self = new URL(`${person.url}feed.xml`, origin).href;
  // One entry per mention; the same paragraph named twice is one entry.
  const seen = new Set<string>();
  const mentions = person.mentions.filter((m) => !seen.has(m.href) && seen.add(m.href));
  return atomResponse({
    id: self,
    title: `${person.name}: Minutebook`,
    subtitle: `Council committee records that mention ${person.name}.`,
    self,
    alternate: new URL(person.url, origin).href,
    author: "Minutebook",
    entries: newestEntries(
      mentions.map((m) => itemEntry(m.document, m.href, m.item ? `Item ${m.item.number}${m.item.title ? ` ${m.item.title}` : ""}` : "Front matter", m.excerpt, origin)),
    ),
  });
};
