// The public origin of the site, for absolute URLs (canonical links, feeds, the sitemap): one default,
// read by astro.config.mjs and by the pipeline stages that write absolute URLs outside Astro.
//
// Without MINUTEBOOK_SITE the files that need an absolute URL by their format (sitemap.xml, the Atom
// feeds) carry the placeholder origin below, and the build warns (scripts/cli/build.ts). Pages never
// show it: they link root-relative, leave out `canonical`, and say that this copy has no public
// address, so links and citations work wherever the site is served (`npm run preview` included).
export const DEFAULT_SITE = "https://minutebook.example";

/** `MINUTEBOOK_SITE`, or the default. */
export const siteOrigin = (env: NodeJS.ProcessEnv = process.env): string => env.MINUTEBOOK_SITE || DEFAULT_SITE;

/** Whether the public origin was set (MINUTEBOOK_SITE); without it the placeholder is in force. */
export const originIsSet = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.MINUTEBOOK_SITE);

/**
 * The origin pages may print: Astro's `site` unless it is the placeholder, else undefined (pages then
 * use root-relative URLs).
 */
export const publicSite = (site: URL | undefined): URL | undefined =>
  site && site.origin !== new URL(DEFAULT_SITE).origin ? site : undefined;

/** What the build prints when the origin is not set. */
export const ORIGIN_WARNING =
  "MINUTEBOOK_SITE is not set: pages link root-relative and show no permanent origin, and sitemap.xml and " +
  `the Atom feeds use the placeholder ${DEFAULT_SITE}. Before publishing, build with ` +
  "MINUTEBOOK_SITE=https://your.domain so that permanent links, citations, canonical links, the sitemap and feeds carry your address.";
