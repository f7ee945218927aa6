// A cheap pre-test for the case-insensitive (`iu`) regexes that find topics, names and roles in text.
// Each term's keys are its runs of ASCII letters and digits that the term separates from the rest of
// itself (by a space, hyphen, apostrophe… — not by a dot, which names make optional). Where the term
// matches, the text holds each of its keys as a whole run of ASCII letters and digits (lower-cased),
// so a text that lacks a key of every term of a regex is not searched with it. All of a term's keys,
// not one: "councillor" is in most paragraphs of minutes, "councillor" with "cassidy" in few. At
// 10,000 documents those regexes, run on every paragraph, were most of the archive stage's time
// (docs/performance.md).
//
// Exact, never a missed match: under `iu` an ASCII letter matches only itself, its other case, and
// two characters whose simple case folding is ASCII (Unicode CaseFolding.txt): U+017F LONG S (→ s)
// and U+212A KELVIN SIGN (→ k). `toLowerCase` maps the Kelvin sign to k and the long s is mapped here,
// on both sides. The topic regexes allow a plural "s" after a term, so a run ending in "s" also counts
// without it. A term without such a run has no keys, and its regex always runs.

const RUN = /[a-z0-9]+/g;
const ALNUM = /[a-z0-9]/;

/** Lower case, and the long s as s: how both the terms and the texts are compared. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("\u017f") ? lower.replaceAll("\u017f", "s") : lower;
}

/** The keys of one term, or null when it has none (see above). */
export function termKeys(term: string): string[] | null {
  const folded = fold(term);
  const separated = (c: string | undefined) => c === undefined || (c !== "." && !ALNUM.test(c));
  const keys: string[] = [];
  for (const m of folded.matchAll(RUN)) {
    if (separated(folded[m.index - 1]) && separated(folded[m.index + m[0].length]) && !keys.includes(m[0])) keys.push(m[0]);
  }
  return keys.length ? keys : null;
}

/** The keys of each of a regex's terms; null when some term has none, so the regex must always run. */
export function literalKeys(terms: Iterable<string>): string[][] | null {
  const all: string[][] = [];
  for (const term of terms) {
    const keys = termKeys(term);
    if (keys === null) return null;
    all.push(keys);
  }
  return all;
}

/** The runs of ASCII letters and digits of a text, as keys are looked up in them. */
export function textRuns(text: string): Set<string> {
  const runs = new Set<string>();
  const add = (run: string) => {
    runs.add(run);
    if (run.endsWith("s")) runs.add(run.slice(0, -1));
  };
  // One pass over the text, without lower-casing all of it: this runs on every paragraph. The three
  // characters that lower-case or fold into ASCII (U+0130 İ → "i̇", U+017F ſ, U+212A K) send it the
  // long way.
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 0x130 || c === 0x17f || c === 0x212a) {
      runs.clear();
      for (const [run] of fold(text).matchAll(RUN)) add(run);
      return runs;
    }
    if (start >= 0) {
      add(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return runs;
}

/** Whether a regex whose terms have these keys could match in a text with these runs. */
export function mayMatch(runs: ReadonlySet<string>, keys: readonly (readonly string[])[] | null): boolean {
  if (keys === null) return true;
  return keys.some((termKeys) => termKeys.every((key) => runs.has(key)));
}
