// The open-data form of a committee, beside its page: /<council>/<committee>/committee.json
// (schema: CommitteeEntity in src/schema/archive.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import { RESERVED_SEGMENTS } from "../../../lib/documents.ts";
import type { CommitteeEntity } from "../../../schema/archive.ts";

export const getStaticPaths = (async () =>
  (await entities("committees"))
    .filter((c) => !RESERVED_SEGMENTS.has(c.council.slug))
    .map((committee) => ({ params: { council: committee.council.slug, committee: committee.slug }, props: { committee } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeEntity }> = ({ props }) =>
  new Response(`${JSON.stringify(props.committee, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
