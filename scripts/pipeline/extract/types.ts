// The boundary of the extract stage: what every reader (text, PDF, Word, web page) makes of a source's
// bytes. One convention for all: the text the parser reads (parse/lines.ts, parse/segment.ts), with
// what the format knew and plain text cannot say kept beside it as line numbers.

export interface ExtractNotice {
  line: number | null;
  message: string;
}

export interface Extracted {
  ok: true;
  /** The text in the parser's conventions: `#` headings, closed `**bold**`, list markers, tab-separated table rows, blank lines between blocks. */
  text: string;
  /** How the bytes were read: a text encoding (`utf-8`, `windows-1252`…) or a format (`pdf`, `docx`, `html (utf-8)`). */
  encoding: string;
  notices: ExtractNotice[];
  /** For a paged original (PDF): the 1-based line where each page starts, page 1 first; empty for other formats. */
  pages: number[];
  /** Lines that are page furniture (running headers and footers, page numbers, download-link noise), 1-based, ascending. */
  furniture: number[];
}

export type ExtractResult = Extracted | { ok: false; reason: string };
