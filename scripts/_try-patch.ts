// temporary experiment: patch vs full on a band of the 1000 site
import * as pagefind from "pagefind";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { indexShard } from "./pipeline/emit/search-shard.ts";
import { patchBand } from "./pipeline/emit/search-patch.ts";

const [site, bandName, mode] = process.argv.slice(2) as [string, string, string];
const shards = JSON.parse(readFileSync(join(site, "search/shards.json"), "utf8")).shards as { bundle: string; documents: string[] }[];
const band = shards.find((s) => s.bundle === bandName)!;
const work = "/tmp/s10search/try";
rmSync(work, { recursive: true, force: true });
const a = join(work, "a"), b = join(work, "b");
let after = [...band.documents];
const changed = new Set<string>();
for (const dist of [a, b]) {
  for (const id of band.documents) { mkdirSync(join(dist, id), { recursive: true }); cpSync(join(site, id, "index.html"), join(dist, id, "index.html")); }
  cpSync(join(site, band.bundle), join(dist, band.bundle), { recursive: true });
}
const target = band.documents[Math.floor(band.documents.length / 2)]!;
if (mode === "change") {
  changed.add(target);
  for (const dist of [a, b]) {
    const p = join(dist, target, "index.html");
    writeFileSync(p, readFileSync(p, "utf8").replace("</article>", "<p>The committee noted the update with thanks zebraword.</p></article>"));
  }
} else if (mode === "add") {
  const id = target + "-added";
  after.splice(after.indexOf(target) + 1, 0, id);
  changed.add(id);
  for (const dist of [a, b]) {
    mkdirSync(join(dist, id), { recursive: true });
    writeFileSync(join(dist, id, "index.html"), readFileSync(join(dist, target, "index.html"), "utf8").replace("</article>", "<p>An added page zebraword.</p></article>"));
  }
}
let t = process.hrtime.bigint(); let c = process.cpuUsage();
const outcome = await patchBand({ distDir: a, bundle: band.bundle, before: band.documents, after, changed, sortKey: (id) => { const m = readFileSync(join(a, id, "index.html"), "utf8").match(/data-pagefind-sort="date:([^"]*)"/); return m![1]!; } });
await pagefind.close();
const cu = process.cpuUsage(c);
console.log("patch", outcome, Number(process.hrtime.bigint() - t) / 1e6, "ms wall", (cu.user + cu.system) / 1000, "ms cpu (node)");
if (process.env.PATCH_ONLY) process.exit(0);
t = process.hrtime.bigint(); c = process.cpuUsage();
await indexShard(b, band.bundle, after);
const cu2 = process.cpuUsage(c);
console.log("full", Number(process.hrtime.bigint() - t) / 1e6, "ms wall", (cu2.user + cu2.system) / 1000, "ms cpu (node)");
const list = (d: string) => (readdirSync(d, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => !f.endsWith("/") && !["index", "filter", "fragment"].includes(f)).sort();
const la = list(join(a, band.bundle)), lb = list(join(b, band.bundle));
const onlyA = la.filter((f) => !lb.includes(f)), onlyB = lb.filter((f) => !la.includes(f));
const differ = la.filter((f) => lb.includes(f) && !readFileSync(join(a, band.bundle, f)).equals(readFileSync(join(b, band.bundle, f))));
console.log({ files: la.length, onlyA, onlyB, differ });
