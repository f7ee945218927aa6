// Dates and clock times in the forms UK councils print them: "Thursday, 22 March 2018",
// "THURSDAY, 13 SEPTEMBER, 2012", "15th October 2014", "March 22, 2018", "22/03/2018" (day first),
// "2025-03-18", "10.00 am", "6.00 P.M.", "2pm", "18:30", "noon".
import { allMatches } from "./matches.ts";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";

export interface DateHit {
  iso: string;
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

// "14 January 2025", "14th of January 2025", "the 14th day of January 2025", "5-Feb-2025".
const RX_DMY = new RegExp(`(?:\\b${WEEKDAY},?\\s+(?:the\\s+)?)?\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?(?:\\s+(?:day\\s+)?(?:of\\s+)?|-)${MONTH}\\b\\.?(?:,?\\s+|-)(\\d{4})\\b`, "gi");
// "January 14, 2025", "Feb. 5th, 2025".
const RX_MDY = new RegExp(`(?:\\b${WEEKDAY},?\\s+)?\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
/** Ordinal words of a formal date: "the fourteenth day of January 2025", "the twenty-third of May 2025". */
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const ORDINAL_RX = String.raw`(?:(twenty|thirty)[-\s]?)?(${ORDINAL_WORDS.join("|")})|(thirtieth)`;
const RX_WORDS = new RegExp(String.raw`\b(?:${ORDINAL_RX})\s+(?:day\s+)?of\s+${MONTH}\b,?\s+(\d{4})\b`, "gi");
// "3 Mar 26": a month written out and a two-digit year (read as numeric dates' years are). Not a
// count after a date ("on 3 March 26 members attended").
const RX_DMY2 = new RegExp(`(?:\\b${WEEKDAY},?\\s+)?\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?,?\\s+'?(\\d{2})\\b(?![\\d:%/]|\\.\\d|\\s*(?:[-–]\\s*\\d|[a-z]+\\s+(?:members?|councillors?|people|residents?|votes?|items?|of)\\b|(?:members?|councillors?|people|residents?|votes?|items?|were|was|had|have|are|of|and|to|in)\\b))`, "gi");
const RX_NUM = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
/** "2025-03-18": the ISO form, year first (never read day first). */
const RX_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Every full date in the text, in order of appearance. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of allMatches(RX_DMY, text)) {
    const d = Number(m[1]), mo = MONTHS[m[2]!.toLowerCase().slice(0, 3)]!, y = Number(m[3]);
    if (valid(y, mo, d)) hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  for (const m of allMatches(RX_MDY, text)) {
    const mo = MONTHS[m[1]!.toLowerCase().slice(0, 3)]!, d = Number(m[2]), y = Number(m[3]);
    if (valid(y, mo, d) && !hits.some((h) => m.index! < h.index + h.length && h.index < m.index! + m[0].length))
      hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  for (const m of allMatches(RX_DMY2, text)) {
    const d = Number(m[1]), mo = MONTHS[m[2]!.toLowerCase().slice(0, 3)]!, yy = Number(m[3]);
    const y = yy + (yy > 60 ? 1900 : 2000);
    if (valid(y, mo, d) && !hits.some((h) => m.index! < h.index + h.length && h.index < m.index! + m[0].length))
      hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  for (const m of allMatches(RX_NUM, text)) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y > 60 ? 1900 : 2000;
    const d = Number(m[1]), mo = Number(m[2]);
    // Numeric dates are day first in the UK; "221/12/2012"-like item numbers are excluded by \b.
    if (valid(y, mo, d)) hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  for (const m of allMatches(RX_WORDS, text)) {
    const d = m[3] ? 30 : (m[1] ? (m[1].toLowerCase() === "twenty" ? 20 : 30) : 0) + ORDINAL_WORDS.indexOf(m[2]!.toLowerCase()) + 1;
    const mo = MONTHS[m[4]!.toLowerCase().slice(0, 3)]!, y = Number(m[5]);
    if (valid(y, mo, d)) hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  for (const m of allMatches(RX_ISO, text)) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (valid(y, mo, d)) hits.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index!, length: m[0].length });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export interface TimeHit {
  hhmm: string;
  index: number;
  length: number;
}

const RX_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\b\.?|\b(\d{1,2})[:](\d{2})\b(?!\s*[ap]\.?m)(?:\s*(?:hrs|hours|h)\b)?|\b(noon|midday)\b/gi;

/**
 * A 24-hour time written with a stop or with no separator, which only its context tells from an amount:
 * "18.30 hrs", "18.30 hours", "1900 hrs", or an afternoon or evening hour after "at", "from", "until" ("at 19.00").
 */
const RX_TIME_24 = /(?<![\d,.£$€])\b(?:([01]\d|2[0-3])\.([0-5]\d)\s*(?:hrs|hours)\b|([01]\d|2[0-3])([0-5]\d)\s*hrs\b|(?<=\b(?:at|from|until|to|commencing|starting)\s)(1[3-9]|2[0-3])\.([0-5]\d)\b(?![.,]?\d|\s*(?:%|per\b|p\b)))/gi;

/** Every clock time in the text ("10.00 am", "6.00 P.M.", "18:30", "18.30 hrs", "noon"). */
export function findTimes(text: string): TimeHit[] {
  const hits: TimeHit[] = [];
  if (/hrs|hours|\b(?:at|from|until|to|commencing|starting)\s+(?:1[3-9]|2[0-3])\./i.test(text))
    for (const m of allMatches(RX_TIME_24, text)) {
      const h = Number(m[1] ?? m[3] ?? m[5]), min = Number(m[2] ?? m[4] ?? m[6]);
      hits.push({ hhmm: `${pad(h)}:${pad(min)}`, index: m.index!, length: m[0].length });
    }
  for (const m of allMatches(RX_TIME, text)) {
    let h: number, min: number;
    if (m[6]) {
      h = 12;
      min = 0;
    } else if (m[3]) {
      h = Number(m[1]);
      min = m[2] ? Number(m[2]) : 0;
      if (h < 1 || h > 12) continue;
      const pm = m[3].toLowerCase() === "p";
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else {
      h = Number(m[4]);
      min = Number(m[5]);
    }
    if (h > 23 || min > 59) continue;
    if (hits.some((x) => x.index < m.index! + m[0].length && m.index! < x.index + x.length)) continue;
    hits.push({ hhmm: `${pad(h)}:${pad(min)}`, index: m.index!, length: m[0].length });
  }
  return hits.length > 1 ? hits.sort((a, b) => a.index - b.index) : hits;
}

/** Four-digit years mentioned in the text (1990–2099). */
export function findYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(19[89]\d|20\d\d)\b/g)) out.push(Number(m[1]));
  return out;
}
