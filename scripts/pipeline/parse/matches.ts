// Every match of a global regular expression, as `String.prototype.matchAll` gives them, without its
// cost: matchAll copies the expression for each call, and a copy of a long expression (a month or
// honorific list) starts again from V8's slow first run. The parser calls these thousands of times.

/** The matches of `rx` (which must be global) in `s`, from the start; an empty match moves on one character, as matchAll does. */
export function allMatches(rx: RegExp, s: string): RegExpExecArray[] {
  if (!rx.global) throw new Error(`allMatches needs a global expression: /${rx.source}/${rx.flags}`);
  const out: RegExpExecArray[] = [];
  rx.lastIndex = 0;
  for (let m = rx.exec(s); m !== null; m = rx.exec(s)) {
    out.push(m);
    if (m[0] === "") rx.lastIndex++;
  }
  // A failed exec has set lastIndex back to 0: the expression is ready for the next call.
  return out;
}
