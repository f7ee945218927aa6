// The coverage check's fast path (scripts/pipeline/validate/word-multiset.ts) must answer exactly what
// counting `words()` of both texts answers: a fast path that kept a missing word would let the build
// pass with text lost.
import { describe, expect, it } from "vitest";
import { checkCoverage, words } from "../../scripts/pipeline/validate/coverage.ts";
import { wordsCovered } from "../../scripts/pipeline/validate/word-multiset.ts";
import type { DocumentRecord } from "../../src/schema/record.ts";

/** The reference: every word of `text` (by `words`) occurs in `kept` at least as often. */
function covered(text: string, kept: string): boolean {
  const have = new Map<string, number>();
  for (const w of words(kept)) have.set(w, (have.get(w) ?? 0) + 1);
  for (const w of words(text)) {
    const n = have.get(w) ?? 0;
    if (n === 0) return false;
    have.set(w, n - 1);
  }
  return true;
}

const fnv1a = (s: string): number => {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};

const CASES: [string, string, string][] = [
  ["every word kept, in another order and case", "The Committee RESOLVED to note the report.", "report the note to resolved committee the"],
  ["a word printed twice but kept once", "the report and the report", "the report and the"],
  ["a word missing", "Apologies were received from Cllr Ashdown.", "Apologies were received from Cllr"],
  ["a word kept only as part of a longer word", "note", "notes noted"],
  ["digits are words", "Item 12 at 10:30", "Item 12 at 10"],
  ["a ligature and full-width letters are their plain forms (NFKC)", "ﬁnance ＡＢＣ", "finance abc"],
  ["accented letters, composed or not", "café naïve", "cafe\u0301 nai\u0308ve"],
  ["accented letters are not their plain forms", "café", "cafe"],
  ["Welsh and Greek, the final sigma lower-cased in context", "PENDERFYNWYD ΟΔΟΣ", "penderfynwyd οδος"],
  ["the final sigma differs from the medial one", "ΟΔΟΣ", "οδοσ"],
  ["letters outside the BMP", "𐌰𐌱𐌲 and 𝐀𝐁", "𐌰𐌱𐌲 and ab"],
  ["letters outside the BMP, one missing", "𐌰𐌱𐌲 𐌳", "𐌰𐌱𐌲"],
  ["a lone surrogate is not a letter", "a\ud800b", "a b"],
  ["digits of other scripts", "٣ ٤", "٣"],
  ["combining marks split words where NFKC cannot compose them", "q\u0303x", "q x"],
  ["no words at all", "— … —", ""],
  ["words that share an FNV-1a hash and length are still two words", "glbpp", "yaczf"],
];

describe("wordsCovered agrees with counting words()", () => {
  it("the hash-collision case really collides (else it tests nothing)", () => {
    expect(fnv1a("glbpp")).toBe(fnv1a("yaczf"));
  });

  for (const [name, text, kept] of CASES) {
    it(name, () => {
      expect(wordsCovered(text, kept)).toBe(covered(text, kept));
    });
  }

  it("a kept text with thousands of distinct words (the table grows) keeps every count", () => {
    const kept = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`).join(" ");
    expect(wordsCovered(kept, kept)).toBe(true);
    expect(wordsCovered(`${kept} w0`, kept)).toBe(false);
    expect(wordsCovered(`${kept} zz9`, kept)).toBe(false);
  });

  it("the answers, across all cases in both directions, are not all the same (the check discriminates)", () => {
    const answers = CASES.flatMap(([, a, b]) => [wordsCovered(a, b), wordsCovered(b, a)]);
    expect(new Set(answers)).toEqual(new Set([true, false]));
    expect(CASES.flatMap(([, a, b]) => [covered(a, b), covered(b, a)])).toEqual(answers);
  });
});

describe("checkCoverage reads a source with and without the fast path alike", () => {
  const record = (texts: string[]): DocumentRecord =>
    ({ preamble: texts.map((text, i) => ({ text, lines: [i + 1, i + 1] })), items: [], furniture: [] }) as unknown as DocumentRecord;

  it("a word broken over a line end is kept joined", () => {
    expect(checkCoverage("the co-\nordination of care", record(["the coordination of care"]))).toEqual({ ratio: 1, missing: [] });
  });

  it("a word broken over a line end is kept as its two halves", () => {
    expect(checkCoverage("the co-\nordination of care", record(["the co ordination of care"]))).toEqual({ ratio: 1, missing: [] });
  });

  it("markup is not words, and a missing word is named with its line", () => {
    const result = checkCoverage("**Present:** Cllr Ashdown\n<b>Apologies</b>: Cllr Brennan", record(["Present: Cllr Ashdown", "Apologies: Cllr"]));
    expect(result.missing).toEqual([{ word: "brennan", line: 2 }]);
    expect(result.ratio).toBeCloseTo(5 / 6);
  });
});
