// The invented world the synthetic documents describe: councils with a house style, their committees,
// councillors who serve for some years, and officers who hold a post for a while and then hand it on.
// Built once per seed, independent of how many documents are asked for, so a 100-document corpus is
// the first 100 documents of a 1,000-document one.
import { type Rng, streamFor } from "./prng.ts";

/** The layouts the parser reads (see tests/fixtures/layouts and content/sources). */
export type Layout = "cms" | "parish" | "welsh" | "scottish" | "worcestershire" | "walsall" | "markdown";
export type ReportStyle = "scrutiny-update" | "inquiry";

export interface Person {
  first: string;
  initials: string;
  surname: string;
  honorific: "Mr" | "Mrs" | "Ms" | "Dr";
  /** Years served, inclusive. */
  from: number;
  to: number;
}

export interface Post {
  title: string;
  /** Holders in turn; holder k serves from `changes[k]`. */
  holders: Person[];
  changes: number[];
}

export interface Committee {
  name: string;
  slug: string;
  size: number;
  /** Topics its items come from (keys of the phrase bank). */
  topics: string[];
  /** Cabinets also publish decision notices; select committees publish reports. */
  decisions: boolean;
  reports: ReportStyle | null;
}

export interface Council {
  /** The world's seed: membership draws are keyed by it. */
  seed: number;
  name: string;
  place: string;
  slug: string;
  layout: Layout;
  /** Whether its folder carries a minutebook.json naming it. */
  metaFile: boolean;
  /** Opaque file names like the samples' `003_1f49fae26ba8eadd.txt`, or readable ones. */
  opaqueNames: boolean;
  venue: string;
  wards: string[];
  committees: Committee[];
  councillors: Person[];
  posts: Post[];
}

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2024;

const PLACES = [
  "Northshire", "Harbourford", "Ashcombe", "Westmere", "Eastbridge", "Kingsholt", "Marlowe Vale", "Thornbury Cross",
  "Calderbrook", "Southwold Downs", "Redcastle", "Brackenfield", "Oakhampton", "Fenwick", "Ravensmoor", "Hollins",
  "Stanbridge", "Copperdale", "Wyvern", "Elmsworth", "Greystone", "Lindmouth", "Ambervale", "Carrickmoor",
  "Dunmere", "Kelderby", "Glenarden", "Strathloy", "Cwmderwen", "Aberteifion", "Llanfedw", "Pentrewyn",
  "Mossley Heath", "Birchover", "Wrexley", "Saltmarsh",
];
const FIRST_NAMES = {
  f: ["Jane", "Helen", "Sarah", "Anita", "Fiona", "Ailsa", "Morag", "Priya", "Emma", "Rachel", "Louise", "Claire", "Joanne", "Margaret", "Susan", "Karen", "Deborah", "Alison", "Nicola", "Ruth", "Catherine", "Gwen", "Eilidh", "Tracey", "Yasmin", "Bethan"],
  m: ["John", "Robert", "Colin", "Peter", "David", "Iain", "Hamish", "Calum", "Tom", "Steve", "Mark", "Andrew", "Paul", "Richard", "Gareth", "Rhys", "Simon", "Graham", "Kevin", "Martin", "Neil", "Imran", "Dafydd", "Alan", "Michael", "Stuart"],
};
const SURNAMES = [
  "Whitfield", "Okafor", "Brennan", "Hartley", "Quinn", "Devlin", "Pemberton", "Hale", "Shah", "Ward", "Marsh", "Dunne",
  "MacLeod", "Grant", "Robertson", "Munro", "Ross", "Kerr", "Fraser", "Scott", "Cassidy", "Martin", "Shires", "Jukes",
  "James", "Hughes", "Perry", "Rayner", "Collinson", "Reiter", "Fielding", "Oborski", "Potter", "Agar", "Dent", "Mackay",
  "Onslow", "Roberts", "Needham", "Russell", "Banks", "Chambers", "Allcott", "Daisley", "Jenkins", "Monk", "Eccleston",
  "Rook", "Bird", "Brittain", "Morris", "Dale", "Aston", "Chilver", "Dhillon", "Gomm", "Irwin", "Letheren", "Mallen",
  "Shaw", "Stuchbury", "Watson", "Wood", "Babb", "Moore", "Nowers", "Bowman", "Readman", "Allen", "Dodds", "Parkinson",
  "Tanner", "Symonds", "Reid", "Warren", "Forehead", "Davies", "Poole", "Scammell", "Sullivan", "Ashworth", "Nair",
  "Lloyd", "Byrne", "Foster", "Evans", "Price", "Pritchard", "Bevan", "Owen", "Griffiths", "Thomas", "Llewellyn",
  "Campbell", "Stewart", "Murray", "Henderson", "Patel", "Khan", "Begum", "Clarke", "Turner", "Holloway", "Ingram",
  "Bradshaw", "Fairclough", "Kettle", "Lowther", "Penrose", "Quarmby", "Sedgwick", "Thwaite", "Underwood", "Varley",
];
const WARD_SUFFIX = ["North", "South", "East", "West", "Central", "Rural", "Park", "Green", "Heath", "Valley"];

const slugify = (s: string) => s.toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function makePerson(rng: Rng, from: number, to: number): Person {
  const female = rng.chance(0.5);
  const first = rng.pick(female ? FIRST_NAMES.f : FIRST_NAMES.m);
  const second = rng.chance(0.4) ? rng.pick(female ? FIRST_NAMES.f : FIRST_NAMES.m) : null;
  return {
    first,
    initials: second ? `${first[0]} ${second[0]}` : first[0]!,
    surname: rng.pick(SURNAMES),
    honorific: rng.chance(0.08) ? "Dr" : female ? (rng.chance(0.5) ? "Mrs" : "Ms") : "Mr",
    from,
    to,
  };
}

const COMMITTEE_KINDS: { name: string; topics: string[]; decisions?: boolean; reports?: ReportStyle; weight: number }[] = [
  { name: "Cabinet", topics: ["budget", "children", "planning", "highways", "housing"], decisions: true, weight: 3 },
  { name: "Children and Families Overview and Scrutiny Panel", topics: ["children", "education"], weight: 3 },
  { name: "Children's and Young People Scrutiny and Performance Panel", topics: ["children", "education"], weight: 2 },
  { name: "Planning and Licensing Committee", topics: ["planning", "licensing"], weight: 3 },
  { name: "Planning and Regulatory Committee", topics: ["planning", "highways"], weight: 2 },
  { name: "Audit and Governance Committee", topics: ["audit", "budget"], weight: 2 },
  { name: "Health and Wellbeing Board", topics: ["health", "adults"], weight: 2 },
  { name: "Adult Social Care Scrutiny Panel", topics: ["adults", "health"], weight: 2 },
  { name: "Environment and Communities Overview and Scrutiny Committee", topics: ["environment", "highways"], weight: 2 },
  { name: "Corporate Parenting Board", topics: ["children"], weight: 1 },
  { name: "Children's Services Select Committee", topics: ["children", "education"], reports: "scrutiny-update", weight: 2 },
  { name: "Education, Skills and Children's Services Select Committee", topics: ["children", "education"], reports: "inquiry", weight: 2 },
  { name: "Communities and Housing Select Committee", topics: ["housing", "environment"], reports: "inquiry", weight: 1 },
];
const SCOTTISH_COMMITTEES = ["Education, Children and Families Committee", "Policy and Resources Committee", "Planning Committee", "Communities and Housing Committee"];

const POST_TITLES = [
  "Chief Executive", "Director of Children's Services", "Chief Financial Officer", "Head of Planning", "Head of Safeguarding",
  "Assistant Director for Early Help", "Director of Adult Social Care", "Head of Legal Services", "Democratic Services Officer",
  "Senior Planning Officer", "Head of Highways", "Director of Public Health", "Head of Internal Audit", "Overview and Scrutiny Officer",
  "Head of Housing", "Senior Finance Manager",
];

function layoutFor(rng: Rng, kind: string): Layout {
  if (kind === "Parish Council" || kind === "Town Council") return "parish";
  if (kind === "County Borough Council") return "welsh";
  if (kind === "Council") return "scottish";
  return rng.pick(["cms", "cms", "worcestershire", "walsall", "markdown"] as const);
}

function council(rng: Rng, seed: number, place: string, index: number): Council {
  const kind =
    index >= 24 && index < 28 ? "County Borough Council"
    : index >= 20 && index < 24 ? "Council"
    : index >= 30 ? rng.pick(["Parish Council", "Town Council"])
    : rng.pick(["County Council", "County Council", "Borough Council", "City Council", "District Council", "Metropolitan Borough Council"]);
  const name = `${place} ${kind}`;
  const layout = layoutFor(rng, kind);
  let committees: Committee[];
  if (layout === "parish") {
    committees = [{ name, slug: slugify(name), size: rng.int(6, 10), topics: ["parish"], decisions: false, reports: null }];
  } else if (layout === "scottish") {
    committees = rng.sample(SCOTTISH_COMMITTEES, 3).map((n) => ({
      name: n, slug: slugify(n), size: rng.int(7, 12), topics: n.startsWith("Education") ? ["children", "education"] : n.startsWith("Planning") ? ["planning"] : ["budget", "housing"],
      decisions: false, reports: null,
    }));
  } else if (layout === "welsh") {
    committees = ["Cabinet", "Education Scrutiny Committee", "Planning Committee"].map((n) => ({
      name: n, slug: slugify(n), size: rng.int(7, 10), topics: n === "Cabinet" ? ["budget", "children", "housing"] : n.startsWith("Education") ? ["education", "children"] : ["planning"],
      decisions: false, reports: null,
    }));
  } else {
    const pool = COMMITTEE_KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
    const chosen = new Map<string, (typeof COMMITTEE_KINDS)[number]>();
    while (chosen.size < rng.int(4, 7)) {
      const k = rng.pick(pool);
      chosen.set(k.name, k);
    }
    committees = [...chosen.values()].map((k) => ({
      name: k.name, slug: slugify(k.name), size: rng.int(7, 11), topics: k.topics,
      decisions: !!k.decisions && layout === "cms", reports: k.reports ?? null,
    }));
  }
  const councillors = Array.from({ length: layout === "parish" ? 18 : 70 }, () => {
    const from = rng.int(FIRST_YEAR - 8, LAST_YEAR - 2);
    return makePerson(rng, from, Math.min(LAST_YEAR + 4, from + rng.pick([3, 4, 4, 8, 8, 12, 16, 20])));
  });
  const posts = (layout === "parish" ? ["Clerk", "Responsible Financial Officer"] : rng.sample(POST_TITLES, 10)).map((title) => {
    const changes = [FIRST_YEAR - 3];
    while (changes[changes.length - 1]! < LAST_YEAR) changes.push(changes[changes.length - 1]! + rng.int(3, 9));
    return { title, changes, holders: changes.map((y) => makePerson(rng, y, y + 9)) };
  });
  const wards = rng.sample(WARD_SUFFIX, 4).map((s) => `${place.split(" ")[0]} ${s}`);
  const venue =
    layout === "parish" ? `the Village Hall, Church Lane, ${place}`
    : layout === "scottish" ? `the Council Chamber, ${place} House`
    : layout === "welsh" ? `Ty ${place.split(" ")[0]}, Heol y Cyngor`
    : rng.pick([`County Hall, ${place}`, `the Civic Centre, ${place}`, `the Council House`, `the Guildhall, ${place}`, `${place} Town Hall`]);
  return {
    seed, name, place, slug: slugify(name), layout,
    // Layouts whose header never names the council (Walsall, Worcestershire, markdown) always carry it in metadata.
    metaFile: layout === "walsall" || layout === "markdown" || layout === "worcestershire" || rng.chance(0.4),
    opaqueNames: rng.chance(0.5),
    venue, wards, committees, councillors, posts,
  };
}

export interface World {
  seed: number;
  councils: Council[];
}

export function buildWorld(seed: number): World {
  const rng = streamFor(seed, "world");
  const places = rng.sample(PLACES.slice(0, 20), 20).concat(PLACES.slice(20));
  return { seed, councils: places.map((p, i) => council(rng, seed, p, i)) };
}

/** Who holds a post in a year. */
export function holderOf(post: Post, year: number): Person {
  let k = 0;
  while (k + 1 < post.changes.length && post.changes[k + 1]! <= year) k++;
  return post.holders[k]!;
}

/** The committee's members in a year: councillors serving then, chosen per four-year term so the
 *  membership (and the chair, its first member) changes at each election and otherwise stays put. */
export function membersOf(c: Council, committee: Committee, year: number): Person[] {
  const term = Math.floor((year - 1) / 4);
  const serving = c.councillors.filter((p) => p.from <= year && p.to >= year);
  const rng = streamFor(c.seed, `members ${c.slug}/${committee.slug}/${term}`);
  const chosen = rng.sample(serving, committee.size);
  // One person per surname and initial keeps the parser's people stage honest about who is who.
  const seen = new Set<string>();
  return chosen.filter((p) => !seen.has(`${p.initials} ${p.surname}`) && seen.add(`${p.initials} ${p.surname}`));
}

export { slugify };
