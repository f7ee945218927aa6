// What a browser downloads to show the first results of a query: Pagefind's own search module run in
// Node against a local static server (as tests/build/sample-site.test.ts does), counting every file it
// fetches (entry, wasm, index chunks, filters, metadata and the fragments of the first five results),
// searching the date bands as the search page does: the newest first, older ones only while there
// are fewer results than a page. Other sites can be served beside it
// under a path prefix and merged too (Pagefind's multisite search, docs/scaling.md), as one origin
// serving several separately built sites would.
// Pagefind's .pf_* and .pagefind files are already gzip-compressed and are counted as they are; other
// files are counted gzip-compressed, as hosts serve them.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipBytes } from "./measure-site.ts";
import { readShardsFile } from "../pipeline/emit/search-index.ts";
import { shardWeights } from "../../src/lib/search.ts";

interface PagefindApi {
  options(o: { basePath: string }): Promise<void>;
  mergeIndex(path: string, o: { indexWeight: number }): Promise<void>;
  search(q: string, o?: { sort?: Record<string, "asc" | "desc"> }): Promise<{ results: { score: number; data(): Promise<{ url: string }> }[] }>;
}

/** A built site served under a path prefix (`/`, `/b/`), as one origin would serve several. */
export interface Mount {
  prefix: string;
  dist: string;
}

export interface TransferOptions {
  /** Other sites to serve beside `dist` and merge into its search (`mergeIndex`), each under its prefix. */
  merge?: Mount[];
  /** Pagefind's sort; each site's date bands are weighted as its search page weights them. */
  sort?: { date: "asc" | "desc" };
  /** How many results' data to load (their fragments are counted): 5, as a first page of results. */
  first?: number;
}

/** The mount a request path falls under (longest prefix first) and the file path inside its dist. */
export function resolveMount(mounts: readonly Mount[], pathname: string): { mount: Mount; path: string } | null {
  const byLength = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const mount of byLength) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const path = normalize(join(mount.dist, pathname.slice(mount.prefix.length)));
    return path === mount.dist || path.startsWith(join(mount.dist, "/")) ? { mount, path } : null;
  }
  return null;
}

export interface Transfer {
  query: string;
  results: number;
  requests: number;
  /** Bytes on the wire: pagefind.js plus what it fetched. */
  bytes: number;
  byKind: Record<string, number>;
  /** The search page's UI bundle (pagefind-ui.js and .css), compressed, which the page also loads. */
  uiBytes: number;
  /** The first results' URLs, in result order, as paths on the one origin (a merged site's under its prefix). */
  urls: string[];
  /** Every file counted, in the order fetched (pagefind.js first), with its bytes on the wire. */
  files: { path: string; bytes: number }[];
}

const ALREADY_COMPRESSED = /\.(?:pf_[a-z]+|pagefind)$/;
const wireBytes = (path: string, data: Buffer) => (ALREADY_COMPRESSED.test(path) ? data.length : gzipBytes(data));
const kindOf = (path: string) => /\.pf_fragment$/.test(path) ? "fragments" : /\.pf_index$/.test(path) ? "index chunks" : /\.pf_meta$/.test(path) ? "metadata" : /\.pf_filter$/.test(path) ? "filters" : /\.pagefind$/.test(path) ? "wasm" : "entry/js";

/** Numbers each import of a pagefind.js, so that no two searches share a module instance (and its origin). */
let imports = 0;

export async function searchTransfer(dist: string, queries: string[], options: TransferOptions = {}): Promise<Transfer[]> {
  let log: { path: string; bytes: number }[] = [];
  const mounts: Mount[] = [{ prefix: "/", dist }, ...(options.merge ?? [])];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const found = resolveMount(mounts, decodeURIComponent(url.pathname));
    let path = found?.path;
    if (path && existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!path || !existsSync(path)) return void res.writeHead(404).end();
    const data = readFileSync(path);
    log.push({ path: url.pathname, bytes: wireBytes(path, data) });
    res.writeHead(200).end(data);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const moduleFile = join(dist, "pagefind", "pagefind.js");
  const ui = ["pagefind-ui.js", "pagefind-ui.css"].map((f) => join(dist, "pagefind", f)).filter(existsSync);
  const order = options.sort ? (options.sort.date === "desc" ? "newest" : "oldest") : null;
  const out: Transfer[] = [];
  try {
    for (const query of queries) {
      log = [];
      // A fresh module instance per query: nothing cached from the previous one, as on a first visit.
      const pagefind = (await import(`${pathToFileURL(moduleFile).href}?run=${++imports}`)) as PagefindApi;
      await pagefind.options({ basePath: `${origin}/pagefind/` });
      // As the search page does (public/search/whole-words/pagefind.js): the newest band of each site
      // first (the first site's is Pagefind's own bundle, other sites' are merged before searching), and
      // older bands, newest first, merged only while the results are fewer than a page. Bands are
      // weighted per sort order (best match: 1).
      const rounds: { url: string; weight: number }[][] = [];
      for (const mount of mounts) {
        const shards = readShardsFile(mount.dist)?.shards ?? [{ bundle: "pagefind/", documents: [] }];
        const weights = shardWeights(shards, order);
        for (let i = shards.length - 1, age = 0; i >= 0; i--, age++) {
          if (mount.prefix === "/" && shards[i]!.bundle === "pagefind/") continue;
          (rounds[age] ??= []).push({ url: `${origin}${mount.prefix}${shards[i]!.bundle}`, weight: weights[i]! });
        }
      }
      for (const band of rounds[0] ?? []) await pagefind.mergeIndex(band.url, { indexWeight: band.weight });
      const queue = rounds.slice(1).flat();
      const page = options.first ?? 5;
      let found = await pagefind.search(query, options.sort ? { sort: options.sort } : {});
      for (let next = queue.shift(); next && found.results.length < page; next = queue.shift()) {
        await pagefind.mergeIndex(next.url, { indexWeight: next.weight });
        found = await pagefind.search(query, options.sort ? { sort: options.sort } : {});
      }
      const data = await Promise.all(found.results.slice(0, options.first ?? 5).map((r) => r.data()));
      const files = [{ path: "/pagefind/pagefind.js", bytes: gzipBytes(readFileSync(moduleFile)) }, ...log];
      const byKind: Record<string, number> = {};
      for (const f of files) byKind[kindOf(f.path)] = (byKind[kindOf(f.path)] ?? 0) + f.bytes;
      out.push({
        query,
        results: found.results.length,
        requests: files.length,
        bytes: files.reduce((s, f) => s + f.bytes, 0),
        byKind,
        uiBytes: ui.reduce((s, f) => s + gzipBytes(readFileSync(f)), 0),
        urls: data.map((d) => d.url.replace(origin, "")),
        files,
      });
    }
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
  return out;
}
