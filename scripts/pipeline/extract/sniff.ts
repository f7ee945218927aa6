// What a file's bytes are, whatever its name says: the signatures of the formats councils publish in.
// A file whose extension lies (a web page saved as `.pdf`, a PDF renamed `.txt`) is named with what it
// really is, so the message can say how to fix it.

export type SniffedKind = "pdf" | "docx" | "odt" | "zip" | "doc" | "rtf" | "html" | "text";

/** The bytes as characters of the same codes (Latin-1, unlike TextDecoder's "latin1", which is windows-1252). */
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString("latin1");

export function sniff(bytes: Uint8Array): SniffedKind {
  const head = ascii(bytes, 0, 1024);
  // The PDF header may follow up to 1 KB of junk (ISO 32000-1, 7.5.2 and Annex H.3 note 3).
  if (head.includes("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    // ODF puts an uncompressed `mimetype` entry first (ODF 1.2 part 3, 3.3); OOXML has `word/` parts.
    if (head.includes("mimetypeapplication/vnd.oasis.opendocument")) return "odt";
    const name = ascii(bytes, 0, Math.min(bytes.length, 65536));
    if (name.includes("word/")) return "docx";
    return "zip";
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "doc";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (/^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return "html";
  return "text";
}

/** What each kind is called in a message. */
export const KIND_NAMES: Record<SniffedKind, string> = {
  pdf: "a PDF",
  docx: "a Word document (.docx)",
  odt: "an OpenDocument file (.odt)",
  zip: "a zip archive",
  doc: "an old-style Word document (.doc)",
  rtf: "a Rich Text file (.rtf)",
  html: "a web page (HTML)",
  text: "plain text",
};
