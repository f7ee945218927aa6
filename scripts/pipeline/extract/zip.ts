// Checks a zip archive (a .docx is one) before anything inflates it: the central directory states
// every entry's compressed and uncompressed size (APPNOTE.TXT 4.3.12, 4.3.16), so a zip bomb — a few
// kilobytes that inflate to gigabytes — is refused from those numbers. Sizes of 0xFFFFFFFF mean ZIP64,
// which no Word document needs: refused too. `checkInflated` then holds the entries a reader will
// inflate to the sizes the directory states, so a directory that lies cannot unleash a bomb either.
import { inflateRawSync } from "node:zlib";

/** A Word document's parts together stay far below this; more is a zip bomb or not a document. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
export const MAX_ENTRIES = 10_000;
/** Deflate at its best compresses text about 10:1 and runs of one byte about 1000:1. */
export const MAX_RATIO = 200;

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** 0: stored, 8: deflated (APPNOTE.TXT 4.4.5). */
  method: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

export function checkZip(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: signature 0x06054b50, within the last 64 KB + 22 bytes (comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "the file is truncated or corrupt (no zip directory at its end): download it again" };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: "the file is a ZIP64 archive, which no Word document needs: refused" };
  if (count > MAX_ENTRIES) return { ok: false, reason: `the archive has ${count} entries, over ${MAX_ENTRIES}: not a Word document` };
  if (offset + size > eocd) return { ok: false, reason: "the file is truncated or corrupt (its zip directory points past its end): download it again" };
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) {
      return { ok: false, reason: "the file is truncated or corrupt (a broken zip directory entry): download it again" };
    }
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { ok: false, reason: "the file is a ZIP64 archive, which no Word document needs: refused" };
    total += uncompressed;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      return { ok: false, reason: `the archive would inflate to over ${MAX_UNCOMPRESSED_BYTES / 1048576} MB (a zip bomb?): refused without inflating it` };
    }
    if (uncompressed > 1024 * 1024 && uncompressed > Math.max(compressed, 1) * MAX_RATIO) {
      return { ok: false, reason: `the entry ${JSON.stringify(name)} would inflate ${Math.round(uncompressed / Math.max(compressed, 1))} times its size (a zip bomb?): refused without inflating it` };
    }
    entries.push({ name, compressed, uncompressed, method: view.getUint16(p + 10, true), offset: view.getUint32(p + 42, true) });
    p += 46 + nameLength + extra + comment;
  }
  return { ok: true, entries };
}

/**
 * Inflates the named entries with the output capped at the size the directory states for each
 * (zlib's `maxOutputLength`), so that an entry that would inflate past what its directory claims is
 * caught after at most that many bytes. Returns a reason, or null when every entry keeps its word.
 */
export function checkInflated(bytes: Uint8Array, entries: ZipEntry[], read: (name: string) => boolean): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (!read(e.name)) continue;
    const p = e.offset;
    if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) return "the file is truncated or corrupt (a broken zip entry): download it again";
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    if (data.length < e.compressed) return "the file is truncated or corrupt (a zip entry runs past its end): download it again";
    if (e.method === 0) continue;
    if (e.method !== 8) return `the entry ${JSON.stringify(e.name)} uses a compression method (${e.method}) Word documents do not use: refused`;
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressed, 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        return `the entry ${JSON.stringify(e.name)} inflates to more than the ${e.uncompressed} bytes its zip directory states (a zip bomb?): refused`;
      }
      return `the file is truncated or corrupt (${(error as Error).message}): download it again`;
    }
  }
  return null;
}
