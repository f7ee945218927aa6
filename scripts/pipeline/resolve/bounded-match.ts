// Whole-word matching of a document's names and roles: the matches of
//   /(?<![\p{L}\p{N}])(?:alt1|alt2|…)(?![\p{L}\p{N}<after>])/giu
// found without compiling that regex for every document. Compiling the boundary classes under `iu`
// costs V8 over a millisecond per regex (their case closure is computed each time), against a few
// microseconds to run it on a paragraph; with two such regexes per document that was most of the
// archive stage at 10,000 documents (docs/performance.md). Here the boundaries are checked with
// classes compiled once, and the alternation alone is compiled, when a paragraph first needs it.
//
// The same matches as the regex: the alternation finds the leftmost place where some alternative
// matches, and the first alternative (in order) that matches there. If the character before fails
// the look-behind, no match starts there: the search goes on from the next character. If the first
// alternative fails the look-ahead, a later one may still pass it: only then is the whole regex
// (without the look-behind, already checked) compiled, and asked at that place.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;

/** The code point that ends at `index`, or "" at the start. */
function codePointBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

const codePointAt = (text: string, index: number): string => String.fromCodePoint(text.codePointAt(index)!);

export interface BoundedMatch {
  start: number;
  text: string;
}

export class BoundedAlternation {
  private readonly source: string;
  private readonly after: RegExp;
  private readonly afterSource: string;
  private bare: RegExp | null = null;
  private whole: RegExp | null = null;

  /**
   * `alternatives`: regex sources, tried in order. `afterAlso`: characters (as a class body) that
   * may not follow a match either, besides letters and digits.
   */
  constructor(alternatives: readonly string[], afterAlso = "") {
    this.source = alternatives.join("|");
    this.afterSource = `[\\p{L}\\p{N}${afterAlso}]`;
    this.after = afterAlso ? new RegExp(`^${this.afterSource}$`, "iu") : LETTER_OR_DIGIT;
  }

  /** The regex this stands for (for tests and messages). */
  get regex(): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${this.source})(?!${this.afterSource})`, "giu");
  }

  /** Every match in `text`, left to right, as the regex's `matchAll` finds them. */
  matches(text: string): BoundedMatch[] {
    const out: BoundedMatch[] = [];
    const bare = (this.bare ??= new RegExp(`(?:${this.source})`, "giu"));
    bare.lastIndex = 0;
    for (let m = bare.exec(text); m !== null; m = bare.exec(text)) {
      const start = m.index;
      if (LETTER_OR_DIGIT.test(codePointBefore(text, start))) {
        bare.lastIndex = start + codePointAt(text, start).length;
        continue;
      }
      const end = start + m[0].length;
      if (end >= text.length || !this.after.test(codePointAt(text, end))) {
        out.push({ start, text: m[0] });
        if (end === start) bare.lastIndex = start + (start < text.length ? codePointAt(text, start).length : 1);
        continue;
      }
      const whole = (this.whole ??= new RegExp(`(?:${this.source})(?!${this.afterSource})`, "iuy"));
      whole.lastIndex = start;
      const w = whole.exec(text);
      if (w) {
        out.push({ start, text: w[0] });
        bare.lastIndex = start + w[0].length;
      } else {
        bare.lastIndex = start + codePointAt(text, start).length;
      }
    }
    return out;
  }
}
