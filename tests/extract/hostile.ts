// Bad and hostile files for the format readers, made here so that each is small and its making is
// plain: a scan (a page with no text layer), a password-protected PDF, a truncated and a corrupt PDF,
// a 2,000-page PDF, a PDF with a JavaScript action, a truncated Word file, a Word file that is a zip
// bomb, files whose extension lies, and the formats we ask to have converted.
import { crc32, deflateRawSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb } from "pdf-lib";

export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
  return doc.save();
}

async function onePage(text: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 700, size: 11, font });
  return doc;
}

/** Standard security handler, revision 2, with O and U values no password opens (ISO 32000-1, 7.6.3). */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await onePage("Secret minutes");
  const ctx = doc.context;
  ctx.trailerInfo.Encrypt = ctx.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44, O: PDFHexString.of("ab".repeat(32)), U: PDFHexString.of("cd".repeat(32)) });
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("01".repeat(16)), PDFHexString.of("01".repeat(16))]);
  return doc.save({ useObjectStreams: false });
}

export async function truncatedPdf(): Promise<Uint8Array> {
  const bytes = await (await onePage("Minutes of the meeting, cut short")).save({ useObjectStreams: false });
  return bytes.slice(0, Math.floor(bytes.length * 0.6));
}

export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a PDF body at all\n%%EOF\n");
}

export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([200, 200]).drawText(`Page text ${i}`, { x: 20, y: 100, size: 10, font });
  return doc.save();
}

/** A PDF whose opening action is JavaScript that would mark the global object if anything ran it. */
export async function scriptedPdf(): Promise<Uint8Array> {
  const doc = await onePage("Minutes with a script attached");
  const js = doc.context.obj({ S: "JavaScript", JS: PDFHexString.fromText("globalThis.__minutebookPwned = true; app.alert('pwned');") });
  doc.catalog.set(PDFName.of("OpenAction"), js);
  return doc.save();
}

/** A zip archive with the entries given (deflated unless `store`), written per APPNOTE.TXT 4.3. */
export function zip(entries: { name: string; data: Uint8Array; store?: boolean; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.store ? Buffer.from(e.data) : deflateRawSync(e.data);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const text = (s: string) => new TextEncoder().encode(s);

/** A .docx-shaped archive whose document part inflates from a few KB to 64 MB of one byte. */
export function zipBombDocx(): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: "word/document.xml", data: new Uint8Array(64 * 1024 * 1024).fill(0x20) },
  ]);
}

/** The same bomb with a directory that lies: it states 4 KB for the document part. */
export function lyingZipBombDocx(): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: "word/document.xml", data: new Uint8Array(64 * 1024 * 1024).fill(0x20), declaredSize: 4096 },
  ]);
}

export function odt(): Uint8Array {
  return zip([
    { name: "mimetype", data: text("application/vnd.oasis.opendocument.text"), store: true },
    { name: "content.xml", data: text("<office:document-content/>") },
  ]);
}

/** The first bytes of an OLE compound file (an old .doc) and of an RTF file. */
export const oldWordDoc = () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
export const rtf = () => text("{\\rtf1\\ansi Minutes of the meeting\\par}");
