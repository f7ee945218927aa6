// The open-data record of each document, beside its page: /<id>/record.json. The same object the
// page is made from (src/lib/records.ts), so the page and the data never disagree.
import type { APIRoute, GetStaticPaths } from "astro";
import { allDocuments } from "../../lib/documents.ts";
import { loadRecord } from "../../lib/records.ts";
import { rendersDocument } from "../../lib/page-selection.ts";

export const getStaticPaths = (async () =>
  (await allDocuments()).filter((d) => rendersDocument(d.id)).map((d) => ({ params: { document: d.id }, props: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props }) =>
  new Response(`${JSON.stringify(loadRecord(props.id), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
