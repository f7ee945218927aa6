// The public origin of the site, for absolute URLs (canonical links, feeds, the sitemap): one default,
// read by astro.config.mjs and by the pipeline stages that write absolute URLs outside Astro.
export const DEFAULT_SITE = "https://minutebook.example";

/** `MINUTEBOOK_SITE`, or the default. */
export const siteOrigin = (env: NodeJS.ProcessEnv = process.env): string => env.MINUTEBOOK_SITE ?? DEFAULT_SITE;
