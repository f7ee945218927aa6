// What the build produced: pages, dist/ size, and the weight of a median meeting page (its HTML and
// the stylesheets it links), raw and gzip-compressed as a host would serve them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface SiteFigures {
  pages: number;
  files: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  medianMeeting: { id: string; htmlBytes: number; cssBytes: number; htmlGzip: number; cssGzip: number; scripts: number } | null;
}

export const gzipBytes = (data: Uint8Array) => gzipSync(data).length;

export function measureSite(dist: string, documents: { id: string; type: string }[]): SiteFigures {
  let pages = 0;
  let files = 0;
  let distBytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  for (const rel of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
    const st = statSync(join(dist, rel));
    if (!st.isFile()) continue;
    files++;
    distBytes += st.size;
    if (rel.endsWith("index.html")) pages++;
    if (rel.startsWith("pagefind/")) {
      pagefindBytes += st.size;
      pagefindFiles++;
    }
  }
  const meetings = documents
    .filter((d) => d.type === "minutes")
    .map((d) => ({ id: d.id, bytes: statSync(join(dist, d.id, "index.html"), { throwIfNoEntry: false })?.size ?? -1 }))
    .filter((d) => d.bytes >= 0)
    .sort((a, b) => a.bytes - b.bytes || (a.id < b.id ? -1 : 1));
  let medianMeeting: SiteFigures["medianMeeting"] = null;
  if (meetings.length) {
    const median = meetings[Math.floor((meetings.length - 1) / 2)]!;
    const html = readFileSync(join(dist, median.id, "index.html"));
    const text = html.toString("utf8");
    const sheets = [...new Set([...text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)].map((m) => /href="?([^"\s>]+)/.exec(m[0])?.[1]).filter((h): h is string => !!h && h.startsWith("/")))];
    const css = sheets.map((href) => readFileSync(join(dist, href.split(/[?#]/)[0]!)));
    const scripts = [...text.matchAll(/<script\b(?![^>]*type="application\/(?:ld\+)?json")/g)].length;
    medianMeeting = {
      id: median.id,
      htmlBytes: html.length,
      cssBytes: css.reduce((s, b) => s + b.length, 0),
      htmlGzip: gzipBytes(html),
      cssGzip: css.reduce((s, b) => s + gzipBytes(b), 0),
      scripts,
    };
  }
  return { pages, files, distBytes, pagefindBytes, pagefindFiles, medianMeeting };
}
