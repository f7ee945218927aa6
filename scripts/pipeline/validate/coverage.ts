// Coverage: nothing lost. Every word of the source must appear in the record's text (item numbers,
// headings, titles and paragraphs, the preamble, furniture), counted as a multiset so a word printed
// twice must be kept twice. Markup (`**`, `#`, `<b>`) is presentation, not words.
import type { DocumentRecord } from "../../../src/schema/record.ts";
import { stripMarkup } from "../parse/lines.ts";
import { BROKEN_WORD_END, CONTINUATION_START } from "../parse/hyphenation.ts";

export interface CoverageResult {
  /** Share of source words found in the record, 0..1 (1 when the source has no words). */
  ratio: number;
  missing: { word: string; line: number }[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The same words for ASCII text, where letters and digits are [a-z0-9] once lower-cased; a simpler regex runs faster. */
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

function words(s: string): string[] {
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

export function checkCoverage(sourceText: string, record: DocumentRecord): CoverageResult {
  const have = new Map<string, number>();
  for (const t of recordText(record)) for (const w of words(t)) have.set(w, (have.get(w) ?? 0) + 1);
  const missing: CoverageResult["missing"] = [];
  let total = 0;
  const take = (w: string): boolean => {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    return n > 0;
  };
  // The source side loses only what the parser treats as markup (closed formatting tags, emphasis).
  const raw = sourceText.split(/\r\n?|\n/).map((l) => stripMarkup(l).trim());
  const lines = raw.map(words);
  let carried: string | null = null; // the first half of a word broken at the previous line's end
  for (let i = 0; i < lines.length; i++) {
    const ws = lines[i]!;
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!;
      if (j === 0 && carried !== null) {
        // A broken word is kept either joined ("information") or as its two halves ("co", "ordination").
        total++;
        const first: string = carried;
        carried = null;
        if (take(first + w)) continue;
        if (take(first) && take(w)) continue;
        missing.push({ word: `${first}-${w}`, line: i });
        continue;
      }
      const breaks = j === ws.length - 1 && raw[i]!.endsWith("-") && BROKEN_WORD_END.test(raw[i]!) && CONTINUATION_START.test(raw[i + 1] ?? "");
      if (breaks) {
        carried = w;
        continue;
      }
      total++;
      if (!take(w)) missing.push({ word: w, line: i + 1 });
    }
  }
  return { ratio: total ? (total - missing.length) / total : 1, missing };
}
