// The open-data form of a resolution, beside its page: <resolution URL>resolution.json.
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../../lib/archive.ts";
import { rendersDocument } from "../../../../lib/page-selection.ts";
import type { ResolutionEntity } from "../../../../schema/archive.ts";

export const getStaticPaths = (async () =>
  (await entities("resolutions")).filter((r) => rendersDocument(r.document.id)).map((resolution) => ({
    params: { document: resolution.document.id, resolution: resolution.slug },
    props: { resolution },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolution: ResolutionEntity }> = ({ props }) =>
  new Response(`${JSON.stringify(props.resolution, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
