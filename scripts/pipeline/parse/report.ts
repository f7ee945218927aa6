// Report structure: a contents table recognised as such and its sections found in the body (the
// body often prints the headings without their numbers), appendices lettered A/B, and numbered
// sections ("## 1. Introduction") when there is no contents table.
import type { Block } from "./segment.ts";
import type { Heading } from "./items.ts";

export interface ContentsEntry {
  number: string;
  title: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();

/** The contents table: the block titled "Contents" and the table that follows it. */
export function parseContents(blocks: Block[]): { entries: ContentsEntry[]; end: number } | null {
  for (let i = 0; i < Math.min(blocks.length, 200); i++) {
    const b = blocks[i]!;
    const titled = /^(?:table\s+of\s+)?contents\s*:?$/i.test(b.text.trim());
    if (!titled) continue;
    const entries: ContentsEntry[] = [];
    let last: ContentsEntry | null = null;
    let end = i;
    for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
      const t = blocks[j]!;
      if (t.kind === "furniture") continue;
      if (t.kind !== "table") break;
      end = j;
      for (const line of t.lines) {
        const cells = line.split("\t").map((c) => c.trim()).filter(Boolean);
        if (!cells.length || (cells.length === 1 && /^page$/i.test(cells[0]!))) continue;
        let page = false;
        if (cells.length > 1 && /^\d{1,3}$/.test(cells[cells.length - 1]!)) {
          cells.pop();
          page = true;
        }
        let number: string | null = null;
        if (/^\d{1,2}\.?$/.test(cells[0]!)) number = cells.shift()!.replace(/\.$/, "");
        let title = cells.join(" ");
        const app = /^appendix\s+([A-Z]|\d{1,2})\b\s*[:.–-]?\s*(.*)$/i.exec(title);
        if (app) {
          number = app[1]!.toUpperCase();
          title = app[2]!;
        }
        if (number) {
          last = { number, title };
          entries.push(last);
        } else if (!page && last) {
          last.title = `${last.title} ${title}`.replace(/\s+/g, " ");
        } else last = null;
      }
    }
    for (const e of entries) e.title = e.title.replace(/\s*\([^)]*\b\d{4}\)\s*$/, "").replace(/\s+/g, " ").trim();
    if (entries.length >= 2) return { entries, end };
  }
  return null;
}

/** Find each contents entry's heading in the body, in order. */
export function locateSections(blocks: Block[], contents: { entries: ContentsEntry[]; end: number }): Heading[] {
  const out: Heading[] = [];
  let from = contents.end + 1;
  const isHeadingBlock = (b: Block) => b.kind === "text" && b.text.split(/\s+/).length <= 16 && b.lines.length <= 3;
  for (const e of contents.entries) {
    const want = norm(e.title);
    const appendix = /^[A-Z]$/.test(e.number);
    let found = -1;
    const tries: ((t: string) => boolean)[] = [
      (t) => t === want || t.startsWith(want + " ") || (appendix && (t === `appendix ${e.number.toLowerCase()} ${want}` || t === `appendix ${e.number.toLowerCase()}`)),
      (t) => want.split(" ").length >= 4 && t.startsWith(want.split(" ").slice(0, 4).join(" ")),
    ];
    for (const test of tries) {
      for (let i = from; i < blocks.length; i++) {
        const b = blocks[i]!;
        if (!isHeadingBlock(b)) continue;
        if (test(norm(b.text))) {
          found = i;
          break;
        }
      }
      if (found >= 0) break;
    }
    if (found < 0) continue;
    out.push({ block: found, number: e.number, title: e.title, value: out.length + 1, family: "contents", strong: true, titleBlocks: [], splitLine: false });
    from = found + 1;
  }
  return out;
}

const APPENDIX_RX = /^appendix\s+([A-Z]|\d{1,2})\b\s*[:.–-]?\s*(.*)$/i;

/** Appendix headings after the last section; kept as items only when the appendix has content of its own. */
export function findAppendices(blocks: Block[], after: number): Heading[] {
  const out: Heading[] = [];
  for (let i = after + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "text" || b.text.split(/\s+/).length > 14) continue;
    const m = APPENDIX_RX.exec(b.text.trim());
    if (!m) continue;
    out.push({ block: i, number: m[1]!.toUpperCase(), title: m[2]!.trim(), value: out.length + 1, family: "appendix", strong: true, titleBlocks: [], splitLine: false });
  }
  // An appendix is an item only if it has more than a title line before the next appendix or the end.
  return out.filter((h, k) => {
    const end = k + 1 < out.length ? out[k + 1]!.block : blocks.length;
    const body = blocks.slice(h.block + 1, end).filter((b) => b.kind !== "furniture");
    const words = body.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
    if (!h.title && body.length && body[0]!.text.split(/\s+/).length <= 12) {
      h.title = body[0]!.text.trim();
      h.titleBlocks.push(blocks.indexOf(body[0]!));
    }
    return (body.length >= 2 || body.some((b) => b.lines.length >= 3)) && words >= 30;
  });
}
