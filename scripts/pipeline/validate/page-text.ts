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

/** One attribute of a start tag: its name and its value, quoted or not (none for a bare attribute). */
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The attributes of a start tag that matter here, read one by one so that a value containing an
 * attribute's name (a title quoting "data-pagefind-body") is never taken for the attribute.
 */
function attributes(attrs: string): { body: boolean; ignore: boolean; labelledBy: string | null } {
  const out = { body: false, ignore: false, labelledBy: null as string | null };
  if (!attrs.includes("data-pagefind-") && !attrs.includes("aria-labelledby")) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m; (m = ATTRIBUTE.exec(attrs)); ) {
    const name = m[1]!.toLowerCase();
    if (name === "data-pagefind-body") out.body = true;
    else if (name === "data-pagefind-ignore") out.ignore = true;
    else if (name === "aria-labelledby") out.labelledBy = m[2] ?? m[3] ?? m[4] ?? "";
  }
  return out;
}

interface Open {
  name: string;
  ignored: boolean;
  /** The item whose section this element opens, if it does. */
  item: string | null;
}

/** The text of a page's searchable body, by region. `itemAnchors`: the anchors of the record's items. */
export function pageText(html: string, itemAnchors: ReadonlySet<string>): PageText {
  const items = new Map<string, string>();
  const outside: string[] = [];
  const parts = new Map<string, string[]>();
  const stack: Open[] = [];
  let found = false;
  let ignoredDepth = 0; // how many open elements are ignored
  let item: string | null = null;
  const sink = () => (item === null ? outside : parts.get(item)!);
  TAG.lastIndex = 0;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (stack.length > 0 && ignoredDepth === 0 && m.index > at) sink().push(decodeEntities(html.slice(at, m.index)));
    at = TAG.lastIndex;
    const [, closing, rawName, attrs = ""] = m;
    if (!rawName) continue; // a comment or doctype
    const name = rawName.toLowerCase();
    const raw = RAW.has(name) && !closing;
    if (stack.length === 0) {
      // Before the searchable body: look only for its start tag, skipping scripts' and styles' content.
      if (!closing && attributes(attrs).body && !VOID.has(name)) {
        found = true;
        stack.push({ name, ignored: false, item: null });
      } else if (raw) TAG.lastIndex = at = endOfRaw(html, name, at);
      continue;
    }
    if (!INLINE.has(name) && ignoredDepth === 0) sink().push(" ");
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
    const own = attributes(attrs);
    const ignored = raw || own.ignore;
    const labelled = name === "section" ? own.labelledBy : null;
    const opens: string | null = labelled !== null && itemAnchors.has(labelled) && item === null ? labelled : null;
    if (opens !== null) {
      item = opens;
      if (!parts.has(opens)) parts.set(opens, []);
    }
    stack.push({ name, ignored, item: opens });
    if (ignored) ignoredDepth++;
    // A script's or style's content is not markup: skip to its end tag.
    if (raw) TAG.lastIndex = at = endOfRaw(html, name, at);
  }
  for (const [anchor, texts] of parts) items.set(anchor, texts.join(""));
  return { outside: outside.join(""), items, found };
}

function endOfRaw(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}`, "gi");
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}
