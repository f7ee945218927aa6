// Hyphenation at line ends: PDF extraction leaves words broken across lines ("infor-" / "mation").
// The break is undone unless the first part is a prefix English keeps hyphenated ("co-ordination",
// "re-offending", "multi-agency"), where the hyphen is more likely the writer's own.
const KEEP_HYPHEN_AFTER = new Set(
  (
    "co non self ex well multi cross anti pre post half full long short high low part mid semi inter intra pro sub " +
    "re de un cost year day one two three four five six seven eight nine ten all first second third top front back " +
    "end sign follow mid start break drop lead take hand life child health care social"
  ).split(" "),
);

/** A line that ends in a word broken by a hyphen, and the line after it that continues the word. */
export const BROKEN_WORD_END = /(\p{L}+)-$/u;
export const CONTINUATION_START = /^\p{Ll}/u;

/** Join two lines of one paragraph where the first ends in `-` and the second continues the word. */
export function joinBrokenWord(left: string, right: string): string {
  const m = left.endsWith("-") ? BROKEN_WORD_END.exec(left) : null;
  if (!m || !CONTINUATION_START.test(right)) return `${left} ${right}`;
  return KEEP_HYPHEN_AFTER.has(m[1]!.toLowerCase()) ? left + right : left.slice(0, -1) + right;
}
