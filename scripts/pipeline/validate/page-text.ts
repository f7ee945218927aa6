// The text a document page shows and search indexes: the element marked `data-pagefind-body`, less
// what Pagefind leaves out (`data-pagefind-ignore` subtrees, scripts, styles, comments, attributes),
// split into regions — the text before the first item (the preamble) and one region per item, the
// `<section>` whose `aria-labelledby` names the item's anchor. Pure, one pass over the HTML, no DOM:
// the page-coverage gate runs it on every document page of a build (10,000 pages must cost seconds).
//
// It reads the HTML the site's own templates write (well-formed, quoted attributes), not arbitrary HTML.

export interface PageText {
  /** Text of the body outside any item's section (the preamble, or the whole text of an itemless document). */
  outside: string;
  /** Text of each item's section, by item anchor. */
  items: Map<string, string>;
  /** False when the page has no `data-pagefind-body` element. */
  found: boolean;
}

/** Elements that never have content or an end tag (HTML's void elements). */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose content is not text a reader sees. */
const RAW = new Set(["script", "style", "template"]);
/**
 * Phrasing elements: their boundaries do not separate words ("foster<a>ing</a>" is one word). Every
 * other element's start and end do, as a browser lays out blocks and cells (and Pagefind splits them).
 */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Astro's escaping writes (named few, decimal and hex). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->|<![^>]*>/g;

const attributePattern = (name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`);
const IGNORE = attributePattern("data-pagefind-ignore");
const LABELLED_BY = attributePattern("aria-labelledby");

/** An attribute's value ("" when it has none), or null when the tag does not have it. */
function attribute(attrs: string, pattern: RegExp): string | null {
  if (attrs.length < 2) return null;
  const m = pattern.exec(attrs);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? "";
}

interface Open {
  name: string;
  ignored: boolean;
  /** The item whose section this element opens, if it does. */
  item: string | null;
}

/** The text of a page's searchable body, by region. `itemAnchors`: the anchors of the record's items. */
export function pageText(html: string, itemAnchors: ReadonlySet<string>): PageText {
  const marker = html.indexOf("data-pagefind-body");
  const items = new Map<string, string>();
  if (marker < 0) return { outside: "", items, found: false };
  const start = html.lastIndexOf("<", marker);
  const outside: string[] = [];
  const parts = new Map<string, string[]>();
  const stack: Open[] = [];
  let ignoredDepth = 0; // how many open elements are ignored
  let item: string | null = null;
  const sink = () => (item === null ? outside : parts.get(item)!);
  TAG.lastIndex = start;
  let at = start;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (stack.length > 0 && ignoredDepth === 0 && m.index > at) sink().push(decodeEntities(html.slice(at, m.index)));
    at = TAG.lastIndex;
    const [, closing, rawName, attrs = ""] = m;
    if (!rawName) continue; // a comment or doctype
    const name = rawName.toLowerCase();
    if (!INLINE.has(name) && ignoredDepth === 0 && stack.length > 0) sink().push(" ");
    if (closing) {
      // Close up to the matching element (the templates close every element they open).
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.name !== name) i--;
      if (i < 0) continue;
      while (stack.length > i) {
        const closed = stack.pop()!;
        if (closed.ignored) ignoredDepth--;
        if (closed.item !== null) item = null;
      }
      if (stack.length === 0) break; // the body element ended
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith("/")) continue;
    const ignored = RAW.has(name) || attribute(attrs, IGNORE) !== null;
    const labelled = name === "section" ? attribute(attrs, LABELLED_BY) : null;
    const opens: string | null = labelled !== null && itemAnchors.has(labelled) && item === null ? labelled : null;
    if (opens !== null) {
      item = opens;
      if (!parts.has(opens)) parts.set(opens, []);
    }
    stack.push({ name, ignored, item: opens });
    if (ignored) ignoredDepth++;
    if (RAW.has(name)) {
      // Skip a script's or style's content to its end tag.
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = at;
      TAG.lastIndex = at = end.exec(html)?.index ?? html.length;
    }
  }
  for (const [anchor, texts] of parts) items.set(anchor, texts.join(""));
  return { outside: outside.join(""), items, found: true };
}
