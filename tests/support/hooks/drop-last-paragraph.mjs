// Loaded with `node --import` through NODE_OPTIONS (so that the Astro process the build starts gets it)
// by tests/build/page-coverage.test.ts: the site's renderer seam, src/lib/render-hooks.ts, becomes
// drop-last-paragraph.ts, a renderer that leaves out each item's last paragraph, to prove that
// `npm run build` fails when a page loses words of its source.
//
// Astro bundles the pages with Vite, out of reach of Node's module hooks, but imports astro.config.mjs
// with Node: the hook (drop-last-paragraph-hooks.mjs) hands Astro drop-last-paragraph.config.mjs
// instead, the project's own config with a Vite plugin that makes the swap.
import { register } from "node:module";

register("./drop-last-paragraph-hooks.mjs", import.meta.url);
