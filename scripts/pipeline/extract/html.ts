// Web-page reader: a saved ModernGov "Agenda and minutes" / "Decision details" page or a council CMS
// page, parsed by parse5 (the WHATWG HTML parsing algorithm, as browsers parse), then its main content
// walked into blocks (text-writer.ts): headings, paragraphs, list items, table rows. Navigation,
// headers and footers, forms, scripts, styles and cookie banners are left out; ModernGov's download
// noise ("PDF 211 KB" links, "View the full minutes text for item 5") is kept as furniture. Nothing
// is ever run: the tree is read as data, and text is written as text.
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { decodeSource } from "../decode/decode.ts";
import { TextWriter, type TableRow } from "./text-writer.ts";
import type { ExtractResult } from "./types.ts";

type Node = T.ChildNode | T.ParentNode;

/** Elements whose content is never document text. */
const SKIP = new Set([
  "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
  "nav", "form", "button", "select", "input", "textarea", "label", "dialog", "img", "picture", "video", "audio", "map",
]);
/** Page chrome, skipped when it is not itself the main content. */
const CHROME = new Set(["header", "footer", "aside"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"]);
/** Cookie and consent banners, skip links, breadcrumbs, share bars: by id or class. */
const CHROME_NAMES = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|skip-?link|breadcrumbs?|share|social|site-?header|site-?footer|masthead|menu|sidebar)(?:$|[\s_-])/i;

const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "address", "figure",
  "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "center", "fieldset", "details", "summary",
]);

/** ModernGov's links to the document files, and to the minutes text of one item: noise beside the text. */
const DOWNLOAD_NOISE = /^\s*(?:(?:pdf|docx?|xlsx?|pptx?|rtf|odt)\s+\d+(?:\.\d+)?\s*[kmg]b|view the full (?:minutes|decision|agenda)\s+text(?:\s+for\s+item\s+\S+)?|view the reasons why (?:this|the) item is restricted)\s*$/i;

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is T.Element => "tagName" in n;
const children = (n: Node): T.ChildNode[] => ("childNodes" in n ? n.childNodes : []);

function hidden(el: T.Element): boolean {
  if (attr(el, "hidden") !== undefined || attr(el, "aria-hidden") === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, "style") ?? "");
}

function isChrome(el: T.Element): boolean {
  if (CHROME.has(el.tagName)) return true;
  const role = attr(el, "role");
  if (role && CHROME_ROLES.has(role)) return true;
  return CHROME_NAMES.test(`${attr(el, "id") ?? ""} ${attr(el, "class") ?? ""}`);
}

/** The element holding the page's main content: `<main>`, ModernGov's `#modgov`, an article, else the body. */
function mainContent(root: Node): Node {
  const found: Record<string, T.Element | undefined> = {};
  const visit = (n: Node) => {
    if (!isElement(n)) return children(n).forEach(visit);
    if (SKIP.has(n.tagName)) return;
    const id = attr(n, "id") ?? "";
    const cls = ` ${attr(n, "class") ?? ""} `;
    if (n.tagName === "main" || attr(n, "role") === "main") found.main ??= n;
    if (id === "modgov" || cls.includes(" mgContent ")) found.modgov ??= n;
    if (/^(?:content|main-content|maincontent|main)$/i.test(id)) found.content ??= n;
    if (n.tagName === "article") found.article ??= n;
    if (n.tagName === "body") found.body ??= n;
    children(n).forEach(visit);
  };
  visit(root);
  return found.main ?? found.modgov ?? found.content ?? found.article ?? found.body ?? root;
}

/** Inline text being gathered into the current block, with how much of it is bold. */
class Inline {
  lines: string[] = [""];
  chars = 0;
  boldChars = 0;
  add(text: string, bold: boolean) {
    const t = text.replace(/[\s\u00a0]+/g, " ");
    if (!t) return;
    const last = this.lines.length - 1;
    this.lines[last] = this.lines[last]!.endsWith(" ") && t.startsWith(" ") ? this.lines[last] + t.slice(1) : this.lines[last] + t;
    const n = t.replace(/\s/g, "").length;
    this.chars += n;
    if (bold) this.boldChars += n;
  }
  lineBreak() {
    this.lines.push("");
  }
  take(): { lines: string[]; bold: boolean } {
    const out = { lines: this.lines.map((l) => l.trim()).filter(Boolean), bold: this.chars > 0 && this.boldChars === this.chars };
    this.lines = [""];
    this.chars = 0;
    this.boldChars = 0;
    return out;
  }
}

/** Text of a node as one line (a table cell, a heading). */
function flatText(n: Node): string {
  if (n.nodeName === "#text") return (n as T.TextNode).value;
  if (isElement(n) && (SKIP.has(n.tagName) || hidden(n))) return "";
  const inner = children(n).map(flatText).join(isElement(n) && BLOCK.has(n.tagName) ? " " : "");
  return isElement(n) && (BLOCK.has(n.tagName) || n.tagName === "br" || n.tagName === "td" || n.tagName === "th") ? ` ${inner} ` : inner;
}

function tableRows(table: T.Element): TableRow[] {
  const rows: TableRow[] = [];
  const visit = (n: Node) => {
    if (!isElement(n)) return;
    if (SKIP.has(n.tagName) || hidden(n)) return;
    if (n.tagName === "tr") {
      const cells = children(n).filter(isElement).filter((c) => c.tagName === "td" || c.tagName === "th");
      rows.push({ cells: cells.map(flatText), header: cells.length > 0 && cells.every((c) => c.tagName === "th") });
      return;
    }
    // A table nested in a cell was read with its cell.
    children(n).forEach(visit);
  };
  children(table).forEach(visit);
  return rows;
}

const BLOCK_CONTENT = new Set(["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"]);

/**
 * A table used for layout rather than data: a cell holds several blocks (ModernGov's agenda tables put
 * the item number in one cell and the title, text and decisions as paragraphs in the next).
 */
function isLayoutTable(table: T.Element): boolean {
  let layout = false;
  const visit = (n: Node) => {
    if (layout || !isElement(n) || SKIP.has(n.tagName)) return;
    if ((n.tagName === "td" || n.tagName === "th") && children(n).filter((c) => isElement(c) && BLOCK_CONTENT.has(c.tagName)).length >= 2) layout = true;
    else if (n !== table && n.tagName === "table") return;
    else children(n).forEach(visit);
  };
  visit(table);
  return layout;
}

/** An item number alone in its cell: "1.", "45", "(a)", "MIN 12". */
const ITEM_NUMBER_CELL = /^\s*(?:(?:item|min(?:ute)?(?:\s+no\.?)?)\s+)?\(?[0-9]{1,4}[a-z]?(?:\.[0-9]{1,3})*[.)]?\s*$|^\s*\(?[a-z][.)]\s*$/i;

/** Writes the blocks of a tree (a page's main content, or mammoth's HTML for a Word document). */
export function writeHtml(root: Node, w: TextWriter): void {
  const inline = new Inline();
  /** An item number from a layout table's cell, written before the next block of its row. */
  let prefix = "";
  const withPrefix = (text: string) => {
    if (!prefix) return text;
    const out = `${prefix} ${text}`;
    prefix = "";
    return out;
  };
  const flush = () => {
    const { lines, bold } = inline.take();
    if (!lines.length) return;
    lines[0] = withPrefix(lines[0]!);
    // Download links and their sizes, alone on a line, are furniture.
    let para: string[] = [];
    const emit = () => {
      if (para.length) w.paragraph(para, bold);
      para = [];
    };
    for (const l of lines) {
      if (DOWNLOAD_NOISE.test(l)) {
        emit();
        w.furniture(l);
      } else para.push(l);
    }
    emit();
  };
  const listCounters: number[] = [];
  const visit = (n: Node, bold: boolean) => {
    if (n.nodeName === "#text") return inline.add((n as T.TextNode).value, bold);
    if (!isElement(n)) return children(n).forEach((c) => visit(c, bold));
    const tag = n.tagName;
    if (SKIP.has(tag) || hidden(n) || (n !== root && isChrome(n))) return;
    if (tag === "br") return inline.lineBreak();
    if (tag === "a" && DOWNLOAD_NOISE.test(flatText(n))) {
      flush();
      w.furniture(flatText(n));
      return;
    }
    const b = bold || tag === "b" || tag === "strong" || tag === "th" || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attr(n, "style") ?? "");
    if (/^h[1-6]$/.test(tag)) {
      flush();
      w.heading(withPrefix(flatText(n).trim()), Number(tag[1]));
      return;
    }
    if (tag === "table") {
      flush();
      if (!isLayoutTable(n)) {
        w.table(tableRows(n));
        return;
      }
      // A layout table: each cell's blocks in order, an item-number cell joined to what follows it.
      const rows: T.Element[] = [];
      const collect = (m: Node) => {
        if (!isElement(m) || SKIP.has(m.tagName) || hidden(m)) return;
        if (m.tagName === "tr") rows.push(m);
        else if (m.tagName !== "table" || m === n) children(m).forEach(collect);
      };
      collect(n);
      for (const row of rows) {
        const cells = children(row).filter(isElement).filter((c) => c.tagName === "td" || c.tagName === "th");
        cells.forEach((cell, i) => {
          const own = flatText(cell).trim();
          if (i + 1 < cells.length && ITEM_NUMBER_CELL.test(own)) {
            prefix = own.replace(/\s+/g, " ");
            return;
          }
          children(cell).forEach((c) => visit(c, b));
          flush();
        });
        if (prefix) {
          inline.add(prefix, b);
          prefix = "";
          flush();
        }
      }
      return;
    }
    if (tag === "hr") {
      flush();
      return;
    }
    if (tag === "ol" || tag === "ul") {
      flush();
      listCounters.push(tag === "ol" ? Number(attr(n, "start") ?? "1") || 1 : 0);
      children(n).forEach((c) => visit(c, b));
      listCounters.pop();
      flush();
      return;
    }
    if (tag === "li") {
      flush();
      const depth = listCounters.length - 1;
      const counter = depth >= 0 ? listCounters[depth]! : 0;
      if (depth >= 0 && counter > 0) listCounters[depth] = counter + 1;
      // Block children of the item (nested lists) are written after its own text.
      const own = children(n).filter((c) => !(isElement(c) && (c.tagName === "ol" || c.tagName === "ul" || c.tagName === "table")));
      const rest = children(n).filter((c) => !own.includes(c));
      own.forEach((c) => visit(c, b));
      const { lines, bold: allBold } = inline.take();
      const text = lines.join(" ");
      if (text) {
        // An item that prints its own number ("5. Minutes") keeps it; else it takes the list's.
        const marker = counter > 0 ? `${counter}.` : "-";
        if (DOWNLOAD_NOISE.test(text)) w.furniture(text);
        else if (counter > 0 && /^\(?\w{1,4}[.)]\s/.test(text)) w.paragraph([text], allBold);
        else w.listItem(marker, allBold ? `**${text}**` : text);
      }
      rest.forEach((c) => visit(c, b));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    children(n).forEach((c) => visit(c, b));
    if (block) flush();
  };
  visit(root, false);
  flush();
}

export function extractHtml(bytes: Uint8Array): ExtractResult {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return decoded;
  const w = new TextWriter();
  writeHtml(mainContent(parse(decoded.text)), w);
  const { text, furniture } = w.result();
  if (!text.trim()) return { ok: false, reason: "the web page has no text in its main content" };
  return { ok: true, text, encoding: `html (${decoded.encoding})`, notices: [], pages: [], furniture };
}
