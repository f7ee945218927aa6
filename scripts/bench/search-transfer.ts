// What a browser downloads to show the first results of a query: Pagefind's own search module run in
// Node against a local static server (as tests/build/sample-site.test.ts does), counting every file it
// fetches (entry, wasm, index chunks, filters, metadata and the fragments of the first five results),
// with every search shard merged as the search page merges them.
// Pagefind's .pf_* and .pagefind files are already gzip-compressed and are counted as they are; other
// files are counted gzip-compressed, as hosts serve them.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipBytes } from "./measure-site.ts";
import { readShardsFile } from "../pipeline/emit/search-index.ts";

interface PagefindApi {
  options(o: { basePath: string }): Promise<void>;
  mergeIndex(path: string, o: { indexWeight: number }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
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
}

const ALREADY_COMPRESSED = /\.(?:pf_[a-z]+|pagefind)$/;
const wireBytes = (path: string, data: Buffer) => (ALREADY_COMPRESSED.test(path) ? data.length : gzipBytes(data));
const kindOf = (path: string) => /\.pf_fragment$/.test(path) ? "fragments" : /\.pf_index$/.test(path) ? "index chunks" : /\.pf_meta$/.test(path) ? "metadata" : /\.pf_filter$/.test(path) ? "filters" : /\.pagefind$/.test(path) ? "wasm" : "entry/js";

export async function searchTransfer(dist: string, queries: string[]): Promise<Transfer[]> {
  let log: { path: string; bytes: number }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (path.startsWith(dist) && existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
    const data = readFileSync(path);
    log.push({ path: url.pathname, bytes: wireBytes(path, data) });
    res.writeHead(200).end(data);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const moduleFile = join(dist, "pagefind", "pagefind.js");
  const ui = ["pagefind-ui.js", "pagefind-ui.css"].map((f) => join(dist, "pagefind", f)).filter(existsSync);
  const out: Transfer[] = [];
  try {
    for (const [n, query] of queries.entries()) {
      log = [];
      // A fresh module instance per query: nothing cached from the previous one, as on a first visit.
      const pagefind = (await import(`${pathToFileURL(moduleFile).href}?run=${n}`)) as PagefindApi;
      await pagefind.options({ basePath: `${origin}/pagefind/` });
      // As the search page does: the other date-band shards merged into the first (best match, weight 1).
      for (const shard of readShardsFile(dist)?.shards.slice(1) ?? []) await pagefind.mergeIndex(`${origin}/${shard.bundle}`, { indexWeight: 1 });
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
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
      });
    }
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
  return out;
}
