// Person names as councils print them: "Mrs F M Oborski", "Councillor B. Cassidy", "Cllr Steve
// Mackay", "Hannah Needham", "S. Rayner". Recognition is by shape (honorific, initials, capitalised
// words), never by a list of known people.

/**
 * Words written before a person's name that are not part of it, as regular-expression sources
 * (tests read this table). Personal honorifics; the offices a councillor is styled by, in English and
 * Welsh ("Y Cynghorydd", plural "Y Cynghorwyr"), in Scotland ("Bailie", "Provost") and Northern
 * Ireland ("Alderman"); the tier written before "Councillor"/"Cllr" ("County Cllr", "District
 * Councillor"); clergy ("The Reverend Canon"); police ranks that stand before a name.
 */
export const HONORIFICS: readonly string[] = [
  "(?:County|District|Borough|Parish|Town|City)\\s+(?:Councillors?|Cllrs?\\.?)",
  "(?:Y\\s+)?Cynghorydd", "(?:Y\\s+)?Cynghorwyr",
  "Councillors?", "Cllrs?\\.?",
  "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof(?:essor)?", "Sir", "Dame", "Lord", "Lady",
  "(?:The\\s+)?Rev(?:erend|d)?(?:\\s+Canon)?", "Canon", "Father",
  "Alderman", "Aldermen", "Ald\\.?", "Baroness", "Baron", "Bailie", "Provost",
  "Inspector", "Sergeant", "PCSO", "PC",
];
/**
 * The honorifics above that are offices rather than styles: a police rank is the job the person holds
 * ("PCSO Dan Mortimer", "Inspector Rachel Akers"), so in an attendance list it is their title, and
 * their name is what follows it. A councillor's "Cllr" stays with the name as written.
 */
const OFFICE_BEFORE_NAME_RX = /^((?:Chief\s+|Detective\s+)?(?:Inspector|Sergeant|Superintendent|Constable|PCSO|PC))\.?\s+(?=\p{Lu})/u;

/** "PCSO Dan Mortimer" → { name: "Dan Mortimer", office: "PCSO" }; a name without such an office is returned as it is. */
export function officeBeforeName(name: string): { name: string; office: string | null } {
  const m = OFFICE_BEFORE_NAME_RX.exec(name);
  if (!m || !looksLikeName(name.slice(m[0].length))) return { name, office: null };
  return { name: name.slice(m[0].length), office: m[1]! };
}

/** Plural forms that open a list of names sharing them ("Councillors Adebayo, Brennan and Cole"). */
export const PLURAL_HONORIFIC = "(?:(?:County|District|Borough|Parish|Town|City)\\s+)?(?:Councillors|Cllrs\\.?|Aldermen|(?:Y\\s+)?Cynghorwyr)";
export const HONORIFIC = `(?:${HONORIFICS.join("|")})`;
export const HONORIFIC_RX = new RegExp(`^${HONORIFIC}\\.?(?=\\s)`);

/** Words that make a phrase a job title or body rather than a person. */
const TITLE_WORDS = new Set(
  (
    "director directors officer officers manager managers head chief member members council councils services service " +
    "representative representatives chair chairman chairwoman chairperson cabinet assistant executive leader deputy clerk adviser advisor " +
    "group partnership children childrens children's education committee panel board team principal lead senior interim " +
    "portfolio holder secretary treasurer solicitor lawyer accountant finance financial democratic governance scrutiny " +
    "policy support strategic commissioner inspector police health social care school schools church diocese diocesan " +
    "primary secondary teacher governor governors parent parents unit department county borough district city town parish " +
    "the of and for with in to on at by from apologies none minutes resolved agreed present attendance attended also " +
    "safeguarding corporate performance resources community engagement legal monitoring trust learning academy college " +
    "university company limited ltd plc association society foundation charity network centre hospital " +
    "independent co-opted coopted voting non-voting lay supervisor user applicant objector partner audit auditor external internal " +
    "union joint contract development management highways engineer surveyor administrator name title"
  ).split(/\s+/),
);

/**
 * Honours and appointments written after a name ("Cllr Jane Smith MBE", "Mr K Lowe JP"): neither part of
 * the name nor the office the person attends in.
 */
export const POST_NOMINALS: readonly string[] = ["MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "QPM", "KPM", "JP", "DL", "KC", "QC"];
/** The post-nominals opening a phrase, with their commas: " MBE, JP (Chair)" → " MBE, JP". */
export const LEADING_POST_NOMINALS_RX = new RegExp(String.raw`^(?:[\s,]*\b(?:${POST_NOMINALS.join("|")})\b)+`);

/**
 * Lower-case particles that stand inside a surname, longest first: "P. van der Berg", "A. de la Cruz",
 * "Lloyd ap Gwilym", "Ali bin Hamad". A name is still recognised by its shape: a particle only joins a
 * capitalised surname after it.
 */
export const NAME_PARTICLES: readonly string[] = [
  "van der", "van den", "van de", "von der", "von dem", "de la", "de las", "de los", "de le", "van", "von", "de", "del", "della",
  "der", "da", "di", "du", "des", "dos", "das", "le", "la", "ter", "ten", "bin", "binti", "ibn", "ap", "ab",
];
const PARTICLE = NAME_PARTICLES.map((p) => p.replace(/ /g, String.raw`\s+`)).join("|");
const PARTICLE_WORDS = [...new Set(NAME_PARTICLES.flatMap((p) => p.split(" ")))].join("|");

/**
 * One capitalised word of a name, as regular-expression source: "Smith", "MacLeod", "McDonald-Smythe",
 * "D'Arcy", "O'Brien-Hale", "Ní", "el-Sayed" (an Arabic article joined by a hyphen), "St." before the
 * rest of a surname ("St. Clair"). A hyphen or apostrophe may join more parts after any of them.
 */
const NAME_PART = String.raw`(?:(?:Mc|Mac)[\p{Lu}][\p{Ll}]+|[\p{Lu}]['’][\p{Lu}][\p{Ll}]+|[\p{Lu}][\p{Ll}]*[\p{Lu}][\p{Ll}]+|St\.(?=\s+[\p{Lu}])|[\p{Lu}][\p{Ll}]+|(?:al|el)-[\p{Lu}][\p{Ll}]+)(?:[-'’][\p{Lu}]?[\p{Ll}]+)*`;

/**
 * A name written surname first with its initials after it, as some councils list members: "Harper M",
 * "O'Dowd R", "Councillor Nolan B.", "Smith J R".
 */
const SURNAME_FIRST_RX = new RegExp(String.raw`^(?:${HONORIFIC}\.?\s+)*${NAME_PART}(?:\s+\p{Lu}\.?){1,3}$`, "u");
export function surnameFirst(s: string): boolean {
  const t = s.trim();
  return SURNAME_FIRST_RX.test(t) && !NOT_SURNAME.test(t);
}
/** A word and a letter that label a thing, not a person: "Appendix A", "Option B", "Table C". */
const NOT_SURNAME = /^(?:Appendix|Appendices|Annex|Option|Item|Table|Part|Schedule|Section|Plan|Phase|Stage|Zone|Ward|Class|Grade|Band|Block|Unit|Room|Area|Site|Plot|Route|Group|Team|Level|Floor|Wing|Gate|Exhibit|Figure|Map|Tier|Category|Type|Model|Vitamin)\s/;

const NAME_WORD = new RegExp(String.raw`^(?:[\p{Lu}]\.?|(?:[\p{Lu}]\.){2,3}|St\.|${NAME_PART}|${PARTICLE_WORDS})$`, "u");

/** True when the phrase has the shape of a person's name (with or without honorific). */
export function looksLikeName(phrase: string): boolean {
  let s = phrase.trim().replace(/[,;:.]+$/, "");
  if (!s) return false;
  let hadHonorific = false;
  for (let h = HON_PREFIX_RX.exec(s); h; h = HON_PREFIX_RX.exec(s)) {
    hadHonorific = true;
    s = s.slice(h[0].length);
  }
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return false;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}*[-'’\p{L}]*\p{Ll}$/u.test(last) && !/^Mc|^Mac|^\p{Lu}['’]|^(?:al|el)-\p{Lu}/u.test(last)) return false;
  // Without an honorific a name needs at least two parts ("Hannah Needham", "S. Rayner").
  return hadHonorific || words.length >= 2;
}

const LEADING_NAME_RX = new RegExp(
  String.raw`^((?:${HONORIFIC}\.?\s+)*(?:(?:[\p{Lu}]\.?\s*){0,3}\s)?(?:(?:${PARTICLE})\s+)?${NAME_PART}(?:\s+(?:(?:${PARTICLE})\s+)?(?:${NAME_PART}|[\p{Lu}]\.?(?=\s+[\p{Lu}][\p{Ll}])))*)`,
  "u",
);
const HON_PREFIX_RX = new RegExp(`^${HONORIFIC}\\.?\\s+`);
const HON_WORD_RX = new RegExp(`^${HONORIFIC}\\.?$`);
const LEADING_HONORIFICS_RX = new RegExp(`^(?:${HONORIFIC}\\.?\\s+)+`);

/** One to three initials after a surname, up to the end of the entry ("Nolan B", "Smith J. R.,"). */
const TRAILING_INITIALS_RX = /^(?:\s+\p{Lu}\.?){1,3}(?=\s*(?:[,;:()]|$|\s+(?:and|&)\s))/u;

/** Take the name from the start of a phrase: "Mr D Babb, Church of England Representative" → "Mr D Babb". */
export function leadingName(phrase: string): { name: string; rest: string } | null {
  const s = phrase.trim();
  const m = LEADING_NAME_RX.exec(s);
  if (!m) return null;
  let name = m[1]!.trim();
  // Stop the name before a capitalised word that is clearly a title ("Tina Russell Director…").
  const words = name.split(/\s+/);
  let cut = words.length;
  // Honorifics in a row ("The Reverend Canon", "Councillor Mrs") are all before the name.
  const bare = name.replace(LEADING_HONORIFICS_RX, "");
  const start = words.length - bare.split(/\s+/).length;
  for (let i = 1; i < words.length; i++) {
    if (TITLE_WORDS.has(words[i]!.toLowerCase()) || (i > start && HON_WORD_RX.test(words[i]!))) {
      cut = i;
      break;
    }
  }
  name = words.slice(0, cut).join(" ");
  if (!looksLikeName(name)) return null;
  let rest = s.slice(s.indexOf(name) + name.length);
  // "Councillor Nolan B", "Cllr Harper M. (Chair)": a surname alone with its initials written after it.
  const after = name.replace(LEADING_HONORIFICS_RX, "").split(/\s+/).length === 1 ? TRAILING_INITIALS_RX.exec(rest) : null;
  if (after) {
    name += after[0];
    rest = rest.slice(after[0].length);
  }
  return { name, rest };
}

/** The initials of a name's words, honorifics left out: "Cllr Claire Sandhu" → "CS". */
export function initialsOf(name: string): string {
  return name.replace(LEADING_HONORIFICS_RX, "").split(/[\s.]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** A stable per-document id for a name as written: `local:<normalised name>`. */
export function localId(name: string): string {
  const n = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/ /g, "-");
  return `local:${n || "unknown"}`;
}

/** Split a list at top-level separators (commas, semicolons, " and ", " & "), ignoring those inside brackets. */
/** Remove bracketed asides, nested ones included: "Tina Russell (Director (Children))" → "Tina Russell". */
export function stripParens(s: string): string {
  let prev = "";
  let cur = s;
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(/\([^()]*\)/g, " ");
  }
  return cur.replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
}

export function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (depth === 0) {
      if (c === "," || c === ";") {
        parts.push(cur);
        cur = "";
        continue;
      }
      const and = c === " " ? /^\s+(?:and|&)\s+/.exec(s.slice(i, i + 8)) : null;
      if (and) {
        parts.push(cur);
        cur = "";
        i += and[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
