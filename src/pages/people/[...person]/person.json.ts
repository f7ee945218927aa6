// The open-data form of a person, beside the page: /people/<person id>/person.json (schema: src/schema/archive.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import { rendersPerson } from "../../../lib/page-selection.ts";
import { loadPerson } from "../../../lib/records.ts";

export const getStaticPaths = (async () =>
  (await entities("people")).filter((p) => rendersPerson(p.id)).map((person) => ({ params: { person: person.id }, props: { id: person.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props }) =>
  new Response(`${JSON.stringify(loadPerson(props.id), null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
