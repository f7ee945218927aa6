// One meeting (or report) as data: who came, what was discussed, what was decided. Layouts turn it
// into text; the generator knows every fact, which is what the expected-values sidecar records.
import type { Rng } from "./prng.ts";
import { TOPICS } from "./phrases.ts";
import { bullets, fill, paragraph, type TextContext } from "./text.ts";
import { type Committee, type Council, holderOf, membersOf, type Person } from "./world.ts";

export interface Day {
  y: number;
  m: number;
  d: number;
}

export type Body = { kind: "p"; text: string } | { kind: "list"; items: string[] };

export type ItemRole = "apologies" | "declarations" | "minutes" | "public" | "business" | "exempt";

export interface ItemModel {
  role: ItemRole;
  title: string;
  body: Body[];
  /** Decisions as "that"-clauses ("the report be noted"), for layouts that write "RESOLVED: That …". */
  resolutions: string[];
  /** The same decisions as verb phrases ("note the report"), for "The Committee agreed to …". */
  agreements: string[];
}

export interface Officer {
  person: Person;
  title: string;
}

export interface Meeting {
  council: Council;
  committee: Committee;
  date: Day;
  start: [number, number];
  end: [number, number];
  chair: Person;
  vice: Person | null;
  /** Present, chair first. */
  present: Person[];
  apologies: Person[];
  officers: Officer[];
  declaration: { person: Person; reason: string; item: number } | null;
  items: ItemModel[];
  next: Day;
  previous: Day;
  /** Characters of body text to aim for, so documents land in the samples' 15–30 KB. */
  target: number;
  ctx: TextContext;
}

const MS_DAY = 86_400_000;
export const toDate = (d: Day) => new Date(Date.UTC(d.y, d.m - 1, d.d));
export const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
export const addDays = (d: Day, n: number) => fromDate(new Date(toDate(d).getTime() + n * MS_DAY));
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** "14 January 2020" */
export const longDate = (d: Day) => `${d.d} ${MONTH_NAMES[d.m - 1]} ${d.y}`;
export const weekdayName = (d: Day) => WEEKDAYS[toDate(d).getUTCDay()]!;
/** "7.00 pm" with the given separator before am/pm. */
export function clock(t: [number, number], sep = " ", am = "am", pm = "pm"): string {
  const [h, m] = t;
  return `${h % 12 === 0 ? 12 : h % 12}.${String(m).padStart(2, "0")}${sep}${h < 12 ? am : pm}`;
}
export const iso = (d: Day) => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
/** A weekday between Monday and Thursday on or after the day. */
export function weekday(d: Day): Day {
  let day = d;
  while (![1, 2, 3, 4].includes(toDate(day).getUTCDay())) day = addDays(day, 1);
  return day;
}

const bodyWord = (name: string) => (/\bBoard\b/.test(name) ? "Board" : /\bPanel\b/.test(name) ? "Panel" : /^Cabinet$/.test(name) ? "Cabinet" : /Council$/.test(name) ? "Council" : "Committee");

const REASONS = [
  "as a governor of {school}", "as a foster carer", "as a member of the {place} Rowing Club", "as her daughter is employed by the Council",
  "as he lives near the application site", "as a trustee of a local charity", "as a parent of a pupil at {school}",
];

/** A business item on the topic; `used` keeps titles and decisions from repeating within a meeting. */
function businessItem(rng: Rng, topic: string, ctx: TextContext, used: Set<string>): ItemModel {
  const t = TOPICS[topic]!;
  const n = rng.chance(0.25) ? 0 : rng.int(1, 3);
  const fresh = t.resolutions.map((r, i) => [r, t.agreements[i % t.agreements.length]!] as const).filter(([r, a]) => !used.has(r) && !used.has(a));
  const picks = rng.sample(fresh, n);
  for (const [r, a] of picks) used.add(r).add(a);
  const titles = t.titles.filter((x) => !used.has(x));
  const title = rng.pick(titles.length ? titles : t.titles);
  used.add(title);
  return {
    role: "business",
    title: fill(title, ctx),
    body: [{ kind: "p", text: paragraph(topic, ctx) }],
    resolutions: picks.map(([r]) => fill(r, ctx)),
    agreements: picks.map(([, a]) => fill(a, ctx)),
  };
}

/** Adds discussion to business items in turn until the meeting's text target is reached. */
export function growBodies(items: ItemModel[], topicOf: (i: ItemModel) => string, ctx: TextContext, target: number): void {
  const business = items.filter((i) => i.role === "business");
  if (!business.length) return;
  const size = () => items.reduce((s, i) => s + i.body.reduce((t, b) => t + (b.kind === "p" ? b.text.length : b.items.join(" ").length), 0), 0);
  let k = 0;
  while (size() < target) {
    const item = business[k++ % business.length]!;
    const topic = topicOf(item);
    item.body.push(ctx.rng.chance(0.35) ? { kind: "list", items: bullets(topic, ctx) } : { kind: "p", text: paragraph(topic, ctx) });
  }
}

export function buildMeeting(rng: Rng, council: Council, committee: Committee, date: Day): Meeting {
  const members = membersOf(council, committee, date.y);
  const absent = members.length > 5 ? rng.int(0, 2) : 0;
  const apologies = absent ? members.slice(-absent) : [];
  const present = members.filter((p) => !apologies.includes(p));
  const officers = rng.sample(council.posts, rng.int(2, 4)).map((post) => ({ person: holderOf(post, date.y), title: post.title }));
  const ctx: TextContext = { rng, year: date.y, place: council.place, wards: council.wards, officers: officers.map((o) => o.title), body: bodyWord(committee.name) };
  const hour = council.layout === "parish" ? 19 : rng.pick([10, 10, 14, 18, 19]);
  const start: [number, number] = [hour, rng.pick([0, 0, 30])];
  const end: [number, number] = [hour + rng.int(1, 3), rng.pick([5, 10, 15, 25, 40, 45, 50])];
  const items: ItemModel[] = [
    { role: "apologies", title: "Apologies for absence", body: [], resolutions: [], agreements: [] },
    { role: "declarations", title: "Declarations of interest", body: [], resolutions: [], agreements: [] },
    {
      role: "minutes", title: "Minutes", body: [],
      resolutions: [], agreements: [],
    },
  ];
  if (rng.chance(0.3)) items.push({ role: "public", title: "Public participation", body: [{ kind: "p", text: "None." }], resolutions: [], agreements: [] });
  const count = rng.int(3, 6);
  const topics: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const topic = rng.pick(committee.topics);
    topics.push(topic);
    items.push(businessItem(rng, topic, ctx, used));
  }
  const seen = new Set<string>();
  for (const item of items) {
    // Two items with one title read oddly; number the repeat.
    while (seen.has(item.title)) item.title = `${item.title} (continued)`;
    seen.add(item.title);
  }
  if ((council.layout === "cms" || council.layout === "welsh") && rng.chance(0.15)) {
    items.push({
      role: "exempt", title: "Exclusion of the press and public", body: [],
      resolutions: ["under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act"],
      agreements: [],
    });
  }
  const target = rng.int(13_000, 27_000);
  const topicByItem = new Map(items.filter((i) => i.role === "business").map((item, k) => [item, topics[k]!]));
  growBodies(items, (i) => topicByItem.get(i)!, ctx, target);
  const declarant = present.length > 2 && rng.chance(0.35) ? present[rng.int(1, present.length - 1)]! : null;
  const firstBusiness = items.findIndex((i) => i.role === "business");
  return {
    council, committee, date, start, end,
    chair: present[0]!, vice: present.length > 4 && rng.chance(0.6) ? present[1]! : null,
    present, apologies, officers,
    declaration: declarant ? { person: declarant, reason: fill(rng.pick(REASONS), ctx), item: firstBusiness } : null,
    items,
    next: weekday(addDays(date, rng.int(28, 56))),
    previous: weekday(addDays(date, -rng.int(28, 56))),
    target, ctx,
  };
}
