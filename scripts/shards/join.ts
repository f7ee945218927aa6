// The join (docs/scaling.md, "The hub"): shards built on separate machines → one site with one search,
// at the URLs a one-machine build of the same sources gives.
//
// A shard's output is its dist/ and its content collection (records, summaries, archive). What is under
// /<council>/ and /people/<id>/ depends only on that council's documents (ids, people and renames are
// resolved within a council), so it is taken from the shards as built. Pages and files that list
// across the archive are the hub's: the hub rebuilds the archive index (people, committees, councils,
// topics, registers) from the union of the shards' published records — no source is parsed again —
// and renders only the pages across the archive from it (src/lib/page-selection.ts with no document
// and no person selected), then the open data across the archive, the bulk download, the sitemap, the
// redirects, the URL manifest and its check against the site's release, and one search index over
// every shard's document pages in date bands, which the search page merges with Pagefind's
// `mergeIndex` as on one machine (search-index.ts).
//
// A path two shards both wrote that the hub does not own must be the same bytes in both (the hashed
// assets of the same code); otherwise the join fails naming it. The join moves the shards' files
// into the joined site: its inputs are used up.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { PublishedDocument } from "../../src/schema/record.ts";
import { searchShardSize } from "../../src/lib/search.ts";
import { ENTITY_FOLDERS, RECORDS_FOLDER } from "../../src/lib/records.ts";
import type { PersonEntity } from "../../src/schema/archive.ts";
import { siteUrl, type SitePaths } from "../cli/paths.ts";
import { renderSite } from "../pipeline/render.ts";
import { ARCHIVE_FILES, ARCHIVE_FOLDER, writeArchive } from "../pipeline/emit/archive.ts";
import { BULK_DATA_PATH, writeJsonLines } from "../pipeline/emit/bulk-data.ts";
import { DOCUMENTS_FOLDER } from "../pipeline/emit/collection.ts";
import { writeOpenData } from "../pipeline/emit/open-data.ts";
import { joinParts } from "../pipeline/emit/partial-site.ts";
import { buildSearchIndex } from "../pipeline/emit/search-index.ts";
import { brokenPromises, readManifest } from "../pipeline/emit/url-manifest.ts";
import { settlePermanentUrls } from "../pipeline/emit/permanent-urls.ts";
import { CollectionWriter } from "../pipeline/emit/writer.ts";
import { buildArchive } from "../pipeline/resolve/archive.ts";
import type { PersonSummary } from "../pipeline/resolve/people.ts";
import { candidateTopics, loadTopics } from "../pipeline/resolve/topics.ts";
import { loadCommitteeRenames } from "../pipeline/resolve/committees.ts";
import { findCollisions } from "./collisions.ts";
import { oneMachinePaths, type ShardsPlan } from "./plan.ts";

/** A shard's build as the join reads it: `<folder>/dist` and `<folder>/collection`. */
export interface ShardOutput {
  name: string;
  dist: string;
  collection: string;
}

export const shardOutput = (folder: string, name: string): ShardOutput => ({ name, dist: join(folder, "dist"), collection: join(folder, "collection") });

/** Written by every shard for its own councils only, and by the join (after the hub) for the whole site. */
const JOIN_WRITES = [/^pagefind\//, /^search\/(?!index\.html$)/, /^url-manifest\.json$/, /^build-report\.json$/, /^_redirects$/, /^sitemap(?:-\d+)?\.xml$/];

export interface JoinResult {
  documents: number;
  pages: number;
  /** Site-relative paths that two or more shards wrote with the same bytes (kept once). */
  shared: number;
  hubPages: number;
  brokenUrls: string[];
  search: { pages: number; shards: number };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort();

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/**
 * The hub's collection: every shard's document summaries and records side by side (ids are under their
 * council, so two shards never write the same one), and the archive index of all of them.
 */
function hubCollection(shards: readonly ShardOutput[], dir: string, paths: SitePaths): PublishedDocument[] {
  const owner = new Map<string, string>();
  const records: PublishedDocument[] = [];
  const people: PersonSummary[] = [];
  for (const shard of shards) {
    for (const folder of [DOCUMENTS_FOLDER, RECORDS_FOLDER]) {
      const from = join(shard.collection, folder);
      if (!existsSync(from)) throw new Error(`${shard.name}: ${from} is missing: not the collection of a finished build`);
      for (const file of filesUnder(from)) {
        const key = `${folder}/${file}`;
        const before = owner.get(key);
        if (before) throw new Error(`${key} is in both ${before} and ${shard.name}: a council must be in one shard only`);
        owner.set(key, shard.name);
        cpSync(join(from, file), join(dir, folder, file));
        if (folder === RECORDS_FOLDER) records.push(readJson<PublishedDocument>(join(from, file)));
      }
    }
    // The people stage's summaries, as the shard resolved them (within its councils): the hub keeps
    // each person's id, preferred name and overrides' party, ward and notes.
    for (const { id } of readJson<{ id: string }[]>(join(shard.collection, ARCHIVE_FOLDER, ARCHIVE_FILES.people))) {
      const p = readJson<PersonEntity>(join(shard.collection, ARCHIVE_FOLDER, ENTITY_FOLDERS.people, `${id}.json`));
      people.push({ id: p.id, name: p.name, namesAsWritten: p.namesAsWritten, councils: p.councils.map((c) => c.slug), documents: [], party: p.party, ward: p.ward, notes: p.notes });
    }
  }
  const archive = buildArchive(records, { people, topics: loadTopics(paths.topics), committeeRenames: loadCommitteeRenames(paths.committeeRenames) });
  writeArchive(new CollectionWriter(dir), archive);
  return records;
}

/**
 * Fails naming every path two shards wrote with different bytes that neither the hub nor the join
 * writes for the whole site. Returns how many paths were written by several shards alike.
 */
export function checkCollisions(shards: readonly ShardOutput[], hubFiles: ReadonlySet<string>): number {
  const listed = shards.map((s) => filesUnder(s.dist).filter((f) => !hubFiles.has(f) && !JOIN_WRITES.some((re) => re.test(f))));
  const count = new Map<string, number>();
  for (const files of listed) for (const f of files) count.set(f, (count.get(f) ?? 0) + 1);
  // Only paths in two or more shards are hashed: the rest cannot collide.
  const outputs = listed.map((files, n) => new Map(files.filter((f) => count.get(f)! > 1).map((f) => [`/${f}`, sha256(join(shards[n]!.dist, f))])));
  const collisions = findCollisions(outputs);
  const different = collisions.filter((c) => !c.identical);
  if (different.length) {
    const named = different.map((c) => `${c.path} (${c.shards.map((n) => shards[n]!.name).join(", ")})`);
    throw new Error(`${different.length} path(s) written differently by two shards, which the hub does not write: ${named.slice(0, 20).join("; ")}${named.length > 20 ? "; …" : ""}`);
  }
  return collisions.length;
}

export interface JoinOptions {
  /** The working directory the plan's sources folder is relative to (a checkout's root). */
  cwd?: string;
  log?: (line: string) => void;
}

export async function joinShards(plan: ShardsPlan, shards: readonly ShardOutput[], out: string, options: JoinOptions = {}): Promise<JoinResult> {
  const log = options.log ?? (() => {});
  const names = new Set(shards.map((s) => s.name));
  const missing = plan.shards.filter((s) => !names.has(s.name)).map((s) => s.name);
  if (missing.length) throw new Error(`no output for ${missing.join(", ")}: every shard of the plan must be built before the join`);
  for (const shard of shards) if (!existsSync(join(shard.dist, "index.html"))) throw new Error(`${shard.name}: ${shard.dist} is not a built site`);
  // The site-wide control files, as a one-machine build of the plan's sources reads them.
  const paths = oneMachinePaths(resolve(options.cwd ?? process.cwd(), plan.sources));
  const site = siteUrl();
  // What each shard's own build reported, read before its files move into the joined site.
  const ids = new Map<string, string>();
  const reports: BuildReport[] = [];
  for (const shard of shards) {
    const manifest = readManifest(join(shard.dist, "url-manifest.json"));
    if (!manifest) throw new Error(`${shard.name}: no url-manifest.json in ${shard.dist}`);
    for (const [path, id] of Object.entries(manifest.documents)) ids.set(path, id);
    reports.push(readJson<BuildReport>(join(shard.dist, "build-report.json")));
  }
  // Beside the joined site, not in the system's temporary folder: the hub's files are moved into the
  // site, and a move across file systems (a runner's /tmp and its workspace can be two) would fail.
  mkdirSync(dirname(out), { recursive: true });
  const work = mkdtempSync(join(dirname(out), ".minutebook-hub-"));
  try {
    const collection = join(work, "collection");
    const hubDist = join(work, "dist");
    const records = hubCollection(shards, collection, paths);
    log(`join: hub archive of ${records.length} documents from ${shards.length} shards`);
    await renderSite(collection, hubDist, { documents: [], people: [] });
    // The open data across the archive (committees, topics, the site feed) and the bulk download.
    writeOpenData(collection, hubDist, { selection: { documents: new Set(), people: new Set() } });
    writeJsonLines(join(hubDist, BULK_DATA_PATH), collection, records.map((d) => d.id));
    const hubFiles = new Set(filesUnder(hubDist));
    log(`join: hub rendered ${hubFiles.size} files across the archive`);
    const shared = checkCollisions(shards, hubFiles);
    // The shards' search bundles index their own councils only; the join indexes every shard's pages.
    for (const shard of shards) for (const folder of ["pagefind", "search"]) rmSync(join(shard.dist, folder), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The hub's files first: a path the hub wrote is the hub's. The sitemap lists every part's pages.
    joinParts([hubDist, ...shards.map((s) => s.dist)], out, site);

    // Permanent URLs over the joined site: the same sequence as a full build (emit/permanent-urls.ts).
    const released = readManifest(paths.publishedUrls);
    const { redirects, manifest } = settlePermanentUrls({ distDir: out, released, ids, redirectsFile: paths.redirects, site });
    writeFileSync(join(out, "url-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const brokenUrls = released ? brokenPromises(released, manifest) : [];

    const search = await buildSearchIndex(out, records, { shardSize: searchShardSize() });
    log(`join: one search index of ${search.pages} document pages in ${search.shards} date band(s)`);

    writeFileSync(join(out, "build-report.json"), `${JSON.stringify(joinedReport(reports, records, paths.topics, manifest, search.pages, redirects, brokenUrls), null, 2)}\n`);
    return { documents: records.length, pages: Object.keys(manifest.pages).length, shared, hubPages: hubFiles.size, brokenUrls, search };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface BuildReport {
  sources: number;
  documents: number;
  skipped: number;
  /** As formatProblem (scripts/cli/report.ts) prints them: `<severity>: <file>[:<line>]: <message>`. */
  problems: string[];
  pageCoverageProblems: unknown[];
}

/** The source file a printed problem is about. */
export const problemFile = (printed: string): string => printed.replace(/^(?:error|warning): /, "").split(":")[0]!;

/**
 * build-report.json of the joined site: the shards' counts added up, the candidate topics over every
 * record, and the shards' problems in source-file order, each file's in the order its shard found
 * them — the order of a one-machine build, which reports each stage's problems file by file (except
 * that it lists the problems of discovering the sources before all others).
 */
function joinedReport(
  reports: readonly BuildReport[],
  records: readonly PublishedDocument[],
  topicsPath: string,
  manifest: { pages: Record<string, unknown> },
  pagesIndexed: number,
  redirects: Record<string, string>,
  brokenUrls: string[],
) {
  const sum = (key: "sources" | "documents" | "skipped") => reports.reduce((n, r) => n + r[key], 0);
  // Array.prototype.sort is stable: a file's problems keep their order.
  const byFile = (a: string, b: string) => (problemFile(a) < problemFile(b) ? -1 : problemFile(a) > problemFile(b) ? 1 : 0);
  return {
    sources: sum("sources"),
    documents: sum("documents"),
    skipped: sum("skipped"),
    pages: Object.keys(manifest.pages).length,
    pagesIndexed,
    redirects: Object.keys(redirects).length,
    brokenUrls,
    suggestedTopics: candidateTopics(
      records.map((d) => ({ id: d.id, texts: d.items.flatMap((i) => [i.title, ...i.paragraphs.map((p) => p.text)]) })),
      loadTopics(topicsPath),
    ),
    problems: reports.flatMap((r) => r.problems).sort(byFile),
    pageCoverageProblems: reports.flatMap((r) => r.pageCoverageProblems),
  };
}
