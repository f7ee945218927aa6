// Coverage: nothing lost. Every word of the source must appear in the record's text (item numbers,
// headings, titles and paragraphs, the preamble, furniture), counted as a multiset so a word printed
// twice must be kept twice. Markup (`**`, `#`, `<b>`) is presentation, not words.
import type { DocumentRecord } from "../../../src/schema/record.ts";
import { stripMarkup } from "../parse/lines.ts";
import { BROKEN_WORD_END, CONTINUATION_START } from "../parse/hyphenation.ts";
import { wordsCovered } from "./word-multiset.ts";

export interface CoverageResult {
  /** Share of source words found in the record, 0..1 (1 when the source has no words). */
  ratio: number;
  missing: { word: string; line: number }[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The same words for ASCII text, where letters and digits are [a-z0-9] once lower-cased; a simpler regex runs faster. */
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** The words of a text as both coverage checks count them: runs of letters and digits, lower-cased (NFKC). */
export function words(s: string): string[] {
  // NFKC only matters for non-ASCII text (ligatures, full-width forms); most lines are ASCII.
  if (NON_ASCII.test(s)) return s.normalize("NFKC").toLowerCase().match(WORD) ?? [];
  return s.toLowerCase().match(ASCII_WORD) ?? [];
}

/** All text the record keeps of the source. */
export function recordText(record: DocumentRecord): string[] {
  const out: string[] = [];
  for (const p of record.preamble) out.push(p.text);
  for (const it of record.items) {
    out.push(it.number ?? "", it.title, it.heading ?? "");
    for (const p of it.paragraphs) out.push(p.text);
  }
  for (const f of record.furniture) out.push(f.text);
  return out;
}

/**
 * One word of the source, with the line it is on (1-based). A word broken at a line's end by a hyphen
 * ("co-" / "ordination") is one word, kept either joined or as its two `halves`.
 */
export interface SourceWord {
  word: string;
  line: number;
  halves?: [string, string];
}

/** The source's words in order. The source loses only what the parser treats as markup (closed formatting tags, emphasis). */
export function sourceWords(sourceText: string): SourceWord[] {
  const out: SourceWord[] = [];
  const raw = sourceText.split(/\r\n?|\n/).map((l) => stripMarkup(l).trim());
  const lines = raw.map(words);
  let carried: string | null = null; // the first half of a word broken at the previous line's end
  for (let i = 0; i < lines.length; i++) {
    const ws = lines[i]!;
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!;
      if (j === 0 && carried !== null) {
        out.push({ word: carried + w, line: i, halves: [carried, w] });
        carried = null;
        continue;
      }
      const breaks = j === ws.length - 1 && raw[i]!.endsWith("-") && BROKEN_WORD_END.test(raw[i]!) && CONTINUATION_START.test(raw[i + 1] ?? "");
      if (breaks) {
        carried = w;
        continue;
      }
      out.push({ word: w, line: i + 1 });
    }
  }
  return out;
}

/** Markup `stripMarkup` removes, and the end of a line that may break a word: text with neither is read as it is. */
const MARKUP_OR_BREAK = /[<*_\\]|-\s*[\r\n]/;

/**
 * The source's words as `sourceWords` reads them, as one text to tokenise (a line break is never part of
 * a word, and neither NFKC nor lower-casing, whose one context rule, the Greek final sigma, stops at a
 * line break, looks across one), or null when a line ends in a broken word, which only the
 * line-by-line reading pairs with its other half.
 */
function sourceWordText(sourceText: string): string | null {
  if (!MARKUP_OR_BREAK.test(sourceText)) return sourceText;
  const raw = sourceText.split(/\r\n?|\n/);
  for (let i = 0; i < raw.length; i++) raw[i] = stripMarkup(raw[i]!).trim();
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]!.endsWith("-") && BROKEN_WORD_END.test(raw[i]!) && CONTINUATION_START.test(raw[i + 1] ?? "")) return null;
  }
  return raw.join("\n");
}

export function checkCoverage(sourceText: string, record: DocumentRecord): CoverageResult {
  // The common case, every word kept: without a broken word the order in which words are taken does
  // not matter, and a multiset comparison of the two texts answers it. Otherwise, or when a word is
  // missing, the word-by-word reading below finds which words and where.
  const plain = sourceWordText(sourceText);
  if (plain !== null && wordsCovered(plain, recordText(record).join("\n"))) return { ratio: 1, missing: [] };
  const have = new Map<string, number>();
  for (const t of recordText(record)) for (const w of words(t)) have.set(w, (have.get(w) ?? 0) + 1);
  const missing: CoverageResult["missing"] = [];
  const take = (w: string): boolean => {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    return n > 0;
  };
  const source = sourceWords(sourceText);
  for (const { word, line, halves } of source) {
    if (halves) {
      // A broken word is kept either joined ("information") or as its two halves ("co", "ordination").
      if (take(word)) continue;
      if (take(halves[0]) && take(halves[1])) continue;
      missing.push({ word: `${halves[0]}-${halves[1]}`, line });
      continue;
    }
    if (!take(word)) missing.push({ word, line });
  }
  const total = source.length;
  return { ratio: total ? (total - missing.length) / total : 1, missing };
}
