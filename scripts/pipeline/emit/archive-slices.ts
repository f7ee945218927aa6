// A few entities of an archive kind file (`archive/resolutions.json`, `committees.json`: compact JSON
// arrays of objects, each `{"id":"…",…}`, emit/archive.ts `jsonArray`) without parsing the whole file.
// An incremental build needs the resolutions of one changed document and the committees it touches;
// at 10,000 documents those files are 60 MB and 18 MB, and `JSON.parse` of them (twice, for the open
// data and the resolution pages) was most of a rebuild's site files (docs/performance.md, "round two,
// session 8: site files"). Here the file is read as bytes and split into its top-level elements by
// a scan that only follows strings and brackets; the elements wanted are parsed on their own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARCHIVE_FILES, ARCHIVE_FOLDER } from "./archive.ts";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const ID_KEY = Buffer.from('{"id":"');

/** One element of the array: its id and its bytes' range in the file. */
export interface ArchiveElement {
  id: string;
  start: number;
  end: number;
}

/** The offset just after the string whose opening quote is at `open - 1`. */
function afterString(bytes: Buffer, open: number): number {
  for (let at = bytes.indexOf(QUOTE, open); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) {
    let slashes = 0;
    while (bytes[at - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at + 1;
  }
  throw new Error("unterminated string");
}

/**
 * The top-level elements of a compact JSON array of objects that each open with their `id` (a string),
 * in order, as `jsonArray` writes it. Throws when the bytes are not such an array (the caller then has a
 * file it cannot slice). One pass over the bytes that follows only strings (to skip their brackets) and
 * brackets (`objectEnd`): a tenth of the CPU of `JSON.parse` of the same file, and no objects made.
 */
export function archiveElements(bytes: Buffer): ArchiveElement[] {
  const elements: ArchiveElement[] = [];
  if (bytes[0] !== OPEN_BRACKET) throw new Error("not a JSON array");
  let at = 1;
  if (bytes[at] === CLOSE_BRACKET) return elements;
  for (;;) {
    if (bytes.compare(ID_KEY, 0, ID_KEY.length, at, at + ID_KEY.length) !== 0) throw new Error(`element at byte ${at} is not an object opening with its id`);
    const end = objectEnd(bytes, at);
    const idEnd = afterString(bytes, at + ID_KEY.length);
    elements.push({ id: JSON.parse(bytes.toString("utf8", at + ID_KEY.length - 1, idEnd)) as string, start: at, end });
    if (bytes[end] === CLOSE_BRACKET) return elements;
    if (bytes[end] !== COMMA) throw new Error(`the array is not closed after the element at byte ${at}`);
    at = end + 1;
  }
}

/** An archive kind's file as bytes with its elements; null when the ingest wrote none. */
export interface ArchiveSlices {
  bytes: Buffer;
  elements: ArchiveElement[];
}

export function readArchiveSlices(collectionDir: string, kind: keyof typeof ARCHIVE_FILES): ArchiveSlices | null {
  const path = join(collectionDir, ARCHIVE_FOLDER, ARCHIVE_FILES[kind]);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  try {
    return { bytes, elements: archiveElements(bytes) };
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** The element's bytes (`JSON.stringify` of the entity as the ingest stage wrote it). */
export const elementBytes = (slices: ArchiveSlices, e: ArchiveElement): Buffer => slices.bytes.subarray(e.start, e.end);

/** The element parsed. */
export const parseElement = <T>(slices: ArchiveSlices, e: ArchiveElement): T => JSON.parse(slices.bytes.toString("utf8", e.start, e.end)) as T;

/**
 * The offset just after the object (or array) opening at `start`: the first bracket that closes it,
 * outside strings. Throws when it is not closed.
 */
export function objectEnd(bytes: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let at = start, length = bytes.length; at < length; at++) {
    const c = bytes[at]!;
    if (inString) {
      if (c === BACKSLASH) at++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return at + 1;
  }
  throw new Error(`the object at byte ${start} is not closed`);
}

/**
 * The resolutions of `documents` (ids), in the file's order, read from `archive/resolutions.json`
 * without splitting all of it: a resolution's id is `<document id>/resolutions/<slug>` (src/schema/
 * archive.ts `ResolutionEntity.id`) and the id opens its object, so each document's resolutions are the
 * objects at the bytes `{"id":"<document id>/resolutions/` (a quote inside a string is escaped, so
 * those bytes are never text). Each found is checked to be an element of the array and its document's.
 */
export function resolutionsOf<R extends { id: string; document: { id: string } }>(collectionDir: string, documents: ReadonlySet<string>): R[] {
  const path = join(collectionDir, ARCHIVE_FOLDER, ARCHIVE_FILES.resolutions);
  if (documents.size === 0 || !existsSync(path)) return [];
  const bytes = readFileSync(path);
  const found: [number, R][] = [];
  for (const id of documents) {
    const opening = Buffer.from(`{"id":${JSON.stringify(`${id}/resolutions/`).slice(0, -1)}`);
    for (let at = bytes.indexOf(opening); at !== -1; at = bytes.indexOf(opening, at + 1)) {
      const before = bytes[at - 1];
      const r = JSON.parse(bytes.toString("utf8", at, objectEnd(bytes, at))) as R;
      if ((before !== OPEN_BRACKET && before !== COMMA) || r.document?.id !== id || !r.id.startsWith(`${id}/resolutions/`)) {
        throw new Error(`${path}: the object at byte ${at} is not a resolution of ${id}`);
      }
      found.push([at, r]);
    }
  }
  return found.sort(([a], [b]) => a - b).map(([, r]) => r);
}
