// Writes a stream of blocks as text in the conventions the parser reads (parse/lines.ts,
// parse/segment.ts): blocks separated by blank lines, `#` headings, a bold block wrapped in `**`,
// list items on their own line with their marker, table rows as tab-separated cells. Source text
// never becomes markup by accident: a body line that would read as a heading or a table is escaped
// the way lines.ts unescapes it, and tabs inside a cell or a paragraph become spaces.

export interface TableRow {
  cells: string[];
  header: boolean;
}

const clean = (s: string) => s.replace(/[\t\r\n\f\v\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
/** A line keeps runs of spaces inside it: a wide gap on a printed line (a label and its value) is one, as in a text file. */
const cleanLine = (s: string) => s.replace(/[\t\r\n\f\v\u2028\u2029]+/g, " ").trim();

/** A body line that lines.ts would read as a markdown heading (`# x`) keeps its `#` as text. */
const escapeLine = (s: string) => (/^\s{0,3}#{1,6}(\s|$)/.test(s) ? s.replace("#", "\\#") : s);

export class TextWriter {
  private readonly out: string[] = [];
  private readonly furnitureLines: number[] = [];
  private readonly pageStarts: number[] = [];
  /** Whether the next block needs a blank line before it. */
  private open = false;

  /** Line number the next written line will have. */
  private get next(): number {
    return this.out.length + 1 + (this.open ? 1 : 0);
  }

  private block(lines: string[]): number {
    if (this.open) this.out.push("");
    const first = this.out.length + 1;
    this.out.push(...lines);
    this.open = true;
    return first;
  }

  /** Page `n` starts at the next block (pages are numbered from 1, in order). */
  pageStart(): void {
    this.pageStarts.push(this.next);
  }

  /** A heading: `level` 1–6 is a markdown heading; 0 a bold line. */
  heading(text: string, level: number): void {
    const t = clean(text);
    if (!t) return;
    this.block([level > 0 ? `${"#".repeat(Math.min(level, 6))} ${t}` : `**${t}**`]);
  }

  /** A paragraph, its printed lines kept as lines (a hyphen at a line end is the parser's to undo). */
  paragraph(lines: string[], bold = false): void {
    const ls = lines.map(cleanLine).filter(Boolean).map(escapeLine);
    if (!ls.length) return;
    if (bold) {
      ls[0] = `**${ls[0]}`;
      ls[ls.length - 1] = `${ls[ls.length - 1]}**`;
    }
    this.block(ls);
  }

  /** A list item with its marker as printed or numbered (`-`, `1.`, `a)`). */
  listItem(marker: string, text: string): void {
    const t = clean(text);
    if (t) this.block([`${marker} ${t}`]);
  }

  /** Rows of cells. A row of one cell is a paragraph, not a table. */
  table(rows: TableRow[]): void {
    const lines: string[] = [];
    const flush = () => {
      if (lines.length) this.block(lines.splice(0));
    };
    for (const row of rows) {
      const cells = row.cells.map(clean);
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      if (cells.filter(Boolean).length < 2) {
        flush();
        if (cells.length) this.paragraph([cells.filter(Boolean).join(" ")]);
        continue;
      }
      lines.push(cells.map((c) => (row.header && c ? `**${c}**` : c)).join("\t"));
    }
    flush();
  }

  /** A line of furniture (running header or footer, page number, link noise), on its own. */
  furniture(text: string): void {
    const t = clean(text);
    if (t) this.furnitureLines.push(this.block([escapeLine(t)]));
  }

  result(): { text: string; pages: number[]; furniture: number[] } {
    const last = this.out.length;
    // A page with no text at the very end starts at the last line: keep every mark on a real line.
    const pages = this.pageStarts.map((n) => Math.max(1, Math.min(n, last)));
    return { text: this.out.length ? `${this.out.join("\n")}\n` : "", pages, furniture: this.furnitureLines };
  }
}
