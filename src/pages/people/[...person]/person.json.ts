// The open-data form of a person, beside the page: /people/<person id>/person.json (schema: src/schema/archive.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import type { PersonEntity } from "../../../schema/archive.ts";

export const getStaticPaths = (async () =>
  (await entities("people")).map((person) => ({ params: { person: person.id }, props: { person } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ person: PersonEntity }> = ({ props }) =>
  new Response(`${JSON.stringify(props.person, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
