// The synthetic corpus: N documents spread over the world's councils, committees and twenty years,
// each rendered in its council's house layout, with the facts the generator knows as its expected
// values. Document i depends only on (seed, i) and the documents before it (dates are kept unique per
// committee), so the first 100 documents of any larger corpus are the 100-document corpus.
import { hash32, streamFor } from "./prng.ts";
import { addDays, buildMeeting, type Day, iso, weekday } from "./meeting.ts";
import { buildWorld, FIRST_YEAR, LAST_YEAR, type World } from "./world.ts";
import type { Expected, Rendered } from "./layouts/common.ts";
import { renderCms } from "./layouts/cms.ts";
import { renderParish } from "./layouts/parish.ts";
import { renderWelsh } from "./layouts/welsh.ts";
import { renderScottish } from "./layouts/scottish.ts";
import { renderWorcestershire } from "./layouts/worcestershire.ts";
import { renderWalsall } from "./layouts/walsall.ts";
import { renderMarkdown } from "./layouts/markdown.ts";
import { renderDecision } from "./layouts/decision.ts";
import { renderReport } from "./layouts/report.ts";

export const DEFAULT_SEED = 20240601;
/** Bumped whenever the same seed would give different files, so cached corpora are not reused. */
export const GENERATOR_VERSION = 2;

export interface GeneratedDocument {
  /** Path under the corpus root, `/`-separated: `<council-slug>/<file>`. */
  path: string;
  text: string;
  expected: Expected;
}

export interface GeneratedFile {
  path: string;
  text: string;
}

const span = (Date.UTC(LAST_YEAR, 11, 31) - Date.UTC(FIRST_YEAR, 0, 1)) / 86_400_000;

/** Every document in order, then the folder metadata files. */
export function* generateCorpus(documents: number, seed = DEFAULT_SEED): Generator<GeneratedDocument> {
  const world: World = buildWorld(seed);
  const weighted = world.councils.flatMap((c) => Array.from({ length: c.committees.length }, () => c));
  const taken = new Set<string>();
  for (let i = 0; i < documents; i++) {
    const rng = streamFor(seed, `document ${i}`);
    const council = rng.pick(weighted);
    const committee = rng.pick(council.committees);
    const t = new Date(Date.UTC(FIRST_YEAR, 0, 1) + rng.int(0, span) * 86_400_000);
    let date: Day = weekday({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
    // One meeting per committee per day: a clash moves to the same weekday a week later.
    while (taken.has(`${council.slug}/${committee.slug}/${iso(date)}`)) date = weekday(addDays(date, 7));
    taken.add(`${council.slug}/${committee.slug}/${iso(date)}`);
    const meeting = buildMeeting(rng, council, committee, date);
    const hasDecisions = meeting.items.some((it) => it.role === "business" && it.resolutions.length);
    let rendered: Rendered;
    if (committee.reports && rng.chance(0.4)) rendered = renderReport(meeting);
    else if (committee.decisions && hasDecisions && rng.chance(0.3)) rendered = renderDecision(meeting, rng.int(3, 9));
    else {
      switch (council.layout) {
        case "cms": rendered = renderCms(meeting, rng.int(1, 400)); break;
        case "parish": rendered = renderParish(meeting, (date.m - 1) * 8 + 1); break;
        case "welsh": rendered = renderWelsh(meeting); break;
        case "scottish": rendered = renderScottish(meeting); break;
        case "worcestershire": rendered = renderWorcestershire(meeting, (date.y - FIRST_YEAR) * 70 + date.m * 5 + 100); break;
        case "walsall": rendered = renderWalsall(meeting, (date.m - 1) * 18 + rng.int(1, 15)); break;
        case "markdown": rendered = renderMarkdown(meeting, (date.y - FIRST_YEAR) * 70 + date.m * 5 + 100); break;
      }
    }
    const ext = council.layout === "markdown" ? "md" : "txt";
    const file = council.opaqueNames
      ? `${String(i).padStart(6, "0")}_${hash32(`${seed}/${i}`).toString(16).padStart(8, "0")}.${ext}`
      : `${committee.slug}-${iso(date)}${rendered.expected.type === "minutes" ? "" : `-${rendered.expected.type}`}.${ext}`;
    yield { path: `${council.slug}/${file}`, text: rendered.text, expected: { file, ...rendered.expected } };
  }
}

/** The `minutebook.json` files for the councils that carry one, among those the documents use. */
export function folderMetadata(paths: Iterable<string>, seed = DEFAULT_SEED): GeneratedFile[] {
  const used = new Set([...paths].map((p) => p.split("/")[0]!));
  return buildWorld(seed)
    .councils.filter((c) => c.metaFile && used.has(c.slug))
    .map((c) => ({ path: `${c.slug}/minutebook.json`, text: `${JSON.stringify({ council: c.name })}\n` }));
}
