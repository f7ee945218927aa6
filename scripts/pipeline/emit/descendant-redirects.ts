// Redirects for pages below a moved page: when a document (or a committee page) moves, the pages
// published under it — a resolution's page `<document>/resolutions/226-12-2/`, a committee's register
// `<committee>/resolutions/` — move with it. Each released page that is gone now redirects to the same
// path under the new location of its nearest moved ancestor, when that page exists.
import type { UrlManifest } from "./url-manifest.ts";

export function descendantRedirects(
  released: UrlManifest | null,
  pages: Record<string, string[]>,
  redirects: Record<string, string>,
): Record<string, string> {
  const extra: Record<string, string> = {};
  const moved = Object.keys(redirects).filter((from) => from.endsWith("/")).sort((a, b) => b.length - a.length);
  for (const url of Object.keys(released?.pages ?? {})) {
    if (pages[url] || redirects[url] || !url.endsWith("/")) continue;
    const from = moved.find((m) => url.startsWith(m) && url !== m);
    if (!from) continue;
    const target = redirects[from]! + url.slice(from.length);
    if (pages[target]) extra[url] = target;
  }
  return extra;
}
