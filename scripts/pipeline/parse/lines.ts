// Lines: the decoded text split into lines, with presentation markup (markdown emphasis and heading
// marks, inline HTML such as `<b>` and `<u>`) taken off so later stages see plain words. Markup is
// recorded as hints (heading level, bold) because a clerk's layout uses it to mark headings.

export interface Line {
  /** 1-based line number in the source. */
  n: number;
  /** The line as written, less trailing whitespace. */
  raw: string;
  /** Plain text: markup removed, whitespace collapsed (tabs kept: they separate table cells). */
  text: string;
  /** Markdown heading level (`## x` → 2), when the line is one. */
  mdLevel: number | null;
  /** The whole line is emphasised (`**x**`, `<b>x</b>`). */
  bold: boolean;
  /** A markdown rule (`---`), a page number or similar: furniture, never running text. */
  rule: boolean;
}

// Only formatting tags that open and close on the line are markup; anything else that looks like a tag
// (`</div>`, `<script>`, `<Component/>`) is text someone wrote and must reach the page as written.
const PAIRED_TAG = /<(b|strong|i|em|u|span|font|sup|sub)(?:\s[^<>]*)?>([^<>]*)<\/\1>/gi;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
// Markdown emphasis only when it is closed: `**bold**`, `__bold__`; a lone `__init` is text.
const PAIRED_EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;

/** Remove inline markup from one line of text; keep every word, and every character that is not markup. */
export function stripMarkup(s: string): string {
  // Most lines carry no markup at all: skip the regular expressions for them.
  if (!/[<*_\\]/.test(s)) return s;
  let out = s.replace(LINE_BREAK_TAG, " ");
  // Nested pairs (`<b><u>x</u></b>`) come off one layer per pass.
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(PAIRED_TAG, "$2");
  }
  return out
    .replace(PAIRED_EMPHASIS, "$2")
    // Emphasis spanning lines (`**319 Alternative` / `Delivery Model**`) opens at a line's start or closes at its end.
    .replace(/^(\s*)(\*\*|__)(?=\S)/, "$1")
    .replace(/(?<=\S)(\*\*|__)(\s*)$/, "$2")
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,;:])/g, "$1$2")
    // Single-underscore emphasis closes on the same line: `_Proposed Cllr Hale, seconded Cllr Ito._`.
    .replace(/(^|\s)_(\S[^_]*\S|\S)_(?=\s|$|[.,;:])/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

export function toLines(text: string): Line[] {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "\uFFFD");
  const rawLines = src.split("\n");
  const out: Line[] = new Array(rawLines.length);
  for (let i = 0; i < rawLines.length; i++) {
    const raw = trimSpacesEnd(rawLines[i] ?? "", true);
    let body = raw;
    let mdLevel: number | null = null;
    // The regular expressions below scan the whole line; most lines fail a one-character test first.
    const h = body.includes("#") ? /^\s{0,3}(#{1,6})\s+(.*)$/.exec(body) : null;
    if (h) {
      mdLevel = h[1]!.length;
      body = h[2]!.replace(/\s+#+\s*$/, "");
    }
    const trimmed = body.trim();
    const c0 = trimmed.charCodeAt(0);
    const bold = (c0 === 42 || c0 === 95 || c0 === 60) && /^(\*\*|__|<b>|<strong>).*(\*\*|__|<\/b>|<\/strong>)$/i.test(trimmed) && !/\*\*.*\*\*.*\*\*/.test(trimmed.slice(2, -2));
    const stripped = stripMarkup(body);
    const plain = trimSpacesEnd(hasSpaceRun(stripped) ? stripped.replace(/[ \u00a0]{2,}/g, " ") : stripped, false);
    const rule = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/.test(raw) || isPageNumber(plain);
    out[i] = { n: i + 1, raw, text: plain, mdLevel, bold, rule };
  }
  return out;
}

/** `s` less trailing spaces (and no-break spaces when `nbsp`): what `/[ \u00a0]+$/` or `/ +$/` removes, without a scan from every position. */
function trimSpacesEnd(s: string, nbsp: boolean): string {
  let e = s.length;
  for (; e > 0; e--) {
    const c = s.charCodeAt(e - 1);
    if (c !== 32 && !(nbsp && c === 0xa0)) break;
  }
  return e === s.length ? s : s.slice(0, e);
}

/** Maybe two or more spaces or no-break spaces in a row (`/[ \u00a0]{2,}/`): false only when there are none. */
function hasSpaceRun(s: string): boolean {
  return s.includes("  ") || s.includes("\u00a0");
}

/** "12", "Page 12", "Page 12 of 30", "- 12 -": page numbers printed by the PDF. */
export function isPageNumber(s: string): boolean {
  return /^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–]?\s*\d{1,3}\s*[-–]?)\s*$/i.test(s);
}
