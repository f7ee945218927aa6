// Numbering: the item numbers of a document are read as a family of line-initial tokens — a label
// ("Item", "Min No."), a code ("HWB", "TC/", "P", "CFA/"), a number with its year or parts ("41",
// "24/058", "12/24"), a sub-part (".1", "(a)") and a separator — that recurs and increases through
// the document. A one-off numbered line is not a heading; a line of the winning family is, whether
// its title follows on the same line, after a colon in a run-in paragraph, or on the next line.
import { ITEM_LABEL, TITLE_TRAILERS } from "./cues.ts";

export interface ItemToken {
  /** The number as the source writes it, less a label ("HWB 41", "TC/24/18.1", "7(a)", "313"). */
  number: string;
  /** A label word came first ("Item 5"). */
  labelled: boolean;
  /** The code before the number, upper-cased, with its joiner ("HWB ", "TC/", "P", ""). */
  code: string;
  /** The numeric parts of the number (slash-separated). */
  parts: number[];
  /** The sub-part after the number (".1", "(a)"), or null. */
  sub: string | null;
  /** Everything after the token and its separator. */
  rest: string;
  /** The numbering family: label or not, code, number of slash parts ("HWB |1", "TC/|2", "|1"). */
  family: string;
}

const TOKEN_START = /^\s*(?:\d|[A-Z]{1,5}[ /]?\d|item|min|agenda|no\.\s*\d|\(\d|[IVX]{1,6}[.)]\s|[A-Z][.)]\s)/i;
/** Items numbered in brackets: "(3) FINANCE". */
const PAREN_TOKEN_RX = /^\s*\((\d{1,3})\)\s+(\S[^]*)$/;
/** Items numbered in capital Roman numerals: "IV. FOOTPATH 12", "II) Minutes of the last meeting". */
const ROMAN_TOKEN_RX = /^\s*([IVX]{1,6})([.)])\s+(\S[^]*)$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
/** Items lettered in capitals: "A. APOLOGIES FOR ABSENCE", "C) Public participation". */
const LETTER_TOKEN_RX = /^\s*([A-Z])([.)])\s+(\S[^]*)$/;

/** The value of a Roman numeral written the usual way (I to XXXIX), or null ("IIII", "VX" are not). */
export function romanValue(s: string): number | null {
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(s) || !s) return null;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN_VALUES[s[i]!]!, b = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    v += a < b ? -a : a;
  }
  return v;
}
const LABEL_RX = new RegExp(String.raw`^${ITEM_LABEL}\s*`, "i");
// Code: up to five capitals joined to the number by nothing, a space or a slash.
const TOKEN_RX = /^(?:([A-Z]{1,5})([ /]?))?(\d{1,5}(?:\/\d{1,4}){0,2})((?:\.\d{1,2})+(?![\d/])|\s?\([a-z]{1,2}\)|\s?\((?:i|ii|iii|iv|v|vi|vii|viii)\))?([.:)]?)(?=\s|$)\s*(?:[-–—:]\s+)?([^]*)$/;

/** The item token that opens a line, if any. */
export function itemToken(line: string): ItemToken | null {
  return leadingToken(line) ?? trailingToken(line);
}

function leadingToken(line: string): ItemToken | null {
  // Most lines open with a word: only a digit, a short code before a digit or a label word can open a token.
  if (!TOKEN_START.test(line)) return null;
  let t = line.trim();
  const roman = ROMAN_TOKEN_RX.exec(t);
  if (roman) {
    const v = romanValue(roman[1]!);
    const rest = roman[3]!.trim();
    // "V. Jessop" or "I. Abbott, Head of …" is an initial before a surname: a Roman item's title is words
    // in capitals or more than one word, and does not open on a surname with a comma.
    if (v === null || !(rest.split(/\s+/).length >= 2 || /^[A-Z]{4,}$/.test(rest)) || /^[A-Z][a-z'’-]+[,;]/.test(rest)) return null;
    return { number: roman[1]!, labelled: false, code: "", parts: [v], sub: null, rest, family: "roman|1" };
  }
  const letter = LETTER_TOKEN_RX.exec(t);
  if (letter) {
    const rest = letter[3]!.trim();
    // "R. Okafor (Chairman)", "E. Vasquez, T. O'Brien": an initial before a surname. A lettered item's
    // title is in capitals, or opens on a word that is not a surname followed by its end, a comma or a bracket.
    if (!(/^[^a-z]*[A-Z]{2}[^a-z]*$/.test(rest) || (rest.split(/\s+/).length >= 2 && !/^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*(?:[,;(]|$)/u.test(rest)))) return null;
    return { number: letter[1]!, labelled: false, code: "", parts: [letter[1]!.charCodeAt(0) - 64], sub: null, rest, family: "letter|1" };
  }
  const paren = PAREN_TOKEN_RX.exec(t);
  if (paren) return { number: paren[1]!, labelled: false, code: "", parts: [Number(paren[1])], sub: null, rest: paren[2]!.trim(), family: "paren|1" };
  const lab = LABEL_RX.exec(t);
  const labelled = !!lab && lab[0].length > 0 && /\s|\.|\d/.test(t.charAt(lab[0].length) || " ");
  if (labelled) t = t.slice(lab![0].length);
  const m = TOKEN_RX.exec(t);
  if (!m) return null;
  const code = m[1] ? m[1] + (m[2] ?? "") : "";
  // A code is capitals only; a label word takes no code ("Item A1" is rare, "Item 5" common).
  if (code && labelled) return null;
  const core = m[3]!;
  // "1.0 INTRODUCTION", "2.0 MINUTES": the whole number written with a nought, not a sub-part.
  const sub = m[4] && m[4] !== ".0" ? m[4].replace(/\s/g, "") : null;
  const number = `${m[1] ?? ""}${m[2] ?? ""}${core}${sub ?? (m[4] === ".0" ? ".0" : "")}`;
  const parts = core.split("/").map(Number);
  const family = `${labelled ? "label:" : ""}${code.toUpperCase()}|${parts.length}`;
  return { number, labelled, code: code.toUpperCase(), parts, sub, rest: m[6]!.trim(), family };
}

/**
 * A number printed after its title, with its label: "TAXI LICENSING POLICY REVIEW (Agenda Item 3)",
 * "Minutes of the last meeting – Item 2", "Street Trading [Minute 45]". The label is what makes it a
 * number: "Review (2)" or "Phase 3" is part of a title.
 */
const TRAILING_TOKEN_RX = new RegExp(String.raw`^\s*(\S.*?)\s*(?:[(\[]\s*${ITEM_LABEL}\s*(\d{1,3}[a-z]?)\s*[)\]]|\s[-–—:]\s*${ITEM_LABEL}\s*(\d{1,3}[a-z]?))\s*$`, "i");

function trailingToken(line: string): ItemToken | null {
  const c = line.charCodeAt(line.trimEnd().length - 1);
  // Only a line that ends in a digit, a letter or a bracket can end on a number.
  if (!(c === 41 || c === 93 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return null;
  const m = TRAILING_TOKEN_RX.exec(line);
  if (!m) return null;
  const number = m[2] ?? m[3]!;
  return { number, labelled: true, code: "", parts: [parseInt(number, 10)], sub: null, rest: m[1]!.replace(/\s*[-–—:]$/, "").trim(), family: "label:after|1" };
}

/** A numbering family: the same code, label and shape of number; sub-parts belong to the parent family. */
export function familyKey(t: ItemToken): string {
  return t.family;
}

/** A title as a reader would give it: attachment links after it dropped, a closing stop or colon dropped. */
export function cleanTitle(title: string): string {
  let t = title.trim();
  for (const rx of TITLE_TRAILERS) t = t.replace(rx, "");
  return t.replace(/\s*[:.]$/, "").trim();
}

/** Whether text reads as an item title rather than a sentence. */
export function titleOk(title: string): boolean {
  const t = title.trim();
  if (!t || t.length > 200) return false;
  const words = t.split(/\s+/);
  // A bilingual title ("Ceisiadau Cynllunio / Planning Applications") says it twice.
  if (words.length > (/\s\/\s/.test(t) ? 36 : 18)) return false;
  if (!/^[A-Z0-9"'‘“(£]/.test(t)) return false;
  // "R1: That the Cabinet adopts …" is a decision, not a title; "1. Introduction ...... 5" a contents line.
  if (/^That\b/.test(t) || /(?:\.\s*){4,}\d*$/.test(t)) return false;
  // A sentence with a pronoun for its subject ("We recommend that the Council:"), or two sentences, is not a title.
  if (/^(?:We|I|It|They|This|These|There)\s/.test(t) || /[a-z]\.\s+[A-Z(]/.test(t)) return false;
  if (/[.;,]$/.test(t) && !(t === t.toUpperCase() && words.length <= 8)) return false;
  if (/\b(?:is|are|was|were|be|that|will|would|should)\s*:?$/i.test(t)) return false;
  // A sentence, not a heading: "2. The Committee believes that …".
  if (/\b(?:is|are|was|were|will|would|should|be|has|have|had|that)\b/.test(t) && words.length > 8 && t !== t.toUpperCase()) return false;
  return true;
}

/** "23 October 2019": a date, not item 23 with the title "October 2019". */
export function isDateLike(t: ItemToken): boolean {
  return t.parts.length === 1 && !t.code && !t.sub && t.parts[0]! <= 31 && /^(?:st|nd|rd|th\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i.test(t.rest);
}

/** The position of a token in its family's sequence: for "24/058, 24/059" the part that changes. */
export function sequenceValue(t: ItemToken, varying: number): number {
  return t.parts[Math.min(varying, t.parts.length - 1)]!;
}

/** Which part of a slash number counts up: the first that takes more than one value among the family. */
export function varyingPart(tokens: ItemToken[]): number {
  const n = tokens[0]?.parts.length ?? 1;
  if (n === 1) return 0;
  let best = 0;
  let bestCount = -1;
  for (let k = 0; k < n; k++) {
    const vals = new Set(tokens.map((t) => t.parts[k]));
    if (vals.size > bestCount) [best, bestCount] = [k, vals.size];
  }
  return best;
}

/** Sub-part ordinal: ".1" → 1, "(a)" → 1, "(ii)" → 2. */
export function subValue(sub: string): number {
  const d = /^\.(\d+)/.exec(sub);
  if (d) return Number(d[1]);
  const inner = sub.replace(/[()]/g, "");
  const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"].indexOf(inner);
  if (roman >= 0 && inner !== "i" && inner !== "v") return roman + 1;
  return inner.charCodeAt(0) - 96;
}

/** Longest strictly increasing subsequence by value (patience sorting, O(n log n)); returns indices. */
export function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.push(k);
    k = prev[k]!;
  }
  return out.reverse();
}
