// Document facts: council, committee, document type, title, date, start and end time, venue and
// next meeting, read from the header the way a clerk would and inferred from the text where the
// header is silent (the council is often named only in passing: "in Walsall", "the West Sussex Plan").
import type { Block } from "./segment.ts";
import { findDates, findTimes, findYears } from "./dates.ts";
import { allMatches } from "./matches.ts";

const BODY_NOUN = /\b(?:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Council|Forum|Commission|Group|Assembly|Partnership|Executive|Meeting|Authority)s?$/i;
const COUNCIL_TYPE = "(?:County Borough|Metropolitan Borough|Royal Borough|County|Borough|District|City|Town|Parish|Community|Unitary|Island|Islands)";
const PLACE_WORD = String.raw`[A-Z][a-zA-Z'’.-]+`;
const COUNCIL_RX = new RegExp(String.raw`\b((?:${PLACE_WORD})(?:[ ]+(?:${PLACE_WORD}|upon|on|under|in|and|of|le|the|-))*?)[ ]+(${COUNCIL_TYPE})[ ]+Council\b`, "g");
const CITY_OF_RX = /\b(?:Council of the City of|City and County of|Royal Borough of|London Borough of|Borough of|City of)\s+([A-Z][a-zA-Z'’-]+(?:\s+(?:upon|on|and)?\s*[A-Z][a-zA-Z'’-]+)*)\s+Council\b/g;
const PLAIN_COUNCIL_RX = /\b([A-Z][a-zA-Z'’-]+(?:[ ]+[A-Z][a-zA-Z'’-]+)?)[ ]+Council\b/g;
const COUNCIL_TYPE_ONLY = new RegExp(`^${COUNCIL_TYPE}$`);
const COUNCIL_LINE = new RegExp(`^(?:[A-Z][\\w'’-]+\\s+)+${COUNCIL_TYPE}\\s+Council$`);
const CONNECTOR = /^(?:upon|on|under|in|and|le|-)$/;
/** A title line naming an authority that is its own body: "<Place>[ and <Place>] [Combined] Fire [and Rescue] Authority". */
const AUTHORITY_LINE = /^(?:[A-Z][\w'’-]+\s+)+(?:and\s+(?:[A-Z][\w'’-]+\s+)+)?(?:Combined\s+)?(?:Fire(?:\s+and\s+Rescue)?|Police|Transport|Waste(?:\s+Disposal)?|National\s+Park)\s+Authority$/;

/** The place at the end of a phrase: "Minutes of the Meeting of Ashcombe" → "Ashcombe", "Stoke on Trent" stays whole. */
function trailingPlace(phrase: string): string {
  const words = phrase.split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // "Ormsby and District Community Council": "<place> and District" is one place.
    if (/^[A-Z]/.test(w) && (!NOT_PLACE.has(w) || andDistrict(words, i))) out.unshift(w);
    else if (CONNECTOR.test(w) && out.length && i > 0 && /^[A-Z]/.test(words[i - 1]!) && !NOT_PLACE.has(words[i - 1]!)) out.unshift(w);
    else break;
  }
  return out.join(" ");
}

/** Capitalised words that are never a council's place name. */
const NOT_PLACE = new Set(
  (
    "The A An This That These Each Every Any All Full Other Our Your Their His Her Its Local County Borough District City Town Parish " +
    "Community Unitary Council Councils Cabinet Executive Committee Panel Board Members Member Children Children's Childrens Young People " +
    "Social Care Services Service Education Health Adult Adults Director Chair Chairman Chief Officer Government Department National " +
    "England English Wales Welsh Scotland Scottish Britain British UK United Kingdom Northern Ireland European Europe Section Article Appendix Item Paragraph " +
    "Table Schedule Part Act Report Plan Policy Strategy Safeguarding Ofsted January February March April May June July August September " +
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Miss Dr Cllr Councillor Councillors Select " +
    "Scrutiny Overview Improvement Leader Leaders Head Team Teams Partners Partnership Trust School Schools Family Families First Lead " +
    "Police Fire Rescue NHS Public Housing Planning Finance Audit Standards Licensing Development Environment Transport Highways In On " +
    "At For Of And Cabinet's Council's Committee's Panel's Minutes Agenda Budget Annual Strategic Corporate Group Forum Commission Sub Joint " +
    "Deputy Assistant Interim Senior Principal Customer Data Workforce Practice Quality Staff Staffing Early Help Members' Whilst Following " +
    "However There Where When What Which While Also Following During After Before Since Further Key Our We It He She They Committee Boards " +
    "Cyngor Sir Bwrdeistref Sirol Dinas Meeting Meetings Document Pack Public Parliament Secretary State Minister Ministers Department Treasury Home Office Church Diocese Catholic Roman Academy Academies University College"
  ).split(/\s+/),
);

export interface CouncilGuess {
  name: string;
  how: "meta" | "explicit" | "inferred";
}

const isPlace = (p: string) => {
  const words = p.split(/\s+/);
  return words.length > 0 && !NOT_PLACE.has(words[0]!) && words.every((w, i) => !NOT_PLACE.has(w) || /^(?:upon|on|under|in|and|of|le|the|-)$/.test(w) || andDistrict(words, i));
};
/** "District" after "<place> and": part of the place's name ("Ormsby and District"), not a tier. */
function andDistrict(words: string[], i: number): boolean {
  return words[i] === "District" && words[i - 1] === "and" && i >= 2 && /^[A-Z]/.test(words[i - 2]!) && !NOT_PLACE.has(words[i - 2]!);
}

/** The council: from meta, from "<Place> County Council" in the text, or inferred from recurring place names. */
/** Two or more words in capitals in a row. */
const CAPITALS_RUN = /\b[A-Z][A-Z'’&-]+(?:\s+(?:[A-Z][A-Z'’&-]+|&))+\b/g;

export function detectCouncil(text: string, headerText: string, meta: string | undefined): CouncilGuess | null {
  if (meta) return { name: meta, how: "meta" };
  const score = new Map<string, number>();
  /** How often each council is named in the text, and whether once on a line of its own (a letterhead). */
  const named = new Map<string, number>();
  const add = (name: string, w: number) => score.set(name, (score.get(name) ?? 0) + w);
  const count = (name: string, weight: number) => {
    if (weight === 1) named.set(name, (named.get(name) ?? 0) + 1);
  };
  const scan = (raw: string, weight: number) => {
    // "Kinloch District Council Offices": where the meeting was held, not whose it was.
    const t = raw.replace(/\bCouncil(?=\s+(?:Offices?|Chambers?|Buildings?|Headquarters|Depot)\b)/g, "Counci_");
    for (const m of t.matchAll(COUNCIL_RX)) {
      const place = trailingPlace(m[1]!);
      if (!place || !isPlace(place)) continue;
      add(`${place} ${m[2]} Council`, 3 * weight);
      count(`${place} ${m[2]} Council`, weight);
    }
    for (const m of t.matchAll(CITY_OF_RX)) {
      if (!isPlace(m[1]!)) continue;
      add(m[0].replace(/\s+/g, " "), 3 * weight);
      count(m[0].replace(/\s+/g, " "), weight);
    }
    for (const m of t.matchAll(PLAIN_COUNCIL_RX)) {
      const place = trailingPlace(m[1]!);
      if (!place || !isPlace(place) || COUNCIL_TYPE_ONLY.test(place)) continue;
      add(`${place} Council`, weight);
      count(`${place} Council`, weight);
    }
  };
  // Header lines printed in capitals ("HARBOURFORD BOROUGH COUNCIL") are read in title case.
  // The top of the document: a header that runs on (no attendance label to end it) is read no further.
  const firstItem = headerText.split("\n").findIndex((l) => /^\s*(?:\d{1,4}[.)]|item\s+\d+)\s+\S/i.test(l));
  headerText = (firstItem > 0 ? headerText.split("\n").slice(0, firstItem).join("\n") : headerText).slice(0, 600);
  // A line that joins a name in capitals to words in lower case ("MIDCASTER CITY COUNCIL AUDIT COMMITTEE
  // Minutes – 2025-03-18", a header printed without blank lines) has each run of capitals read so.
  const headerTitled = headerText.split("\n").map((l) => (l === l.toUpperCase() ? titleCase(l) : l.replace(CAPITALS_RUN, (run) => titleCase(run)))).join("\n");
  // A body that is its own authority, named alone on the title line ("Kinloch and Westhaven Combined Fire Authority").
  const firstLine = headerTitled.split("\n").map((l) => l.trim()).find((l) => l) ?? "";
  if (AUTHORITY_LINE.test(firstLine)) return { name: firstLine, how: "explicit" };
  scan(headerTitled, 5);
  scan(text, 1);
  if (score.size) {
    // Evidence from the header: the council named first there publishes the record (a joint
    // committee's header names its partners in order), and a council whose place the header
    // names (the venue's town) is more likely than one mentioned in passing.
    const firstInHeader = [...score.keys()]
      .map((name) => ({ name, at: headerTitled.toLowerCase().indexOf(name.toLowerCase()) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (firstInHeader) add(firstInHeader.name, 15);
    const placeInHeader = new Set<string>();
    for (const name of [...score.keys()]) {
      const place = name.replace(new RegExp(`\\s+(?:${COUNCIL_TYPE}\\s+)?Council$`), "");
      if (place && new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(headerText)) {
        add(name, 4);
        placeInHeader.add(name);
      }
    }
    const best = [...score.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]!;
    // Where and how the council is named: a council the header does not name (nor its place), named
    // once inside a sentence of the body ("He is a member of Pont Ardd Community Council, which …"),
    // is a council mentioned in passing, not the one whose record this is. A letterhead line of its
    // own anywhere in the text, or a council named again and again, is the publisher's.
    // A county named for its county town counts as named by it ("County Hall, Worcester" for
    // Worcestershire County Council): the header's word that begins with the place's stem.
    const stemInHeader = (name: string) => {
      const place = name.replace(new RegExp(`\\s+(?:${COUNCIL_TYPE}\\s+)?Council$`), "");
      const stem = place.slice(0, Math.max(5, place.length - 5)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp(`\\b${stem}`, "i").test(headerText);
    };
    const letterhead = (name: string) => text.split("\n").some((l) => titleCase(l.trim()).toLowerCase() === name.toLowerCase());
    const passing = !firstInHeader && !placeInHeader.has(best[0]) && (named.get(best[0]) ?? 0) < 2 && !stemInHeader(best[0]) && !letterhead(best[0]);
    if (!passing) return { name: best[0], how: "explicit" };
  }
  if (score.size) return null;
  // Infer the place from how the text refers to it, then the kind of council from "the County Council".
  const places = new Map<string, number>();
  const pw = String.raw`([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)`;
  const contexts = [
    new RegExp(String.raw`\b(?:in|across|within|throughout|of)\s+${pw}(?=[\s,.;)]|$)(?!\s+[A-Z])`, "g"),
    new RegExp(String.raw`\b${pw}\s+Safeguarding\s+(?:Children|Adults)\s+(?:Board|Partnership)`, "g"),
    new RegExp(String.raw`\b${pw}['’]s\b`, "g"),
    new RegExp(String.raw`\bthe\s+${pw}\s+(?:Plan|Strategy|Partnership|Compact|Pledge)\b`, "g"),
  ];
  for (const rx of contexts)
    for (const m of text.matchAll(rx)) {
      const p = m[1]!;
      if (!isPlace(p)) continue;
      places.set(p, (places.get(p) ?? 0) + 1);
    }
  const ranked = [...places.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const top = ranked[0];
  if (!top || top[1] < 2) return null;
  const kind = /\bthe County Council\b/i.test(text)
    ? "County Council"
    : /\bthe Borough Council\b/i.test(text)
      ? "Borough Council"
      : /\bthe City Council\b/i.test(text)
        ? "City Council"
        : /\bthe District Council\b/i.test(text)
          ? "District Council"
          : "Council";
  return { name: `${top[0]} ${kind}`, how: "inferred" };
}

/** Title case for text printed in capitals ("CHILDREN'S AND YOUNG PEOPLE PANEL" → "Children's and Young People Panel"). */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]{2}/.test(s)) return s;
  const small = new Set(["and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "a", "an", "or", "&"]);
  // A reference with a number in it ("25/0101/FUL", "S106", "A4", a postcode "MB2 7LS") is a code, printed as it stands.
  const codes: string[] = [];
  return s
    .split(/(\s+)/)
    .map((w) => (/\d/.test(w) && /[A-Z]/.test(w) && /[/]|^[A-Z]{1,3}\d|^\d(?!ST|ND|RD|TH)[A-Z]{2}\b/.test(w) ? (codes.push(w), `\u0000${codes.length - 1}\u0000`) : w.toLowerCase()))
    .map((w, i) => (i > 0 && small.has(w) ? w : w.replace(/^([("'‘“]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase())))
    .join("")
    .replace(/-([a-z])/g, (_, c: string) => "-" + c.toUpperCase())
    .replace(/\b(Ii|Iii|Iv|Vi|Uk|Nhs|Send|Sen|Cso|Wscb)\b/g, (m) => m.toUpperCase())
    .replace(/\u0000(\d+)\u0000/g, (_, k: string) => codes[Number(k)]!);
}

const DATEISH = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i;

const WEEKDAY_RX = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DATED_TITLE_RX = new RegExp(`^(.+?)(?:\\s+[-–—]\\s+|\\s+|,\\s+)(?:(?:minutes|agenda|decisions?)\\s+[-–—]\\s+)?(?:${WEEKDAY_RX},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}\\b.*$`, "i");

/** A header line's readings: the whole line, and each half of a bilingual "Cymraeg / English" line (English last). */
function readings(text: string): string[] {
  const halves = text.split(/\s+\/\s+/).map((x) => x.trim()).filter(Boolean);
  return halves.length > 1 ? [halves[halves.length - 1]!, ...halves.slice(0, -1), text] : [text];
}

/**
 * A body's name as the record keeps it: the council's own name stripped from either end
 * ("Planning Committee of Stowbridge Town Council", "East Wensum County Council Select Committee"),
 * and a meeting of the council itself ("the County Council", "the Full Council", "Little Hemsby
 * Parish Council") recorded as "Council".
 */
export function bodyName(raw: string, councilName: string | null): string {
  let name = raw.replace(/[.,:;]+$/, "").replace(/^the\s+/i, "").trim();
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (councilName) {
    const c = esc(councilName);
    const whole = new RegExp(`^(?:the\\s+)?${c}$`, "i");
    if (whole.test(name)) return "Council";
    // "Cyngor Cymuned Llanwerydd / Llanwerydd Community Council": the council's name in two languages.
    if (/\s\/\s/.test(name) && name.split(/\s+\/\s+/).some((half) => whole.test(half.trim()))) return "Council";
    name = name.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${c}$`, "i"), "").replace(new RegExp(`^${c}\\s*[-–:,]?\\s+(?=\\S)`, "i"), "").trim();
  }
  name = name.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]+\\s+)+${COUNCIL_TYPE}\\s+Council$`), "");
  // "the Parish Council Meeting", "Full Council meeting": the council's own meeting.
  if (new RegExp(`^(?:the\\s+)?(?:full\\s+|${COUNCIL_TYPE}\\s+)?council(?:\\s+meeting)?$`, "i").test(name)) return "Council";
  return titleCase(name);
}

/** The committee or body, from the strongest cue the header gives; null when it names none. */
export function detectCommittee(header: Block[], councilName: string | null): { name: string; line: number } | null {
  const found = (raw: string, b: Block) => ({ name: bodyName(raw, councilName), line: b.start });
  const short = header.filter((b) => b.kind !== "table" && b.text.split(/\s+/).length <= 40);
  // 1. A decision notice's own heading: "Record of decisions taken by the Cabinet".
  for (const b of short) {
    const dec = /^(?:record|notice|schedule|summary)\s+of\s+(?:(?:key|executive|cabinet|officer)\s+)?decisions?\s+(?:taken|made)\s+(?:by|at)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+?)(?:\s+(?:on|held)\b.*)?$/i.exec(b.text);
    if (dec) return found(dec[1]!, b);
  }
  // 2. A report says whose report it is: "Final Report of the … Task and Finish Group", "Report of the Chair of the … Board".
  for (const b of short) {
    const m = /\breport\s+of\s+the\s+(?:(?:chair(?:man)?|convener)\s+of\s+the\s+)?((?:[A-Z][\w'’-]*|and|of|for|&)(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&))*?\s+(?:Committee|Sub-Committee|Panel|Board|Group|Commission|Forum|Partnership))\b/i.exec(b.text);
    if (m && /^[A-Z]/.test(m[1]!)) return found(m[1]!, b);
  }
  // 3. "Minutes of the meeting of the <body> held …", in either language of a bilingual line.
  const tops = header.slice(0, 30).filter((b) => b.kind !== "table");
  for (let i = 0; i < tops.length; i++) {
    const b = tops[i]!;
    // A block whose lines were not separated by blank lines is read line by line as well (a sentence
    // wrapped over two lines is read with the next line).
    const ls = b.lines.slice(0, 40).map((l) => l.trim());
    const whole = b.text.split(/\s+/).length <= 40 ? [b.text] : [];
    // (Lines of the document's top only: further down, "Minutes of the last meeting" is an item's title.)
    const topLines = ls.filter((_, k) => b.start + k <= (tops[0]?.start ?? 1) + 12);
    const units = b.lines.length > 1 ? [...whole, ...topLines.flatMap((l, k) => [l, ...(topLines[k + 1] ? [`${l} ${topLines[k + 1]}`] : [])])] : whole;
    for (const t of units.flatMap(readings)) {
      const m = /^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes?\s+of\s+(?:the\s+|an?\s+)?(?:(?:extraordinary|special|annual|ordinary|virtual|remote|inaugural|adjourned)\s+)?(?:(?:general\s+)?meeting\s+of\s+(?:the\s+)?)?(.+?)(?:\s*,?\s+(?:held|which\s+took\s+place|convened)\b.*|\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d).*|\s*[,–-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d).*)?$/i.exec(t);
      if (!m || !m[1] || m[1].split(/\s+/).length > 14) continue;
      let name = m[1].replace(/[.,:;*]+$/, "").trim();
      const next = tops[i + 1];
      if (!BODY_NOUN.test(name) && next && next.text.split(/\s+/).length <= 3 && BODY_NOUN.test(next.text.trim())) name = `${name} ${next.text.trim()}`;
      // "Minutes of a hearing": no body named; a later cue (the title line) names it.
      if (BODY_NOUN.test(name) && !/^(?:(?:the|this|that|last|previous|next|same|said)\s+)*meeting$/i.test(name)) return found(name, b);
    }
  }
  // 4. A title that pairs the body with the date: "Cabinet – Wednesday, 19th February, 2025 6.00 pm",
  //    "CABINET      11 MARCH 2025", "Planning Committee – Minutes – 22 April 2024"; a label "Report to: Cabinet",
  //    "Meeting: 08/04/2025 - Cabinet (Item 9)"; a breadcrumb's last step "… > Planning Committee".
  // Titles and labels are at the top of the document: its first 40 lines.
  const topEnd = (header[0]?.start ?? 1) + 40;
  for (const b of header.slice(0, 30)) {
    if (b.kind === "table" || b.start > topEnd) continue;
    for (const line of b.lines.slice(0, Math.max(0, topEnd - b.start))) {
      for (const t of readings(line.trim())) {
        const dated = DATED_TITLE_RX.exec(t);
        // "MINUTES OF MEETING – 17 MARCH 2025" names no body: only the document's own words.
        if (dated && BODY_NOUN.test(dated[1]!.trim()) && dated[1]!.split(/\s+/).length <= 12 && !NAMES_NO_BODY.test(dated[1]!.trim())) return found(dated[1]!, b);
        const label = /^(?:report\s+to|meeting|committee|body)\s*:\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s*)?(.+?)(?:\s*\((?:item|agenda)[^)]*\))?$/i.exec(t);
        if (label && BODY_NOUN.test(label[1]!.trim()) && label[1]!.split(/\s+/).length <= 10) return found(label[1]!, b);
        if (/\s[>›]\s/.test(t)) {
          const last = t.split(/\s[>›]\s/).pop()!.trim();
          if (BODY_NOUN.test(last) && last.split(/\s+/).length <= 10 && !/^(?:council|committees?)$/i.test(last)) return found(last, b);
        }
      }
    }
  }
  // 5. A header line that is a body's name.
  for (let i = 0; i < header.length; i++) {
    const b = header[i]!;
    // A block whose lines were not separated by blank lines is read line by line as well.
    const units = b.lines.length > 1 ? [b.text, ...b.lines.slice(0, Math.max(0, topEnd - b.start)).map((l) => l.trim())] : [b.text];
    for (const r of units.flatMap(readings)) {
      const t = r.replace(/[.:]+$/, "").trim();
      const words = t.split(/\s+/).length;
      if (words > 14 || b.kind === "table" || b.kind === "list-item") continue;
      if (DATEISH.test(t) && !/^(?:the\s+)?[A-Z]/.test(t)) continue;
      if (councilName && t.toLowerCase() === councilName.toLowerCase()) continue;
      if (COUNCIL_LINE.test(titleCase(t)) && !/\b(?:Committee|Panel|Board|Cabinet)\b/.test(t)) continue;
      if (!BODY_NOUN.test(t)) continue;
      if (/^(?:cyngor|council)$/i.test(t)) continue;
      if (/\b(?:is|are|was|were|has|have|will|of the meeting)\b/.test(t) && words > 6) continue;
      let name = t.replace(/^(?:(?:an?\s+)?(?:(?:ordinary|annual|extraordinary|special|general)\s+)*meeting\s+of\s+(?:the\s+)?|the\s+)/i, "");
      name = name.replace(/\s*[-–,]\s*(?:minutes|agenda|decision notice|record of decisions?)$/i, "");
      return found(name, b);
    }
  }
  // 6. "Minutes of the Ordinary Meeting held on …" under a council's name, no body named: a meeting of
  //    the council itself (an ordinary, annual or extraordinary meeting is the council's own).
  if (councilName)
    for (const b of header.slice(0, 12)) {
      if (b.kind === "table") continue;
      if (/^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes?\s+of\s+(?:the\s+|an?\s+)?(?:ordinary|annual|extraordinary|special|monthly)\s+(?:council\s+)?meeting\b(?!\s+of\b)/i.test(b.text.trim())) return { name: "Council", line: b.start };
      // A parish, town or community council meets as itself: "Minutes of the meeting held on …" under its
      // name heading the page are the council's (not when only minutebook.json names the council).
      if (LOCAL_COUNCIL.test(councilName) && headedBy(header, councilName) && /^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes?\s+of\s+(?:the\s+|an?\s+)?meeting\s+(?:held|on)\b/i.test(b.text.trim())) return { name: "Council", line: b.start };
    }
  return null;
}

/** The council's name is printed in the header (a letterhead or title line), not only given by minutebook.json. */
function headedBy(header: Block[], councilName: string): boolean {
  const name = councilName.toLowerCase();
  return header.some((b) => b.text.toLowerCase().includes(name));
}

/** A parish, town or community council (Welsh "community", Scottish community councils). */
const LOCAL_COUNCIL = /\b(?:Parish|Town|Community)\s+Council$/;

/** A title of the document's own words ("Minutes of Meeting", "Notes of the Meeting"), naming no body. */
const NAMES_NO_BODY = /^(?:(?:the|an?|minutes?|notes?|record|agenda|of|meeting|draft|confirmed|unconfirmed)\s*)+$/i;

export type DocType = "minutes" | "report" | "decision";

export function detectType(headerText: string, fullText: string): DocType {
  const h = headerText;
  if (/\b(?:decision\s+notice|record\s+of\s+(?:(?:executive|cabinet|officer|key)\s+)?decisions?|notice\s+of\s+(?:key\s+)?decisions?|decision\s+maker)\b/i.test(h)) return "decision";
  // "Report, together with formal minutes relating to the report": a select committee's report carries
  // the minutes of the meeting that agreed it (its contents list them too); the document is the report.
  const withFormalMinutes = /\btogether\s+with\s+(?:the\s+)?formal\s+minutes\b/i.test(h);
  // Scottish minutes are "the Minute of Meeting" and their attendance a "Sederunt".
  // Its own minutes' "Members present:" (under their "Formal minutes" heading) are not this document's.
  const own = withFormalMinutes ? h.replace(/^\s*formal\s+minutes\s*$[\s\S]*/im, "").replace(/\bformal\s+minutes\b/gi, "") : h;
  const minutesCue = /\bminutes\b|\bminute\s+of\s+(?:the\s+)?meeting\b|\bsederunt\b/i.test(own) || /^\s*(?:present|members present)\b/im.test(own) || /\bpresent\s*:/i.test(own);
  const reportCue =
    /\b(?:report\s+(?:by|of|from)\s+the\b|the\s+focus\s+for\s+scrutiny|select\s+committee\s+is\s+requested|inquiry|task\s+and\s+finish|review\s+report|^\s*contents\s*$|membership\s+of\b|together\s+with\s+(?:the\s+)?formal\s+minutes\b)/im.test(h) ||
    // A committee report's cover labels: "Report to: Cabinet", "Report of: Cllr …", "Report author: …".
    /^\s*report\s+(?:to|of|author)\s*:/im.test(h) ||
    /^\s*(?:recommendations?|summary|executive summary|purpose of (?:the )?report)\s*$/im.test(h);
  if (reportCue && !minutesCue) return "report";
  if (!minutesCue && /\bkey findings?\b|\brecommendations?\s+to\s+cabinet\b/i.test(fullText) && !/\bresolved\b/i.test(fullText)) return "report";
  return "minutes";
}

export interface HeaderFacts {
  date: string | null;
  dateLine: number | null;
  startTime: string | null;
  venue: string | null;
  /** When the header gives the meeting's span ("10.00 am - 11.40 am"). */
  endTime?: string | null;
}

const VENUE_WORDS = /\b(?:Hall|House|Offices?|Centre|Center|Chambers?|Room|Building|Civic|Guildhall|Library|Pavilion|Institute|Online|Remote|Virtual|Microsoft Teams|Zoom|Suite|Hub|Lodge|Church|School|Village|Exchange|Parlour|Museum|Theatre|Hotel|Club|Barn|Memorial|Chapel)\b/;

function cleanVenue(s: string): string | null {
  let v = s
    .replace(/\s+/g, " ")
    // "Venue: Council Chamber, Fenwick House. View directions": the venue ends with its sentence.
    .replace(/\.\s+[A-Z].*$/, "")
    .replace(/^(?:[\s,;:–—.-]|\b(?:at|in|held|venue|place|location)\b)+/gi, "")
    .replace(/(?:[\s,;:–—(-]|\b(?:at|on|commencing|starting|from)\b)+$/gi, "")
    .trim();
  // The stop that ends the sentence is not part of the venue ("at County Hall, Greyhaven."; "Church St." keeps its own).
  v = v.replace(/^(?:at|in)\s+/i, "").replace(/(?<!\b(?:St|Rd|Ave|Sq))\.$/, "").trim();
  // "in the Council Chamber": a room within a building is described, and the article belongs to the
  // sentence; a building's name keeps its own ("The Council House", "the Village Hall").
  v = v.replace(/^the\s+(?=(?:[\w'’-]+\s+){0,2}(?:Chamber|Room|Suite|Boardroom|Parlour)\b)/i, "").trim();
  if (!v || !/[A-Za-z]{3}/.test(v) || v.split(/\s+/).length > 16) return null;
  v = titleCase(v);
  return v.charAt(0).toUpperCase() + v.slice(1);
}

/** A labelled value in either language of a bilingual label ("Lleoliad / Venue: Siambr … / Council Chamber …"): the English, last. */
function labelValue(value: string): string {
  let depth = 0;
  const cuts: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "/" && depth === 0 && value[i - 1] === " " && value[i + 1] === " ") cuts.push(i);
  }
  if (!cuts.length) return value;
  return value.slice(cuts[cuts.length - 1]! + 1).replace(/\s*\([^()]*\s\/\s[^()]*\)\s*/g, " ").trim();
}

const VENUE_LABEL = /^(?:(?:[A-Za-z]+\s+\/\s+)?(?:venue|place|location|where|lleoliad))\s*:\s*(.+)$/i;
const DATE_LABEL = /^(?:(?:[A-Za-z]+\s+\/\s+)?(?:date|dyddiad)(?:\s+of\s+meeting)?)\s*:\s*(.+)$/i;
const TIME_LABEL = /^(?:(?:[A-Za-z]+\s+\/\s+)?(?:time|amser)(?:\s+of\s+meeting)?)\s*:\s*(.+)$/i;
/** "The Minutes of the Meeting held on …" among the papers: an earlier meeting's minutes. */
const EARLIER_MINUTES = /\bthe\s+minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?meetings?\s+held\b/i;
/** A sentence about another meeting: its date is not this meeting's. */
const OTHER_MEETING = /\bthe\s+minutes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting\b.*\b(?:be|were|was|are)\s+(?:approved|confirmed|agreed|signed|received|noted)\b|\b(?:approved|confirmed|agreed|signed)\b[^.]{0,60}\bat\s+the\s+meeting\b|\b(?:previous|last|next|future)\s+meeting\b/i;

/**
 * Date, start time and venue from the header blocks (the lines before the attendance and first item).
 * Labelled lines ("Date:", "Venue:", "Lleoliad / Venue:") are read first, then the sentence that
 * names the meeting ("… held on <date> at <time> in <venue>"); a date in a sentence about another
 * meeting ("approved at the meeting on …") is never this meeting's. A report has a venue only when
 * its header labels one or says where a meeting was held.
 */
export function headerFacts(header: Block[], committeeLine: number | null, type: DocType = "minutes"): HeaderFacts {
  let date: string | null = null;
  let dateLine: number | null = null;
  let startTime: string | null = null;
  let venue: string | null = null;
  const lines = header.filter((b) => b.kind !== "table").flatMap((b) => b.lines.slice(0, 40).map((t, k) => ({ t: t.trim(), n: b.start + k })));
  for (const { t, n } of lines) {
    const v = VENUE_LABEL.exec(t);
    if (v && !venue) venue = cleanVenue(labelValue(v[1]!));
    const d = DATE_LABEL.exec(t);
    if (d && !date) {
      const ds = findDates(labelValue(d[1]!));
      if (ds.length) {
        date = ds[0]!.iso;
        dateLine = n;
        const ts = findTimes(d[1]!.slice(ds[0]!.index + ds[0]!.length));
        if (ts.length && !startTime) startTime = ts[0]!.hhmm;
      }
    }
    const tm = TIME_LABEL.exec(t);
    if (tm && !startTime) {
      const ts = findTimes(labelValue(tm[1]!));
      if (ts.length) startTime = ts[0]!.hhmm;
    }
  }
  // The sentence or title that names the meeting: prefer one that says "held" or "minutes of" or
  // pairs a body with its date; otherwise the first dated line that is not about another meeting.
  const units = header
    .filter((b) => b.kind !== "table")
    // A long block (lines not separated by blank lines) is read as its lines, each with the next
    // (a sentence wrapped over two lines).
    .flatMap((b) => {
      if (b.text.split(/\s+/).length <= 40) return [{ text: b.text, start: b.start }];
      // A sentence wrapped over lines: the line with the next ones, up to a line that ends a sentence.
      const ls = b.lines.slice(0, 40).map((t) => t.trim());
      return ls.flatMap((t, k) => {
        const windows: { text: string; start: number }[] = [];
        // Only a line that opens the sentence naming the meeting starts a window.
        if (!/\b(?:minutes?|held|meeting)\b/i.test(t)) return [{ text: t, start: b.start + k }];
        let joined = t;
        for (let j = k + 1; j < Math.min(ls.length, k + 5) && !/[.:]$/.test(ls[j - 1]!); j++) {
          joined = `${joined} ${ls[j]}`;
          windows.unshift({ text: joined, start: b.start + k });
        }
        return [...windows, { text: t, start: b.start + k }];
      });
    })
    .filter((u) => findDates(u.text).length && !OTHER_MEETING.test(u.text.replace(/\bheld\b.*$/i, "")) && !EARLIER_MINUTES.test(u.text));
  // A title that is only the body, the date and the time ("Cabinet – Wednesday, 19th February, 2025 6.00 pm").
  const titled = new RegExp(`^(.+?)\\s+[-–—]\\s+(?:${WEEKDAY_RX},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\.?)?$`, "i");
  const named =
    units.find((u) => { const m = titled.exec(u.text); return !!m && BODY_NOUN.test(m[1]!.trim()); }) ??
    units.find((u) => /^(?:(?:draft|confirmed|unconfirmed|signed)\s+)?minutes?\s+of\b.*\bheld\b/i.test(u.text)) ??
    units.find((u) => /\bheld\b|\bminutes?\s+of\b|\bmeeting\s+of\b/i.test(u.text)) ??
    units[0];
  if (named) {
    const dates = findDates(named.text);
    const d = dates[0]!;
    if (!date) {
      date = d.iso;
      dateLine = named.start;
    }
    const times = findTimes(named.text);
    if (times.length && !startTime) startTime = times[0]!.hhmm;
    // What is left once the date and time are removed is usually the venue.
    let rest = named.text;
    const cuts = [...dates.map((x) => [x.index, x.length] as const), ...times.map((x) => [x.index, x.length] as const)].sort((a, c) => c[0] - a[0]);
    for (const [i, n] of cuts) rest = rest.slice(0, i) + " | " + rest.slice(i + n);
    if (!venue) {
      const heldAt = /\bheld\s+(?:at|in)\s+([^|]+?)(?:\s+on\s*(?:\||$)|\s*\||$)/i.exec(rest);
      if (heldAt) venue = cleanVenue(heldAt[1]!);
      else if (/\bheld\b/i.test(rest) || /\bminutes?\b/i.test(rest)) {
        // "held on <date> in the Lomond Room, …, commencing at <time>": the piece that says where.
        const piece = rest.split("|").map((p) => /(?:^|\s)(?:in|at)\s+(.+)$/i.exec(p.trim())?.[1] ?? "").find((p) => VENUE_WORDS.test(titleCase(p)));
        // "held on <date>, <time>, Ormsby Community Centre": the piece after the date and time that names a building.
        const bare = piece ? null : rest.split("|").slice(1).map((p) => p.replace(/^[\s,;–—-]+/, "").trim()).find((p) => VENUE_WORDS.test(titleCase(p)) && /^[A-Z]/.test(p) && !BODY_NOUN.test(p) && !/\b(?:minutes?|held|meeting)\b/i.test(p));
        venue = piece ? cleanVenue(piece) : bare ? cleanVenue(bare) : null;
      } else if (type !== "report") {
        const parts = rest.split("|").map((p) => cleanVenue(p)).filter((p): p is string => !!p && !/^(?:minutes|agenda)$/i.test(p) && !BODY_NOUN.test(p) && VENUE_WORDS.test(p));
        venue = parts[0] ?? null;
      }
    }
  }
  let endTime: string | null = null;
  if (!venue && type !== "report") {
    // "Chamber, Civic Centre, Llanfaen and remotely - 10.00 am - 11.40 am": where, then from and to.
    for (const { t } of lines) {
      const m = /^(.+?)\s+[-–]\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)(?:\s+[-–]\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?))?$/i.exec(t);
      if (!m || !VENUE_WORDS.test(titleCase(m[1]!)) || BODY_NOUN.test(m[1]!)) continue;
      venue = cleanVenue(m[1]!);
      if (!startTime) startTime = findTimes(m[2]!)[0]?.hhmm ?? null;
      if (m[3]) endTime = findTimes(m[3])[0]?.hhmm ?? null;
      break;
    }
  }
  if (!venue && type !== "report") {
    for (const b of header) {
      if (b.start === committeeLine || b.kind === "table") continue;
      if (VENUE_WORDS.test(b.text) && b.text.split(/\s+/).length <= 10 && !BODY_NOUN.test(b.text) && !/\bminutes\b/i.test(b.text) && !/@|\b\d{5}\b|\btel\b/i.test(b.text)) {
        venue = cleanVenue(b.text);
        if (venue) break;
      }
    }
  }
  if (!startTime) {
    for (const b of header) {
      const t = /\b(?:commencing|starting|start(?:ed)?|time)\s*(?:at|:)?\s*(.{0,12})/i.exec(b.text);
      if (t) {
        const times = findTimes(t[1]!);
        if (times.length) {
          startTime = times[0]!.hhmm;
          break;
        }
      }
    }
  }
  if (!endTime) {
    // A header's own labels: "Start: 19:00   Finish: 20:35", "Time: 7.00pm – 8.45pm", "Meeting ended: 9.10pm".
    for (const b of header) {
      const label = END_LABEL_RX.exec(b.text);
      const range = label ? null : TIME_RANGE_RX.exec(b.text);
      const times = label ? findTimes(label[1]!) : range ? findTimes(range[2]!) : [];
      if (times.length && times[0]!.index === 0 && (!range || findTimes(range[1]!).length)) {
        endTime = times[0]!.hhmm;
        break;
      }
    }
  }
  return { date, dateLine, startTime, venue, endTime };
}

/** A label for the end of the meeting in the header: "Finish: 20:35", "End time: 8.45pm", "Meeting closed: 9.10pm". */
const END_LABEL_RX = /\b(?:finish(?:ed)?|end(?:ed)?|clos(?:e|ed|ing))(?:\s+time)?\s*:\s*(.{0,12})/i;
/** "Time: 7.00pm – 8.45pm", "Times: 10:00 to 12:30": the start and end of the meeting after one label. */
const TIME_RANGE_RX = /\btimes?\s*:\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:[-–—]|to|until)\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)/i;

const END_RX = /\b(?:closed|ended|concluded|terminated)\s+the\s+(?:meeting|session)\s*(?:at\s*)?(.{0,14})|\b(?:meeting|session|which|committee|panel|council|cabinet|board)\s+(?:ended|closed|finished|terminated|concluded|rose|was closed|closed at)\b(?:\s+at)?\s*(.{0,14})|\b(?:close of (?:the )?meeting|meeting closed|closed)\s*[:-]?\s*(?:at\s*)?(.{0,14})/gi;

const END_WORD = /\b(?:ended|finished|terminated|concluded|rose)\b|\bclose(?:d| of)/i;

export function findEndTime(blocks: Block[]): { time: string; line: number } | null {
  let found: { time: string; line: number } | null = null;
  for (const b of blocks) {
    if (b.kind === "table") continue;
    // Every match of END_RX starts one of the words of END_WORD, which "recommended" and "attended" do
    // not pass: tested first, it spares most blocks the second test.
    if (!END_WORD.test(b.text)) continue;
    if (!/(?:ended|closed|finished|terminated|concluded|rose)\b/i.test(b.text)) continue;
    for (const m of allMatches(END_RX, b.text)) {
      // The words after "closed (at)" stand where a time does: read as after "at" ("closed at 21.05").
      const t = findTimes(`at ${m[1] ?? m[2] ?? m[3] ?? ""}`);
      if (t.length) found = { time: t[0]!.hhmm, line: b.start };
    }
  }
  return found;
}

const START_RX = /\b(?:meeting|session)\s+(?:commenced|started|began|opened)\s+at\s+(.{0,14})/i;

export function findStartTime(blocks: Block[]): string | null {
  for (const b of blocks) {
    const m = START_RX.exec(b.text);
    if (m) {
      const t = findTimes(m[1]!);
      if (t.length) return t[0]!.hhmm;
    }
  }
  return null;
}

const NEXT_MEETING_CUE = /next\s+meeting/i;

export function findNextMeeting(blocks: Block[]): { date: string | null; time: string | null; text: string } | null {
  for (const b of blocks) {
    if (b.kind === "table") continue;
    // Both alternatives below hold "next meeting": a plain test for it first spares most blocks the search.
    if (!NEXT_MEETING_CUE.test(b.text)) continue;
    const i = b.text.search(/\b(?:date|time)s?\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\s+meeting\b|\bnext\s+meeting\s+(?:will|would|is|was|to)\b/i);
    if (i < 0) continue;
    const sentence = b.text.slice(i).split(/(?<=\.)\s+(?=[A-Z])/)[0]!;
    const d = findDates(sentence);
    if (!d.length) continue;
    const t = findTimes(sentence.slice(d[0]!.index));
    return { date: d[0]!.iso, time: t.length ? t[0]!.hhmm : null, text: sentence };
  }
  return null;
}

/** For an undated report: the latest year it mentions in dates near its header and body. */
export function reportYear(text: string): number | null {
  const years = findYears(text).filter((y) => y <= new Date().getUTCFullYear() + 1);
  if (!years.length) return null;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return Math.max(...[...counts.keys()].filter((y) => (counts.get(y) ?? 0) >= 2).concat(years.length ? [Math.min(...years)] : []));
}
