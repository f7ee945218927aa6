// Build-time highlighting of source text with Shiki and our own minutes grammar (minutes-grammar.json).
// Shiki gives tokens, not HTML: the source view renders each token's text through Astro's escaping
// with a class per kind, so no source text is ever treated as markup, and colours live in the one
// stylesheet (light and dark) rather than inline on every token.
import { createHighlighterCore, type HighlighterCore, type ThemeRegistrationRaw } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import grammar from "./minutes-grammar.json" with { type: "json" };

/** What a token is; its class in the source view is `TOKEN_CLASS[kind]` (src/styles/source-view.css). */
export type TokenKind = "heading" | "number" | "resolved" | "resolution" | "name" | "date" | "time" | "money";

/**
 * The source view's class for each kind: two letters, as a source view has some fifty marked tokens and
 * `k-resolution` on each cost 300 bytes a page over these (docs/performance.md, "Round two, session 5").
 */
export const TOKEN_CLASS: Record<TokenKind, string> = {
  heading: "kh",
  number: "kn",
  resolved: "kr",
  resolution: "ks",
  name: "kp",
  date: "kd",
  time: "kt",
  money: "km",
};

export interface SourceToken {
  text: string;
  kind: TokenKind | null;
}

// The theme only carries token kinds to us: each scope gets a placeholder colour that stands for a kind.
const KINDS: [scope: string, kind: TokenKind][] = [
  ["markup.heading.item.number", "number"],
  ["markup.heading.item", "heading"],
  ["keyword.other.resolved", "resolved"],
  ["meta.resolution", "resolution"],
  ["entity.name.person", "name"],
  ["constant.other.date", "date"],
  ["constant.other.time", "time"],
  ["constant.numeric.money", "money"],
];
const colourOf = (i: number) => `#0000${(i + 1).toString(16).padStart(2, "0")}`;
const KIND_BY_COLOUR = new Map(KINDS.map(([, kind], i) => [colourOf(i), kind]));
const THEME: ThemeRegistrationRaw = {
  name: "minutebook-kinds",
  type: "light",
  settings: [
    { settings: { foreground: "#000000", background: "#ffffff" } },
    ...KINDS.map(([scope], i) => ({ scope, settings: { foreground: colourOf(i) } })),
  ],
};

/** Lines longer than this are shown plain: TextMate matching is per line and a 1 MB line would stall it. */
export const MAX_HIGHLIGHT_LINE = 2_000;
/** Sources larger than this are shown plain (still numbered and anchored): page and build time stay bounded. */
export const MAX_HIGHLIGHT_CHARS = 2_000_000;

let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [THEME],
    langs: [grammar as never],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

const plain = (lines: readonly string[]): SourceToken[][] => lines.map((text) => (text ? [{ text, kind: null }] : []));

/**
 * The tokens of each line, one array per input line, adjacent tokens of one kind merged. Falls back
 * to plain lines when the source is too large or Shiki's line count would not match ours.
 */
export async function highlightLines(lines: readonly string[]): Promise<SourceToken[][]> {
  const size = lines.reduce((n, l) => n + l.length + 1, 0);
  if (size > MAX_HIGHLIGHT_CHARS) return plain(lines);
  const hl = await getHighlighter();
  const themed = hl.codeToTokensBase(lines.join("\n"), {
    lang: "minutes",
    theme: "minutebook-kinds",
    tokenizeMaxLineLength: MAX_HIGHLIGHT_LINE,
  });
  if (themed.length !== lines.length) return plain(lines);
  return themed.map((line, i) => {
    const out: SourceToken[] = [];
    for (const token of line) {
      const kind = KIND_BY_COLOUR.get((token.color ?? "").toLowerCase()) ?? null;
      const last = out.at(-1);
      if (last && last.kind === kind) last.text += token.content;
      else if (token.content) out.push({ text: token.content, kind });
    }
    // Whatever Shiki did, the text shown must be the line as written.
    return out.map((t) => t.text).join("") === lines[i] ? out : plain([lines[i]!])[0]!;
  });
}
