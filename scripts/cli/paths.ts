// Where the build reads and writes, from the environment: one place so build and release agree.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { siteOrigin } from "../../src/lib/site.ts";

export const ROOT = resolve(import.meta.dirname, "../..");

/** The site's public address (MINUTEBOOK_SITE), for absolute URLs in feeds, the sitemap and citations. */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env): URL => new URL(siteOrigin(env));

export interface SitePaths {
  sources: string;
  collection: string;
  dist: string;
  /** The manifest of the last release's URLs, kept beside the sources (written by `npm run release`). */
  publishedUrls: string;
  /** Hand-written redirects for withdrawn or merged documents. */
  redirects: string;
  /** Editable people overrides (merge, split, rename, annotate), applied on every build, never written. */
  peopleOverrides: string;
  /**
   * The topic taxonomy: the bundled sample's content/topics.yaml for the sample; for your own sources
   * `<sources>/topics.yaml` when present, else the general local-government taxonomy (GENERAL_TOPICS).
   */
  topics: string;
  /** Committees renamed: `<sources>/committees.yaml` for your own sources, else the bundled one. */
  committeeRenames: string;
}

/** Topics for any council, used for your own sources when they bring no topics.yaml of their own. */
export const GENERAL_TOPICS = join(ROOT, "content", "local-government-topics.yaml");

export function sitePaths(env: NodeJS.ProcessEnv = process.env): SitePaths {
  const ownSources = env.MINUTEBOOK_SOURCES;
  const sources = resolve(ownSources ?? join(ROOT, "content", "sources"));
  const collection = env.MINUTEBOOK_COLLECTION
    ? resolve(env.MINUTEBOOK_COLLECTION)
    : ownSources
      ? join(ROOT, ".minutebook", "collection")
      : join(ROOT, "content", "collection");
  return {
    sources,
    collection,
    dist: resolve(env.MINUTEBOOK_DIST ?? join(ROOT, "dist")),
    publishedUrls: resolve(env.MINUTEBOOK_PUBLISHED_URLS ?? join(sources, "published-urls.json")),
    redirects: join(sources, "redirects.json"),
    peopleOverrides: ownSources ? join(sources, "people.yaml") : join(ROOT, "content", "people.yaml"),
    topics: ownSources ? (existsSync(join(sources, "topics.yaml")) ? join(sources, "topics.yaml") : GENERAL_TOPICS) : join(ROOT, "content", "topics.yaml"),
    committeeRenames: ownSources ? join(sources, "committees.yaml") : join(ROOT, "content", "committees.yaml"),
  };
}
