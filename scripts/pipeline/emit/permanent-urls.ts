// Emit stage, permanent URLs of a full site: after every page is in dist/, the redirects and withdrawn
// notices that keep the released URLs working, and the URL manifest of what was built. One sequence for
// the one-machine full build (scripts/cli/build.ts) and the join of shards (scripts/shards/join.ts),
// so a joined site keeps the same promises byte for byte.
import { descendantRedirects } from "./descendant-redirects.ts";
import { ancestorRedirects, buildManifest, readRedirects, readWithdrawals, redirectsFor, rescanned, scanSite, writeRedirects, type PageEntry, type UrlManifest } from "./url-manifest.ts";
import { navigationRedirects, withdrawnPages, writeWithdrawnPages } from "./withdrawn.ts";

export function settlePermanentUrls(input: {
  distDir: string;
  /** The site's release manifest, or null before the first release. */
  released: UrlManifest | null;
  /** Source path → permanent id, this build. */
  ids: ReadonlyMap<string, string>;
  /** `redirects.json`: manual redirects and withdrawals. */
  redirectsFile: string;
  site: URL;
  /** Pages written in this process, as the scan would find them (url-manifest.ts `scanSite`). */
  known?: ReadonlyMap<string, PageEntry | null>;
}): { redirects: Record<string, string>; manifest: UrlManifest } {
  const { distDir, released, ids, redirectsFile, site, known } = input;
  const documentRedirects = redirectsFor(released, ids, readRedirects(redirectsFile));
  // The site is scanned once (every page read for its anchors: the slowest step here at scale); what
  // this stage then writes is rescanned on its own.
  const built = scanSite(distDir, known);
  const builtPages = built.pages;
  const movedPages = { ...ancestorRedirects(released, builtPages, documentRedirects), ...documentRedirects };
  // Pages under a moved document or committee (its resolutions, its register) move with it.
  const moved = { ...descendantRedirects(released, builtPages, movedPages), ...movedPages };
  // A withdrawn document's pages, and the people, committees and topics it alone named, say so.
  const notices = withdrawnPages(released, builtPages, moved, readWithdrawals(redirectsFile));
  // Listing pages that emptied (a register by year) lead to the page above them.
  const redirects = { ...navigationRedirects(released, builtPages, moved, notices), ...moved };
  const written = [...writeRedirects(distDir, redirects, [...notices.keys()]), ...writeWithdrawnPages(distDir, notices, site)];
  return { redirects, manifest: buildManifest(rescanned(built, distDir, written), ids, redirects, [...notices.keys()]) };
}
