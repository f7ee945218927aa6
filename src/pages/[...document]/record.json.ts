// The open-data record of each document, beside its page: /<id>/record.json. The same object the
// page is made from, so the page and the data never disagree.
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import type { PublishedDocument } from "../../schema/record.ts";

export const getStaticPaths = (async () => {
  const documents = await getCollection("documents");
  return documents.map((entry) => ({ params: { document: entry.data.id }, props: { record: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: PublishedDocument }> = ({ props }) =>
  new Response(`${JSON.stringify(props.record, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
