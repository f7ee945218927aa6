// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "./src/integrations/sitemap.ts";
import awaitPages from "./src/integrations/await-pages.ts";
import { siteOrigin } from "./src/lib/site.ts";

// The site is static: every page is prerendered into dist/ and searched with Pagefind.
export default defineConfig({
  site: siteOrigin(),
  outDir: process.env.MINUTEBOOK_DIST ?? "./dist",
  // Parallel parts of one build (scripts/cli/build.ts) each keep their own cache.
  ...(process.env.MINUTEBOOK_ASTRO_CACHE ? { cacheDir: process.env.MINUTEBOOK_ASTRO_CACHE } : {}),
  trailingSlash: "always",
  // Stylesheets are always linked, never inlined: a page-specific sheet (the source view's, the search
  // page's) inlined into every one of 10,000 source views costs 2 KB each; linked, a browser fetches it once.
  build: { format: "directory", inlineStylesheets: "never" },
  // sitemap.xml of every page built (src/integrations/sitemap.ts); an incremental build's Astro started
  // beside ingest waits for its pages before reading anything (src/integrations/await-pages.ts).
  integrations: [mdx(), sitemap(), awaitPages()],
  // No telemetry, no dev toolbar in builds that CI or a user runs offline.
  devToolbar: { enabled: false },
});
