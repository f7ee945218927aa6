// The open-data form of a topic, beside its page: /topics/<slug>/topic.json (schema: src/schema/archive.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { entities } from "../../../lib/archive.ts";
import type { TopicEntity } from "../../../schema/archive.ts";

export const getStaticPaths = (async () =>
  (await entities("topics")).map((topic) => ({ params: { topic: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntity }> = ({ props }) =>
  new Response(`${JSON.stringify(props.topic, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
