// Personal names as committee papers write them: "Mr S M Mackay", "Councillor B. Cassidy",
// "Cllr Steve Mackay", "S. Rayner", "Ann Marie Dodds", "Mr T Baker-Price". Pure functions, no I/O.
// The resolve stage (resolve/people.ts) decides which names are one person; this module only reads
// the parts of one name, so that decision can compare initials and given names rather than strings.

/** One forename slot in the order written: a full given name ("Steve") or only its initial ("S"). */
export interface Forename {
  /** Upper-case initial letter. */
  initial: string;
  /** The full given name when written out, else null. */
  name: string | null;
}

export interface PersonName {
  /** The input, unchanged. */
  asWritten: string;
  /** Canonical honorific(s): "Mr", "Mrs", "Cllr", "Councillor", "Cllr Dr"…; null when none. */
  honorific: string | null;
  /** Full given names in order, e.g. ["Ann", "Marie"]. */
  given: string[];
  /** One initial per forename slot in order; a full given name contributes its first letter. */
  initials: string[];
  /** Surname as written (hyphens and inner capitals kept: "Baker-Price", "MacPherson"); "" if none. */
  surname: string;
  /** Readable form without honorific ("S M Mackay", "Steve Mackay"); a bare surname keeps its honorific ("Mr Rayner"). */
  display: string;
  /** The forename slots in order: how `given` and `initials` line up. */
  forenames: Forename[];
  /** "Snr"/"Jnr" written after the name: father and son share every other part of it. */
  generation?: "senior" | "junior" | null;
}

// Lower-cased honorific (without a full stop) → canonical spelling.
const HONORIFICS: ReadonlyMap<string, string> = new Map([
  ["mr", "Mr"], ["mrs", "Mrs"], ["ms", "Ms"], ["miss", "Miss"], ["mx", "Mx"],
  ["dr", "Dr"], ["doctor", "Dr"], ["prof", "Professor"], ["professor", "Professor"],
  ["cllr", "Cllr"], ["councillor", "Councillor"], ["councilor", "Councillor"], ["alderman", "Alderman"],
  ["sir", "Sir"], ["dame", "Dame"], ["lord", "Lord"], ["lady", "Lady"], ["baroness", "Baroness"], ["baron", "Baron"],
  ["rev", "Rev"], ["revd", "Revd"], ["reverend", "Reverend"], ["canon", "Canon"], ["father", "Father"],
  ["rt", "Rt"], ["hon", "Hon"], ["right", "Right"], ["honourable", "Honourable"],
  ["bailie", "Bailie"], ["provost", "Provost"], ["cynghorydd", "Cynghorydd"],
  ["inspector", "Inspector"], ["sergeant", "Sergeant"], ["pcso", "PCSO"], ["pc", "PC"],
]);

// The tier of council written before "Councillor"/"Cllr" ("District Cllr Jim Brown").
const COUNCIL_TIERS = new Set(["county", "district", "borough", "parish", "town", "city"]);

// Plural honorifics that introduce a list ("Councillors A, B and C") → the singular each name takes.
const PLURAL_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ["councillors", "Councillor"], ["cllrs", "Cllr"], ["messrs", "Mr"], ["mesdames", "Mrs"],
  ["drs", "Dr"], ["aldermen", "Alderman"], ["professors", "Professor"],
]);

// Titles that are never surnames on their own.
const PLAIN_TITLES = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor"]);

const MALE = new Set(["Mr", "Sir", "Lord", "Baron", "Father"]);
const FEMALE = new Set(["Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"]);

// Surname particles that belong to the surname when they precede it ("de Silva", "van der Berg").
const PARTICLES = new Set(["de", "da", "di", "del", "della", "des", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "st", "st."]);

// Post-nominal letters and generational suffixes, never part of the surname.
const POST_NOMINAL = /^(?:OBE|MBE|CBE|KBE|DBE|BEM|JP|MP|MEP|MSP|AM|QC|KC|DL|QPM|FRS|PhD|Jr|Jnr|Snr|Sr)\.?$/;

/** Gender implied by an honorific, used only to tell "Mr J Smith" from "Mrs J Smith". */
export function honorificGender(honorific: string | null): "male" | "female" | null {
  if (honorific === null) return null;
  for (const part of honorific.split(" ")) {
    if (MALE.has(part)) return "male";
    if (FEMALE.has(part)) return "female";
  }
  return null;
}

function honorificOf(token: string): string | null {
  return HONORIFICS.get(token.replace(/\.$/, "").toLowerCase()) ?? null;
}

function pluralHonorificOf(token: string): string | null {
  return PLURAL_HONORIFICS.get(token.replace(/\.$/, "").toLowerCase()) ?? null;
}

function isUpper(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "BAKER-PRICE" → "Baker-Price", "O'BRIEN" → "O'Brien". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Drops what callers usually strip but sometimes leave: "(Chairman)", ", Cabinet Member …", " - Children's Services". */
function coreOf(asWritten: string): string {
  let text = asWritten.normalize("NFKC").replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
  for (;;) {
    const stripped = text.replace(/\s*\([^()]*\)\s*$/, "");
    if (stripped === text) break;
    text = stripped;
  }
  text = text.split(/\s*,\s*|\s+[-–—]\s+/)[0] ?? "";
  // "S.M.Mackay" → "S. M. Mackay"
  text = text.replace(/\.(?=\p{L})/gu, ". ");
  return text.replace(/^[\s.,;:]+|[\s,;:]+$/g, "");
}

/**
 * Reads one personal name as written. Robust to honorifics with or without stops, initials with or
 * without stops ("S M", "S.M.", "S. M."), full and double given names, hyphenated and particle
 * surnames, all-capitals headings, and a trailing "(Chairman)" or ", Cabinet Member …" left on.
 */
export function parsePersonName(asWritten: string): PersonName {
  const tokens = coreOf(asWritten).split(" ").filter((t) => t.length > 0);
  const allCaps = isUpper(tokens.join(""));

  const honorifics: string[] = [];
  if (tokens.length > 1 && tokens[0]?.toLowerCase() === "the" && honorificOf(tokens[1] ?? "")) tokens.shift();
  while (tokens.length > 0) {
    const first = tokens[0] ?? "";
    const tierOf = honorificOf(tokens[1] ?? "");
    if (COUNCIL_TIERS.has(first.toLowerCase()) && (tierOf === "Councillor" || tierOf === "Cllr") && tokens.length > 2) {
      tokens.splice(0, 2);
      honorifics.push(`${titleCase(first)} ${tierOf}`);
      continue;
    }
    const h = honorificOf(first) ?? pluralHonorificOf(first);
    if (h === null) break;
    // A lone word is a surname even when it could be a title ("Lord", "Canon", "Baron").
    if (tokens.length === 1 && honorifics.length === 0 && !PLAIN_TITLES.has(h)) break;
    honorifics.push(h);
    tokens.shift();
  }
  let generation: "senior" | "junior" | null = null;
  while (tokens.length > 1 && POST_NOMINAL.test(tokens[tokens.length - 1] ?? "")) {
    const last = (tokens.pop() ?? "").replace(/\.$/, "").toLowerCase();
    if (last === "snr" || last === "sr") generation = "senior";
    if (last === "jnr" || last === "jr") generation = "junior";
  }

  const honorific = honorifics.length > 0 ? honorifics.join(" ") : null;
  if (tokens.length === 0) {
    return { asWritten, honorific, given: [], initials: [], surname: "", display: asWritten.trim(), forenames: [] };
  }

  // "Harper M", "Nolan B. J.": a surname written first, its initials after it (some councils' lists).
  if (tokens.length >= 2 && tokens.length <= 4 && /^\p{Lu}[\p{L}'-]*\p{Ll}$/u.test(tokens[0] ?? "") && tokens.slice(1).every((t) => /^\p{Lu}\.?$/u.test(t)))
    tokens.push(tokens.shift()!);
  // Surname: the last word, with any particles written before it.
  let start = tokens.length - 1;
  while (start > 0) {
    const prev = tokens[start - 1] ?? "";
    const isParticle = PARTICLES.has(prev.toLowerCase());
    if (!isParticle) break;
    if (start - 1 === 0 && honorific === null && prev !== prev.toLowerCase()) break; // "Van Morrison"
    start--;
  }
  let surname = tokens.slice(start).join(" ").replace(/\.$/, "");
  if (surname.length > 1 && isUpper(surname)) surname = titleCase(surname);

  const forenames: Forename[] = [];
  for (const raw of tokens.slice(0, start)) {
    const token = raw.replace(/[.,]+$/, "");
    if (token.length === 0) continue;
    const dotted = /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(raw) || /^\p{Lu}\.$/u.test(raw);
    const hyphenInitials = /^\p{Lu}(?:-\p{Lu})+$/u.test(token);
    const bareInitials = /^\p{Lu}{1,3}$/u.test(token) && (!allCaps || token.length === 1);
    if (dotted || hyphenInitials || bareInitials) {
      for (const ch of token.replace(/[.-]/g, "")) forenames.push({ initial: ch, name: null });
      continue;
    }
    const name = allCaps || (token.length > 1 && isUpper(token)) ? titleCase(token) : token;
    forenames.push({ initial: (name[0] ?? "").toUpperCase(), name });
  }

  const given = forenames.flatMap((f) => (f.name === null ? [] : [f.name]));
  const initials = forenames.map((f) => f.initial);
  const display = forenames.length > 0
    ? [...forenames.map((f) => f.name ?? f.initial), surname].join(" ")
    : [honorific, surname].filter((p) => p !== null && p !== "").join(" ");
  return { asWritten, honorific, given, initials, surname, display, forenames, generation };
}

// Words that mark a role or body rather than a person ("the Chairman", "Head of Safeguarding").
const NOT_A_NAME = /\b(?:the|of|for|and|with|chair|chairman|chairwoman|chairperson|vice|director|member|members|officer|officers|manager|representative|committee|council|panel|head|leader|cabinet|partnership|services|service|board|group|team|clerk|secretary|executive|adviser|advisor|lead|portfolio|holder|panel|governance|county|borough|district|church|school|schools|sector|none|all)\b/i;

/** True when the parse looks like a person's name rather than a role, a body or a stray phrase. */
export function isPersonName(name: PersonName): boolean {
  if (name.surname === "" || !/^\p{Lu}/u.test(name.surname.replace(/^(?:de|da|di|del|della|des|du|la|le|van|von|der|den|ter|ten|st\.?)\s+/i, ""))) return false;
  const words = [...name.forenames.map((f) => f.name ?? f.initial), ...name.surname.split(" ")];
  if (words.length > 5) return false;
  if (words.some((w) => NOT_A_NAME.test(w))) return false;
  return name.forenames.every((f) => f.name === null || /^\p{Lu}/u.test(f.name));
}

/**
 * Splits a written list of names into one name each, distributing a plural honorific:
 * "Councillors Nathan Desmond, Tony Muir and Tim Reid" →
 * ["Councillor Nathan Desmond", "Councillor Tony Muir", "Councillor Tim Reid"].
 * Splits on commas, semicolons, "and" and "&" outside parentheses, so "(Chairman)" stays with its
 * name. Meant for plain lists: a ", Cabinet Member with …" title would be split off as an entry too.
 * "Mr and Mrs Smith" gives "Mr Smith" and "Mrs Smith".
 */
export function splitNameList(text: string): string[] {
  const flat = text.replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "");
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i] ?? "";
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (ch === "," || ch === ";") {
        parts.push(current);
        current = "";
        continue;
      }
      const rest = flat.slice(i);
      const joiner = /^ (?:and|&) /i.exec(rest);
      if (joiner) {
        parts.push(current);
        current = "";
        i += joiner[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  parts.push(current);
  let names = parts.map((p) => p.trim().replace(/^(?:and|&)\s+/i, "")).filter((p) => p.length > 0);

  // A plural honorific at the head of the list applies to every name without its own.
  let shared: string | null = null;
  const head = names[0]?.split(" ") ?? [];
  const plural = pluralHonorificOf(head[0] ?? "");
  if (plural !== null && names.length > 0) {
    shared = plural;
    names[0] = head.slice(1).join(" ");
  }
  names = names.map((n) => {
    if (shared === null || n === "") return n;
    const firstWord = n.split(" ")[0] ?? "";
    return honorificOf(firstWord) !== null || pluralHonorificOf(firstWord) !== null ? n : `${shared} ${n}`;
  });

  // "Mr and Mrs Smith": a bare honorific borrows the surname of the name that follows.
  return names.flatMap((n, i) => {
    if (n === "") return [];
    if (n.split(" ").every((w) => honorificOf(w) !== null)) {
      const next = names[i + 1];
      if (next === undefined) return [];
      const surname = parsePersonName(next).surname;
      return surname === "" ? [] : [`${n} ${surname}`];
    }
    return [n];
  });
}
