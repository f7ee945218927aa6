// The copy of a document page given to Pagefind: the same page less everything Pagefind reads and then
// throws away. Pagefind parses every byte of the HTML it is given (about 7 ms of its CPU for a 48 KB
// page, as much again in Node to send it base64-encoded over its stdio), and most of a page's bytes are
// markup it never keeps: attributes such as `class`, `href` and `aria-label`, scripts, and the
// `data-pagefind-ignore="all"` parts (item tools, source links). The copy keeps every text node,
// every element and every attribute Pagefind reads, so its bundle is byte for byte the one the whole
// page gives (tests/emit/search-page.test.ts builds both); only the non-heading ids go, on purpose.
//
// What Pagefind 1.6 reads from an element (pagefind/src/fossick/parser.rs): its name, `id` (anchors),
// the `data-pagefind-*` attributes (and any attribute they name in brackets, e.g.
// `data-pagefind-meta="image[src]"`, or list in `data-pagefind-index-attrs`), `lang`, and an `<img>`'s
// `src` and `alt` (the default image meta and indexed alt text). Script and style contents are never
// indexed, and an element with `data-pagefind-ignore="all"` is dropped with everything in it, filters
// and meta included.

/** Tags, quoted attribute values allowed to hold `>`; comments as one token (Pagefind indexes none). */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const READ = /^(?:lang|src|alt|data-pagefind-[\w-]+)$/i;
const HEADING = /^h[1-6]$/i;
/** A quick test: attributes without any of these names keep nothing (most elements). */
const MAY_READ = /\s(?:id|lang|src|alt|data-pagefind-)/i;
/** Raw-text elements: their end tag is the first `</name`, whatever comes between. */
const RAW = new Set(["script", "style"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * The element's attributes that Pagefind reads, as written; null when the element is to be dropped
 * with its contents (`data-pagefind-ignore="all"`).
 */
function keptAttributes(name: string, attributes: string): string | null {
  if (!MAY_READ.test(attributes)) return "";
  const all = [...attributes.matchAll(ATTRIBUTE)];
  const named = new Set<string>();
  for (const [, key = "", double, single, bare] of all) {
    if (!/^data-pagefind-/i.test(key)) continue;
    const value = double ?? single ?? bare ?? "";
    if (key.toLowerCase() === "data-pagefind-ignore" && value.trim().toLowerCase() === "all") return null;
    for (const m of value.matchAll(/\[([^\]]+)\]/g)) named.add(m[1]!.trim().toLowerCase());
    if (key.toLowerCase() === "data-pagefind-index-attrs") for (const a of value.split(",")) named.add(a.trim().toLowerCase());
  }
  let kept = "";
  for (const [whole, key = ""] of all) {
    const lower = key.toLowerCase();
    // Pagefind keeps every element with an id as an anchor, with its whole text, in the fragment each
    // result downloads; the search module uses only headings' (sub-results labelled by item).
    if (lower === "id" ? HEADING.test(name) : READ.test(key) || named.has(lower)) kept += whole;
  }
  return kept;
}

/** Where the element opened by the tag that ends at `from` closes (the index of its end tag), or -1. */
function closingTag(html: string, name: string, from: number): number {
  if (RAW.has(name)) {
    const raw = new RegExp(`</${name}`, "gi");
    raw.lastIndex = from;
    return raw.exec(html)?.index ?? -1;
  }
  const tags = new RegExp(TOKEN.source, "g");
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[2]?.toLowerCase() !== name || m[3]?.endsWith("/")) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

export function pageForIndex(html: string): string {
  let out = "";
  let from = 0;
  const tokens = new RegExp(TOKEN.source, "g");
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [whole, end, tag, attributes = ""] = m;
    out += html.slice(from, m.index);
    from = m.index + whole.length;
    if (!tag) continue; // a comment
    const name = tag.toLowerCase();
    if (end) {
      out += `</${tag}>`;
      continue;
    }
    const selfClosing = attributes.endsWith("/");
    const kept = RAW.has(name) ? null : keptAttributes(name, selfClosing ? attributes.slice(0, -1) : attributes);
    if (kept === null) {
      // Dropped with its contents; an element never closed is dropped alone.
      if (selfClosing || VOID.has(name)) continue;
      const close = closingTag(html, name, from);
      if (close < 0) continue;
      const closeEnd = html.indexOf(">", close);
      from = closeEnd < 0 ? html.length : closeEnd + 1;
      tokens.lastIndex = from;
      continue;
    }
    out += `<${tag}${kept}${selfClosing ? "/" : ""}>`;
  }
  return out + html.slice(from);
}
