// The archive stage looks for topics, names and roles in every paragraph. Two shortcuts make that
// affordable at 10,000 documents (docs/performance.md) and must find exactly what the plain regexes
// find: a pre-test on literal words (resolve/literal-keys.ts) and whole-word matching that does not
// compile the boundary classes per document (resolve/bounded-match.ts).
import { describe, expect, it } from "vitest";
import { BoundedAlternation } from "../../scripts/pipeline/resolve/bounded-match.ts";
import { literalKeys, mayMatch, termKeys, textRuns } from "../../scripts/pipeline/resolve/literal-keys.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** As resolve/archive.ts loosens names and roles: an optional dot after an initial, any run of spaces. */
const loosen = (s: string) => escape(s.trim()).replace(/\\\./g, "\\.?").replace(/\s+/g, "\\s+");

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = ["anne smith jones", "anne smith", "j. smith", "the chair", "the chairman", "the vice-chair", "o'brien", "zoë king", "sam k"];
// Pieces texts are made of: the terms' words in other cases, letters that case-fold into ASCII (long
// s, Kelvin sign, dotted capital I), a combining mark that folds to a letter (U+0345), an astral
// letter, digits, hyphens, dots, apostrophes and spaces of several kinds.
const PIECES = [
  "anne", "ANNE", "Anne", "smith", "SMITH", "ſmith", "jones", "Jonesy", "j", "J.", "j.", "the", "The", "chair", "Chairman", "chairman's",
  "vice", "-", "vice-chair", "O'Brien", "o’brien", "zoë", "ZOË", "Zoe", "king", "KING", "\u212Aing", "sam", "Sam", "k", "\u0130", "\u0345",
  "\u{1D400}", "x", "7", " ", "  ", "\u00a0", "\n", ".", ",", "'", "(",
];

function text(next: () => number): string {
  let out = "";
  const n = 1 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)]! + (next() < 0.6 ? " " : "");
  return out;
}

describe("whole-word matching without a regex per document", () => {
  const cases: [string, readonly string[], string][] = [
    ["a longer name that runs into a letter gives way to a shorter one", ["anne smith jones", "anne smith"], "Anne Smith Jonesy said"],
    ["no match starts inside a word", ["anne smith"], "xAnne Smith and Anne Smith"],
    ["a letter outside ASCII is a letter", ["anne smith"], "Ánne smith, ánne Smith"],
    ["the long s and the Kelvin sign match s and k, as under the i and u flags", ["sam k"], "ſam \u212A and SAM K"],
    ["a combining mark that folds to a letter counts as one before a match", ["j smith"], "\u0345j smith and j smith"],
    ["an astral letter counts as one character before a match", ["j smith"], "\u{1D400}j smith; j smith"],
    ["a role is not followed by a hyphen", ["the chair", "the chairman"], "the chair-elect, the Chairman, the chair."],
  ];
  for (const [name, terms, sample] of cases) {
    it(name, () => {
      const words = new BoundedAlternation(terms.map(loosen), "-");
      const expected = [...sample.matchAll(words.regex)].map((m) => ({ start: m.index, text: m[0] }));
      expect(words.matches(sample)).toEqual(expected);
    });
  }

  it("finds what the regex finds, on 1,500 generated texts", () => {
    const next = random(20240601);
    let matched = 0;
    for (let i = 0; i < 1500; i++) {
      const terms = TERMS.filter(() => next() < 0.5);
      if (terms.length === 0) continue;
      const words = new BoundedAlternation(terms.map(loosen), next() < 0.5 ? "-" : "");
      const sample = text(next);
      const expected = [...sample.matchAll(words.regex)].map((m) => ({ start: m.index, text: m[0] }));
      expect(words.matches(sample), JSON.stringify({ terms, sample })).toEqual(expected);
      if (expected.length) matched++;
    }
    expect(matched).toBeGreaterThan(100); // the texts do contain the terms often enough to test something
  });
});

describe("the literal pre-test", () => {
  it("needs every separated word of a term, not just its longest", () => {
    const keys = literalKeys(["councillor b. cassidy"]);
    expect(keys).toEqual([["councillor", "cassidy"]]);
    expect(mayMatch(textRuns("Councillor Jones said"), keys)).toBe(false);
    expect(mayMatch(textRuns("Councillor B Cassidy said"), keys)).toBe(true);
  });

  it("gives no key to words a dot may join (names make dots optional), and then always lets the regex run", () => {
    expect(termKeys("j.smith")).toBeNull();
    expect(literalKeys(["j.smith", "anne smith"])).toBeNull();
    expect(mayMatch(textRuns("jsmith"), null)).toBe(true);
  });

  it("counts a plural s, and the letters that fold into ASCII", () => {
    expect(mayMatch(textRuns("Foster carers met"), literalKeys(["foster carer"]))).toBe(true);
    expect(mayMatch(textRuns("ſam \u212Aing"), literalKeys(["sam king"]))).toBe(true);
    expect(mayMatch(textRuns("\u0130NSPECTION"), literalKeys(["inspection"]))).toBe(false); // "i̇nspection": no run "inspection"
  });

  it("never skips a text the regex would match, on 1,500 generated texts", () => {
    const next = random(7);
    let matched = 0;
    for (let i = 0; i < 1500; i++) {
      const terms = TERMS.filter(() => next() < 0.5);
      if (terms.length === 0) continue;
      const regexes = [
        new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(loosen).join("|")})(?![\\p{L}\\p{N}])`, "giu"),
        new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((t) => escape(t).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+")).join("|")})s?(?![\\p{L}\\p{N}])`, "giu"),
      ];
      const sample = text(next);
      const keys = literalKeys(terms);
      for (const regex of regexes) {
        if (regex.test(sample)) {
          matched++;
          expect(mayMatch(textRuns(sample), keys), JSON.stringify({ terms, sample })).toBe(true);
        }
        regex.lastIndex = 0;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
