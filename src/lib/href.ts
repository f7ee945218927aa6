// Links within the archive, written from the page they are on. Every page's URL is a directory
// (`trailingSlash: "always"`), and the pages of one document sit under its URL, so a link to the
// document, its parts or its committee is shorter relative than site-absolute (`../../#item-7-r1`
// rather than `/council/committee/2024-03-01/#item-7-r1`); a link across the archive (`/topics/…`,
// `/people/…`) is shorter as it is. Both lead to the same permanent URL; the page-size budget
// (docs/performance.md) is what decides.

/**
 * `to`, a site-absolute path, as seen from the page at `from` (a directory URL): relative when that is
 * shorter, otherwise unchanged. Anything not site-absolute (`https:`, `#…`, already relative) is
 * returned as given.
 */
export function shortHref(from: string, to: string): string {
  if (!to.startsWith("/") || to.startsWith("//") || !from.endsWith("/")) return to;
  const cut = to.search(/[?#]/);
  const [path, rest] = cut < 0 ? [to, ""] : [to.slice(0, cut), to.slice(cut)];
  const here = from.split("/").slice(1, -1);
  const there = path.split("/").slice(1);
  const file = there.pop()!;
  let common = 0;
  while (common < here.length && common < there.length && here[common] === there[common]) common++;
  const relative = "../".repeat(here.length - common) + there.slice(common).map((s) => `${s}/`).join("") + file + rest;
  const href = relative === "" ? "./" : relative;
  return href.length < to.length ? href : to;
}
