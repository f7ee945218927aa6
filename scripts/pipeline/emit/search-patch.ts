// Emit stage, in a rebuild: a band of the search index patched in place instead of re-indexed whole.
//
// Pagefind cannot add a page to an index it has written, so a rebuild used to index a stale band's
// ~250 pages again (about 16 ms of CPU a page, docs/performance.md). Here Pagefind indexes only the
// band's changed and added pages, in a run where every other page is a stand-in: a custom record with
// that page's filters and sort key and one word of no page's. Pagefind numbers pages in the order they
// are added, so the real pages get the numbers a full build gives them, and its filter files and sort
// lists are the full build's (Pagefind writes them itself, compressed as it compresses them). The word
// index and the metadata are then merged here from the band's own files and the run's: every other
// page's words keep their bytes (page numbers renumbered when a page is added before them), the
// changed pages' words are the run's, and the whole is cut into chunks as Pagefind 1.6 cuts it
// (`chunk_index`, 20,000 entries: pagefind/src/index/mod.rs) and then as search-chunks.ts cuts it, so
// the files are byte for byte a full build's (tests/emit/search-patch.test.ts).
//
// Whatever cannot be shown to give those bytes is declined, and the caller (search-index.ts)
// re-indexes the whole band as before: a document that left the band, a format this reader does not
// know (every file read must re-encode to its own bytes), fragment names that collided, sort lists or
// metadata fields that differ from the band's, stand-ins whose filters Pagefind did not keep. Nothing
// is written until the whole patch is computed, so a decline leaves the band as it was.
import * as pagefind from "pagefind";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { array, cutWordIndex, head, metaFileName, readHead, readText, text, type EntryFile, type IndexWord, writePagefindFile } from "./search-chunks.ts";
import { addShardOrigin, BAND_FILTERS_FILE, indexedRegion, pageFilters, pageForIndex, type FilterCounts } from "./search-shard.ts";

/** Pagefind's own chunk size in 1.6 (`index_chunk_size`, entries as `chunk_index` counts them). */
const PAGEFIND_CHUNK_SIZE = 20_000;
/** The one word of every stand-in record: in no page (checked), and dropped from the merge. */
const STAND_IN_WORD = "minutebookstandin";
const LANGUAGE = "en";
const SIGNATURE = Buffer.from("pagefind_dcd");
/** A fragment's or filter file's name as Pagefind gives it without a collision: "en_" and 7 hex digits. */
const PLAIN_NAME = /^en_[0-9a-f]{7}$/;

export type PatchOutcome = { patched: true; pages: number } | { patched: false; reason: string };

export interface BandPatch {
  distDir: string;
  bundle: string;
  /** The band's documents at the last build, in page order (search-index.ts's shards file). */
  before: readonly string[];
  /** Its documents now, in page order. */
  after: readonly string[];
  /** Documents whose page changed since the last build (any band's). */
  changed: ReadonlySet<string>;
  /** Each document's date sort key (src/lib/search.ts `pagefindSortDate`), as its page gives Pagefind. */
  sortKey: (id: string) => string;
}

/** Why a patch cannot be shown to give a full build's bytes. */
class Decline extends Error {}
const decline = (reason: string): never => {
  throw new Decline(reason);
};

// ---- reading Pagefind 1.6's files (CBOR as minicbor writes it) ----

function unzip(bytes: Uint8Array, file: string): Buffer {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) decline(`${file} is not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

const uint = (value: number) => head(0, value);

function expectHead(bytes: Buffer, at: number, major: number, file: string, length?: number) {
  const h = readHead(bytes, at, file);
  if (h.major !== major || (length !== undefined && h.value !== length)) decline(`${file}: not Pagefind 1.6's format at byte ${at}`);
  return h;
}

/** One page of a word: its number, and its positions and meta positions as Pagefind wrote them. */
interface Posting {
  page: number;
  /** The bytes of `[locs…], [meta_locs…]` (what follows the page number in Pagefind's `PackedPage`). */
  tail: Buffer;
  locs: number;
  metaLocs: number;
}

interface Variant {
  form: string;
  formBytes: Buffer;
  postings: Posting[];
}

/**
 * A word of the index: `PackedWord { word, pages: [PackedPage], additional_variants: [PackedVariant] }`.
 * Its pages are decoded (`postings`) only when the patch changes them; most words keep their bytes.
 */
interface Word {
  word: string;
  /** Its UTF-8 bytes: Pagefind sorts words as Rust strings, byte by byte. */
  key: Buffer;
  /** Its pages and variants, decoded; null while it is left as read. */
  postings: Posting[] | null;
  variants: Variant[];
  /** Its bytes, while they are still those read. */
  bytes: Buffer | null;
  /** Whether its page numbers change and nothing else (an added page before some of its pages). */
  renumber: boolean;
  /** Entries as Pagefind's `chunk_index` counts them: each page's positions and meta positions plus one, and each variant. */
  pagefindEntries: number;
  /** Entries as search-chunks.ts `readChunk` counts them (its cuts are drawn by these): each page's positions plus one. */
  rechunkEntries: number;
}

// A CBOR head read in place (about a million a band: no object for each).
let headMajor = 0;
let headValue = 0;
function headAt(bytes: Buffer, at: number, major: number, file: string): number {
  const first = bytes[at];
  if (first === undefined) return decline(`${file}: ends early at byte ${at}`);
  headMajor = first >> 5;
  const info = first & 31;
  if (headMajor !== major) decline(`${file}: not Pagefind 1.6's format at byte ${at}`);
  if (info < 24) {
    headValue = info;
    return at + 1;
  }
  if (info === 24) {
    headValue = bytes[at + 1]!;
    return at + 2;
  }
  if (info === 25) {
    headValue = (bytes[at + 1]! << 8) | bytes[at + 2]!;
    return at + 3;
  }
  if (info === 26) {
    headValue = bytes.readUInt32BE(at + 1);
    return at + 5;
  }
  return decline(`${file}: a CBOR head this reader does not know at byte ${at}`);
}

/** The end of `count` integers from `at` (a page's positions: about a million a band). */
function skipIntegers(bytes: Buffer, at: number, file: string, count: number): number {
  let p = at;
  for (let n = count; n > 0; n--) {
    const first = bytes[p]!;
    const info = first & 31;
    if (first >> 5 > 1 || info > 26) decline(`${file}: a position that is not an integer at byte ${p}`);
    p += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : 5;
  }
  return p;
}

/** How many word positions and meta positions the last `skipPositions` passed (set like `headValue`). */
const positions = { locs: 0, metaLocs: 0 };

/** The end of a page entry's two position lists, its word positions then its meta positions, from `at`. */
function skipPositions(bytes: Buffer, at: number, file: string): number {
  let p = headAt(bytes, at, 4, file);
  positions.locs = headValue;
  p = skipIntegers(bytes, p, file, positions.locs);
  p = headAt(bytes, p, 4, file);
  positions.metaLocs = headValue;
  return skipIntegers(bytes, p, file, positions.metaLocs);
}

/** What scanning a word's pages found: its entries, and whether the patch changes any of its pages. */
const scanned = { pagefind: 0, rechunk: 0, touched: false, renumbered: false };

/**
 * Scans a list of `PackedPage`s without decoding it. `touches[page]` is 2 for a page the patch replaces,
 * 1 for one it renumbers only, 0 for one it leaves.
 */
function scanPostings(bytes: Buffer, at: number, file: string, touches: Uint8Array, main: boolean): number {
  let p = headAt(bytes, at, 4, file);
  let page = 0;
  for (let n = headValue; n > 0; n--) {
    p = headAt(bytes, p, 4, file);
    if (headValue !== 3) decline(`${file}: a page entry with ${headValue} fields`);
    p = headAt(bytes, p, 0, file);
    page += headValue; // page numbers are deltas within each list
    const touch = page < touches.length ? touches[page]! : 2;
    if (touch === 2) scanned.touched = true;
    else if (touch === 1) scanned.renumbered = true;
    p = skipPositions(bytes, p, file);
    scanned.pagefind += positions.locs + positions.metaLocs + 1;
    if (main) scanned.rechunk += positions.locs + 1;
  }
  return p;
}

function readPostings(bytes: Buffer, at: number, file: string): { postings: Posting[]; end: number } {
  let p = headAt(bytes, at, 4, file);
  const postings: Posting[] = [];
  let page = 0;
  for (let n = headValue; n > 0; n--) {
    p = headAt(bytes, p, 4, file);
    p = headAt(bytes, p, 0, file);
    page += headValue;
    const tail = p;
    p = skipPositions(bytes, p, file);
    postings.push({ page, tail: bytes.subarray(tail, p), locs: positions.locs, metaLocs: positions.metaLocs });
  }
  return { postings, end: p };
}

/** A word's pages and variants decoded (the word starts at `start`). */
function decodeWord(bytes: Buffer, start: number, file: string): { postings: Posting[]; variants: Variant[] } {
  let p = headAt(bytes, start, 4, file);
  p = headAt(bytes, p, 3, file);
  const read = readPostings(bytes, p + headValue, file);
  p = headAt(bytes, read.end, 4, file);
  const variants: Variant[] = [];
  for (let n = headValue; n > 0; n--) {
    p = headAt(bytes, p, 4, file);
    p = headAt(bytes, p, 3, file);
    const formBytes = bytes.subarray(p, p + headValue);
    const pages = readPostings(bytes, p + headValue, file);
    variants.push({ form: formBytes.toString("utf8"), formBytes, postings: pages.postings });
    p = pages.end;
  }
  return { postings: read.postings, variants };
}

const encodePostings = (postings: readonly Posting[]) => {
  let last = 0;
  return Buffer.concat([
    head(4, postings.length),
    ...postings.flatMap((p) => {
      const delta = p.page - last;
      last = p.page;
      return [head(4, 3), uint(delta), p.tail];
    }),
  ]);
};
const withHead = (major: number, utf8: Buffer) => Buffer.concat([head(major, utf8.length), utf8]);
const encodeWord = (w: { key: Buffer; postings: readonly Posting[]; variants: readonly Variant[] }) =>
  Buffer.concat([head(4, 3), withHead(3, w.key), encodePostings(w.postings), head(4, w.variants.length), ...w.variants.flatMap((v) => [head(4, 2), withHead(3, v.formBytes), encodePostings(v.postings)])]);

/**
 * The words of a word-index file (`WordIndex { words }`). A word on a page the patch replaces (2 in
 * `touches`, or past its end) is decoded, and checked to re-encode to its own bytes; the others are
 * only scanned, and marked to renumber when one of their pages is (1 in `touches`).
 */
function readWords(cbor: Buffer, file: string, touches: Uint8Array): Word[] {
  let p = headAt(cbor, 0, 4, file);
  if (headValue !== 1) decline(`${file}: not a word index`);
  p = headAt(cbor, p, 4, file);
  const words: Word[] = [];
  for (let n = headValue; n > 0; n--) {
    const start = p;
    p = headAt(cbor, p, 4, file);
    if (headValue !== 3) decline(`${file}: a word with ${headValue} fields, not Pagefind 1.6's 3`);
    p = headAt(cbor, p, 3, file);
    const key = cbor.subarray(p, p + headValue);
    scanned.pagefind = 0;
    scanned.rechunk = 0;
    scanned.touched = false;
    scanned.renumbered = false;
    p = scanPostings(cbor, p + headValue, file, touches, true);
    p = headAt(cbor, p, 4, file);
    const variants = headValue;
    for (let v = variants; v > 0; v--) {
      p = headAt(cbor, p, 4, file);
      if (headValue !== 2) decline(`${file}: a variant with ${headValue} fields`);
      p = headAt(cbor, p, 3, file);
      p = scanPostings(cbor, p + headValue, file, touches, false);
    }
    const bytes = cbor.subarray(start, p);
    const word: Word = { word: key.toString("utf8"), key, postings: null, variants: [], bytes, renumber: scanned.renumbered, pagefindEntries: scanned.pagefind + variants, rechunkEntries: scanned.rechunk };
    if (scanned.touched) {
      Object.assign(word, decodeWord(cbor, start, file));
      if (!encodeWord(word as Word & { postings: Posting[] }).equals(bytes)) decline(`${file}: the word "${word.word}" does not re-encode to its own bytes`);
    }
    words.push(word);
  }
  if (p !== cbor.length) decline(`${file}: bytes after the word list`);
  return words;
}

/** A decoded word's entries, counted as `readWords` counts them. */
function counted(w: Omit<Word, "pagefindEntries" | "rechunkEntries"> & { postings: Posting[] }): Word {
  const pagefind = (list: readonly Posting[]) => list.reduce((s, p) => s + p.locs + p.metaLocs + 1, 0);
  return {
    ...w,
    pagefindEntries: pagefind(w.postings) + w.variants.reduce((s, v) => s + pagefind(v.postings), 0) + w.variants.length,
    rechunkEntries: w.postings.reduce((s, p) => s + p.locs + 1, 0),
  };
}

/**
 * The order Pagefind gives a word's variants: by the first page that has the form, then, within that
 * page, forms in the text (sorted) before forms only in its meta (sorted), as `build_indexes` merges them.
 */
function variantOrder(variants: readonly Variant[]): Variant[] {
  const rank = (v: Variant) => (v.postings[0]!.locs > 0 ? 0 : 1);
  return [...variants].sort((a, b) => a.postings[0]!.page - b.postings[0]!.page || rank(a) - rank(b) || Buffer.compare(a.formBytes, b.formBytes));
}

/** `chunk_index`: a chunk closes once it holds `size` entries. */
function pagefindChunks(words: readonly Word[]): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let entries = 0;
  for (const w of words) {
    entries += w.pagefindEntries;
    chunk.push(w);
    if (entries >= PAGEFIND_CHUNK_SIZE) {
      chunks.push(chunk);
      chunk = [];
      entries = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** MetaIndex: [version, pages: [[hash, word_count, group_hash]], index_chunks, filters: [[name, hash]], sorts: [[name, [page…]]], meta_fields]. */
interface Meta {
  cbor: Buffer;
  fields: [number, number][];
  /** Each page's `MetaPage` bytes, and its fragment's name. */
  pages: { bytes: Buffer; hash: string }[];
  chunks: string[];
  filters: { name: string; hash: string }[];
  sorts: { name: string; pages: number[] }[];
}

function itemsOf(bytes: Buffer, at: number, file: string): [number, number][] {
  const h = expectHead(bytes, at, 4, file);
  const items: [number, number][] = [];
  let p = h.next;
  for (let n = 0; n < h.value; n++) {
    const start = p;
    p = skipAny(bytes, p, file);
    items.push([start, p]);
  }
  return items;
}

function skipAny(bytes: Buffer, at: number, file: string): number {
  const h = readHead(bytes, at, file);
  if (h.major === 0 || h.major === 1 || h.major === 7) return h.next;
  if (h.major === 2 || h.major === 3) return h.next + h.value;
  if (h.major === 4) {
    let p = h.next;
    for (let n = 0; n < h.value; n++) p = skipAny(bytes, p, file);
    return p;
  }
  return decline(`${file}: a CBOR map or tag, not Pagefind 1.6's format`);
}

const readUint = (bytes: Buffer, at: number, file: string) => expectHead(bytes, at, 0, file).value;

function readMeta(cbor: Buffer, file: string): Meta {
  const fields = itemsOf(cbor, 0, file);
  if (fields.length !== 6 || fields[5]![1] !== cbor.length) decline(`${file}: not Pagefind 1.6's metadata (${fields.length} fields)`);
  const pages = itemsOf(cbor, fields[1]![0], file).map(([s, e]) => {
    const parts = itemsOf(cbor, s, file);
    if (parts.length !== 3) decline(`${file}: a page entry with ${parts.length} fields`);
    return { bytes: cbor.subarray(s, e), hash: readText(cbor, parts[0]![0], file) };
  });
  const chunks = itemsOf(cbor, fields[2]![0], file).map(([s]) => readText(cbor, itemsOf(cbor, s, file)[2]![0], file));
  const filters = itemsOf(cbor, fields[3]![0], file).map(([s]) => {
    const [name, hash] = itemsOf(cbor, s, file);
    return { name: readText(cbor, name![0], file), hash: readText(cbor, hash![0], file) };
  });
  const sorts = itemsOf(cbor, fields[4]![0], file).map(([s]) => {
    const [name, list] = itemsOf(cbor, s, file);
    return { name: readText(cbor, name![0], file), pages: itemsOf(cbor, list![0], file).map(([p]) => readUint(cbor, p, file)) };
  });
  return { cbor, fields, pages, chunks, filters, sorts };
}

/** FilterIndex: [filter, [[value, [page…]]]] (page numbers as they are, not deltas). */
function readFilter(cbor: Buffer, file: string): { name: string; values: { value: string; pages: number[] }[] } {
  const [name, values] = itemsOf(cbor, 0, file);
  const read = {
    name: readText(cbor, name![0], file),
    values: itemsOf(cbor, values![0], file).map(([s]) => {
      const [value, pages] = itemsOf(cbor, s, file);
      return { value: readText(cbor, value![0], file), pages: itemsOf(cbor, pages![0], file).map(([p]) => readUint(cbor, p, file)) };
    }),
  };
  const encoded = array([text(read.name), array(read.values.map((v) => array([text(v.value), array(v.pages.map(uint))])))]);
  if (!encoded.equals(cbor)) decline(`${file}: does not re-encode to its own bytes`);
  return read;
}

const isIdentity = (pages: readonly number[], count: number) => pages.length === count && pages.every((p, n) => p === n);

// ---- merging the word index ----

/**
 * A word's bytes with its page numbers renumbered, nothing else changed: only the deltas that differ
 * are written anew (with pages added before some of a word's pages, one or two a list).
 */
function renumberedBytes(bytes: Buffer, renumber: readonly number[], file: string): Buffer {
  const pieces: Buffer[] = [];
  let copied = 0;
  const list = (at: number) => {
    let p = headAt(bytes, at, 4, file);
    let page = 0;
    let last = 0;
    for (let n = headValue; n > 0; n--) {
      p = headAt(bytes, p, 4, file);
      const deltaAt = p;
      p = headAt(bytes, p, 0, file);
      page += headValue;
      const delta = renumber[page]! - last;
      last = renumber[page]!;
      if (delta !== headValue) {
        pieces.push(bytes.subarray(copied, deltaAt), uint(delta));
        copied = p;
      }
      p = headAt(bytes, p, 4, file);
      p = skipIntegers(bytes, p, file, headValue);
      p = headAt(bytes, p, 4, file);
      p = skipIntegers(bytes, p, file, headValue);
    }
    return p;
  };
  let p = headAt(bytes, 0, 4, file);
  p = headAt(bytes, p, 3, file);
  p = list(p + headValue);
  p = headAt(bytes, p, 4, file);
  for (let n = headValue; n > 0; n--) {
    p = headAt(bytes, p, 4, file);
    p = headAt(bytes, p, 3, file);
    p = list(p + headValue);
  }
  pieces.push(bytes.subarray(copied));
  return Buffer.concat(pieces);
}

/** A word's pages less the replaced ones, renumbered; null when none is left. */
function renumbered(postings: readonly Posting[], renumber: readonly number[], replaced: ReadonlySet<number>): Posting[] {
  return postings.filter((p) => !replaced.has(p.page)).map((p) => (renumber[p.page] === p.page ? p : { ...p, page: renumber[p.page]! }));
}

const byPage = (a: Posting, b: Posting) => a.page - b.page;

/**
 * The band's words with the replaced pages' entries dropped and every page renumbered, and the real
 * pages' entries from Pagefind's run added, in Pagefind's order of words, pages and variants. A word
 * keeps the bytes it was read with unless its entries changed.
 */
function mergeWords(oldWords: readonly Word[], runWords: readonly Word[], renumber: readonly number[], replaced: ReadonlySet<number>, real: ReadonlySet<number>): Word[] {
  type Decoded = Word & { postings: Posting[] };
  const decoded = (w: Word): Decoded => {
    const d = (w.postings ? w : { ...w, ...decodeWord(w.bytes!, 0, `the word "${w.word}"`) }) as Decoded;
    if (d.variants.length > 1 && variantOrder(d.variants).some((v, n) => v !== d.variants[n])) decline(`the variants of "${w.word}" are not in the order this patch gives them`);
    return d;
  };
  const fromOld = (w: Word): Word | null => {
    if (!w.postings) return w.renumber ? { ...w, bytes: renumberedBytes(w.bytes!, renumber, `the word "${w.word}"`), renumber: false } : w;
    const d = decoded(w);
    const postings = renumbered(d.postings, renumber, replaced);
    const variants = d.variants.map((v) => ({ ...v, postings: renumbered(v.postings, renumber, replaced) })).filter((v) => v.postings.length);
    if (!postings.length && !variants.length) return null;
    return counted({ ...d, postings, variants, bytes: null });
  };
  const fromRun = (w: Word): Word | null => {
    if (w.word === STAND_IN_WORD) return null;
    const d = decoded(w);
    const postings = d.postings.filter((p) => real.has(p.page));
    const variants = d.variants.map((v) => ({ ...v, postings: v.postings.filter((p) => real.has(p.page)) })).filter((v) => v.postings.length);
    return postings.length || variants.length ? counted({ ...d, postings, variants, bytes: null }) : null;
  };
  const join = (old: Word, run: Word): Word => {
    const a = decoded(old);
    const b = run as Decoded;
    const forms = new Map(a.variants.map((v) => [v.form, v]));
    for (const v of b.variants) {
      const known = forms.get(v.form);
      forms.set(v.form, known ? { ...known, postings: [...known.postings, ...v.postings].sort(byPage) } : v);
    }
    return counted({ ...a, postings: [...a.postings, ...b.postings].sort(byPage), variants: variantOrder([...forms.values()]), bytes: null });
  };
  const merged: Word[] = [];
  let i = 0;
  let j = 0;
  while (i < oldWords.length || j < runWords.length) {
    const order = i === oldWords.length ? 1 : j === runWords.length ? -1 : Buffer.compare(oldWords[i]!.key, runWords[j]!.key);
    const a = order <= 0 ? fromOld(oldWords[i++]!) : null;
    const b = order >= 0 ? fromRun(runWords[j++]!) : null;
    const word = a && b ? join(a, b) : (a ?? b);
    if (word) merged.push(word);
  }
  return merged;
}

// ---- the band's filter counts (minutebook-filters.json) ----

type Pairs = [string, string][];

/**
 * minutebook-filters.json as search-shard.ts `indexShard` writes it for the patched band: each page's
 * filter values (`pageFilters`) counted page by page, so names and values stand in the order first met
 * (integer-like keys first, as in any JavaScript object). The values of an unchanged page are known
 * from the filter index, but not their order on the page; that order is taken from the last build's
 * file when the page was already the first to have them, and otherwise from the page itself.
 */
function patchedCounts(input: {
  oldText: string;
  oldValues: ReadonlyMap<number, Pairs>;
  oldPageCount: number;
  renumber: readonly number[];
  real: ReadonlySet<number>;
  html: ReadonlyMap<number, string>;
  pageCount: number;
  readPage: (page: number) => string;
}): string {
  const old = JSON.parse(input.oldText) as FilterCounts;
  const nameRank = new Map(Object.keys(old).map((name, n) => [name, n]));
  const valueRank = new Map(Object.entries(old).flatMap(([name, values]) => Object.keys(values).map((value, n) => [`${name}\u0000${value}`, n] as const)));
  const byOldOrder = (values: Pairs) =>
    [...values].sort(([n1, v1], [n2, v2]) => (nameRank.get(n1) ?? Infinity) - (nameRank.get(n2) ?? Infinity) || (valueRank.get(`${n1}\u0000${v1}`) ?? Infinity) - (valueRank.get(`${n2}\u0000${v2}`) ?? Infinity));
  const unique = (values: Pairs) => [...new Map(values.map((v) => [v.join("\u0000"), v])).values()];
  // Where each name and value was first met at the last build.
  const firstOld = new Map<string, number>();
  for (let page = 1; page < input.oldPageCount; page++) {
    for (const [name, value] of input.oldValues.get(page) ?? []) {
      if (!firstOld.has(name)) firstOld.set(name, page);
      if (!firstOld.has(`${name}\u0000${value}`)) firstOld.set(`${name}\u0000${value}`, page);
    }
  }
  const count = (pageCount: number, valuesOf: (page: number, isNew: (key: string) => boolean) => Pairs) => {
    const counts: FilterCounts = {};
    for (let page = 1; page < pageCount; page++) {
      const values = valuesOf(page, (key) => {
        const [name, value] = key.split("\u0000") as [string, string | undefined];
        return value === undefined ? !(name in counts) : !(name in counts) || !(value in counts[name]!);
      });
      for (const [name, value] of values) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
    }
    return `${JSON.stringify(counts)}
`;
  };
  // The last build's file from its filter index: checks that the counts are the index's.
  if (count(input.oldPageCount, (page) => byOldOrder(unique(input.oldValues.get(page) ?? []))) !== input.oldText) decline("its filter counts are not its filter index's");
  const oldPageOf = new Map(input.renumber.map((n, old) => [n, old]));
  return count(input.pageCount, (page, isNew) => {
    const html = input.html.get(page);
    if (html !== undefined) return pageFilters(html);
    const oldPage = oldPageOf.get(page)!;
    const values = unique(input.oldValues.get(oldPage) ?? []);
    const firsts = values.flatMap(([name, value]) => [name, `${name}\u0000${value}`]).filter((key) => isNew(key));
    if (firsts.every((key) => firstOld.get(key) === oldPage)) return byOldOrder(values);
    return pageFilters(input.readPage(page));
  });
}

// ---- the patch ----

/**
 * Starts Pagefind's service (its binary) ahead of the search step, for a rebuild that will patch bands:
 * build.ts calls it while Astro renders, so that the binary's start and load (0.1–0.25 s under load)
 * is off the critical path. A failure here is left to the patch's own `createIndex` to report.
 * search-index.ts `buildSearchIndex` closes the service, whether or not it patched.
 */
export function startPagefind(): void {
  pagefind.createIndex({ forceLanguage: LANGUAGE }).then(
    ({ index }) => index?.deleteIndex(),
    () => undefined,
  );
}

/**
 * Patches the band's bundle for its changed and added pages, or declines and says why. The caller
 * re-indexes a declined band whole (which first removes its folder). Any other failure — a file of the
 * band missing, Pagefind's run failing — declines too, naming the error: the whole re-index is the safe
 * default, and it reports a real problem (a page that cannot be read) itself.
 */
export async function patchBand(band: BandPatch): Promise<PatchOutcome> {
  try {
    return await patch(band);
  } catch (error) {
    return { patched: false, reason: error instanceof Decline ? error.message : `the patch failed: ${(error as Error).message}` };
  }
}

async function patch(band: BandPatch): Promise<PatchOutcome> {
  const dir = join(band.distDir, band.bundle);
  const file = (name: string) => join(dir, name);
  if (!existsSync(file("pagefind-entry.json")) || !existsSync(file(BAND_FILTERS_FILE))) decline("no earlier bundle");

  // Old page n (1…) is new page number(n): pages only added, never removed or moved.
  const after = new Map(band.after.map((id, n) => [id, n + 1]));
  const renumber = [0, ...band.before.map((id) => after.get(id) ?? decline(`${id} left the band`))];
  if (renumber.some((n, i) => i > 0 && n <= renumber[i - 1]!)) decline("its documents moved within the band");
  const real = new Set<number>(); // new page numbers indexed for real
  band.after.forEach((id, n) => {
    if (band.changed.has(id) || !band.before.includes(id)) real.add(n + 1);
  });
  const replaced = new Set(band.before.flatMap((id, n) => (band.changed.has(id) ? [n + 1] : []))); // old page numbers

  // The band as the last build left it.
  const entry = JSON.parse(readFileSync(file("pagefind-entry.json"), "utf8")) as EntryFile;
  if (Object.keys(entry.languages).join() !== LANGUAGE) decline(`languages ${Object.keys(entry.languages).join(", ")}`);
  const metaName = entry.languages[LANGUAGE]!.hash;
  const metaFile = `pagefind.${metaName}.pf_meta`;
  const meta = readMeta(unzip(readFileSync(file(metaFile)), metaFile), metaFile);
  if (meta.pages.length !== band.before.length + 1) decline(`${meta.pages.length} pages in its metadata for ${band.before.length} documents`);
  if (meta.pages.some((p) => !PLAIN_NAME.test(p.hash)) || new Set(meta.pages.map((p) => p.hash)).size !== meta.pages.length) decline("fragment names that collided");
  if (meta.sorts.length !== 1 || meta.sorts[0]!.name !== "date" || !isIdentity(meta.sorts[0]!.pages, meta.pages.length)) decline("a sort list that is not the pages' order");
  const oldFilters = meta.filters.map((f) => ({ ...f, index: readFilter(unzip(readFileSync(file(`filter/${f.hash}.pf_filter`)), f.hash), f.hash) }));
  const oldChunks = new Map(meta.chunks.map((name) => [name, unzip(readFileSync(file(`index/${name}.pf_index`)), name)]));
  // The old pages the patch drops or renumbers: only words on them are decoded.
  const touches = Uint8Array.from(renumber, (n, old) => (replaced.has(old) ? 2 : n !== old ? 1 : 0));
  const oldWords = [...oldChunks].flatMap(([name, cbor]) => readWords(cbor, name, touches));
  if (oldWords.some((w) => w.word === STAND_IN_WORD)) decline(`a page with the word "${STAND_IN_WORD}"`);
  for (let n = 1; n < oldWords.length; n++) if (Buffer.compare(oldWords[n - 1]!.key, oldWords[n]!.key) >= 0) decline("words out of Pagefind's order");

  // Each old page's filter values, for its stand-in.
  const valuesOf = new Map<number, [string, string][]>();
  for (const f of oldFilters) for (const v of f.index.values) for (const page of v.pages) (valuesOf.get(page) ?? valuesOf.set(page, []).get(page)!).push([f.index.name, v.value]);
  const oldPageOf = new Map(renumber.map((n, old) => [n, old]));

  // Pagefind on the real pages, every other page a stand-in.
  const html = new Map<number, string>();
  const created = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!created.index) decline(`pagefind: ${created.errors.join("; ")}`);
  const index = created.index!;
  let files: { path: string; content: Uint8Array }[];
  try {
    const added: Promise<{ errors: string[] }>[] = [addShardOrigin(index)];
    for (let page = 1; page <= band.after.length; page++) {
      const id = band.after[page - 1]!;
      if (real.has(page)) {
        const source = readFileSync(join(band.distDir, id, "index.html"), "utf8");
        html.set(page, source);
        added.push(index.addHTMLFile({ url: `/${id}/`, content: pageForIndex(indexedRegion(source)) }));
      } else {
        const filters: Record<string, string[]> = {};
        for (const [name, value] of valuesOf.get(oldPageOf.get(page)!) ?? []) (filters[name] ??= []).push(value);
        added.push(index.addCustomRecord({ url: `/${id}/`, content: STAND_IN_WORD, language: LANGUAGE, filters, sort: { date: band.sortKey(id) } }));
      }
    }
    const errors = (await Promise.all(added)).flatMap((a) => a.errors);
    if (errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`pagefind: ${got.errors.join("; ")}`);
    files = got.files;
  } finally {
    await index.deleteIndex();
  }
  const run = new Map(files.map((f) => [f.path.replace(/^\/+/, ""), f.content]));
  const runEntry = JSON.parse(Buffer.from(run.get("pagefind-entry.json") ?? decline("the run wrote no entry file")).toString("utf8")) as EntryFile;
  const runMetaFile = `pagefind.${runEntry.languages[LANGUAGE]?.hash}.pf_meta`;
  const runMeta = readMeta(unzip(run.get(runMetaFile) ?? decline("the run wrote no metadata"), runMetaFile), runMetaFile);
  const pageCount = band.after.length + 1;
  if (runMeta.pages.length !== pageCount) decline(`the run has ${runMeta.pages.length} pages for ${pageCount}`);
  const sameField = (n: number) => meta.cbor.subarray(...meta.fields[n]!).equals(runMeta.cbor.subarray(...runMeta.fields[n]!));
  if (!sameField(0)) decline("another Pagefind version");
  if (!sameField(5)) decline("the changed pages' meta fields differ from the band's");
  if (runMeta.sorts.length !== 1 || runMeta.sorts[0]!.name !== "date" || !isIdentity(runMeta.sorts[0]!.pages, pageCount)) decline("the changed pages' dates are not in the band's order");

  // The run's filters: the stand-ins must have kept their pages' values.
  const runFilters = runMeta.filters.map((f) => {
    const name = `filter/${f.hash}.pf_filter`;
    const bytes = run.get(name) ?? decline(`the run wrote no ${name}`);
    return { ...f, bytes, index: readFilter(unzip(bytes, name), name) };
  });
  const runValuesOf = new Map<number, [string, string][]>();
  for (const f of runFilters) for (const v of f.index.values) for (const page of v.pages) (runValuesOf.get(page) ?? runValuesOf.set(page, []).get(page)!).push([f.index.name, v.value]);
  const valueKey = (values: [string, string][] | undefined) => JSON.stringify((values ?? []).map((v) => v.join("\u0000")).sort());
  for (let page = 0; page < pageCount; page++) {
    if (real.has(page)) continue;
    if (valueKey(runValuesOf.get(page)) !== valueKey(valuesOf.get(oldPageOf.get(page)!))) decline(`a stand-in's filters were not kept (page ${page})`);
  }

  // The real pages' fragments: plain names, no collision with another page of the band.
  const pages = Array.from({ length: pageCount }, (_, page) => (real.has(page) ? runMeta.pages[page]! : meta.pages[oldPageOf.get(page)!]!));
  if (pages.some((p) => !PLAIN_NAME.test(p.hash)) || new Set(pages.map((p) => p.hash)).size !== pageCount) decline("fragment names that collide");
  const fragments = [...real].map((page) => {
    const name = `fragment/${pages[page]!.hash}.pf_fragment`;
    return { name, bytes: run.get(name) ?? decline(`the run wrote no ${name}`) };
  });

  // The word index: the band's words without the replaced pages, renumbered, and the real pages' words from the run.
  const everyPage = new Uint8Array(pageCount).fill(2);
  const runWords = runMeta.chunks.flatMap((name) => readWords(unzip(run.get(`index/${name}.pf_index`) ?? decline(`the run wrote no chunk ${name}`), name), name, everyPage));
  const words = mergeWords(oldWords, runWords, renumber, replaced, real);
  const cut = cutWordIndex(
    LANGUAGE,
    pagefindChunks(words).map((chunk) => chunk.map((w): IndexWord => ({ word: w.word, entries: w.rechunkEntries, bytes: w.bytes ?? encodeWord(w as Word & { postings: Posting[] }) }))),
  );
  const newMeta = Buffer.concat([
    runMeta.cbor.subarray(0, runMeta.fields[1]![0]),
    array(pages.map((p) => p.bytes)),
    cut.list,
    runMeta.cbor.subarray(runMeta.fields[3]![0]),
  ]);
  const newMetaName = metaFileName(LANGUAGE, newMeta);

  // The band's filter counts, page by page as search-shard.ts counts them.
  for (const [page, source] of html) if (valueKey(pageFilters(source)) !== valueKey(runValuesOf.get(page))) decline(`page ${page}'s filters are not those Pagefind read`);
  const counts = patchedCounts({
    oldText: readFileSync(file(BAND_FILTERS_FILE), "utf8"),
    oldValues: valuesOf,
    oldPageCount: band.before.length + 1,
    renumber,
    real,
    html,
    pageCount,
    readPage: (page) => readFileSync(join(band.distDir, band.after[page - 1]!, "index.html"), "utf8"),
  });

  // Everything computed: write.
  // A chunk the band already has, the same bytes under the same name, is left as it is.
  const newChunks = new Set(cut.chunks.map((c) => c.name));
  for (const name of meta.chunks) if (!newChunks.has(name)) rmSync(file(`index/${name}.pf_index`));
  for (const chunk of cut.chunks) if (!oldChunks.get(chunk.name)?.equals(chunk.cbor)) writePagefindFile(file(`index/${chunk.name}.pf_index`), chunk.cbor);
  for (const f of meta.filters) rmSync(file(`filter/${f.hash}.pf_filter`));
  for (const f of runFilters) writeFileSync(file(`filter/${f.hash}.pf_filter`), f.bytes);
  const kept = new Set(pages.map((p) => p.hash));
  for (const p of meta.pages) if (!kept.has(p.hash)) rmSync(file(`fragment/${p.hash}.pf_fragment`));
  for (const f of fragments) writeFileSync(file(f.name), f.bytes);
  rmSync(file(metaFile));
  writePagefindFile(file(`pagefind.${newMetaName}.pf_meta`), newMeta);
  entry.languages[LANGUAGE]!.hash = newMetaName;
  entry.languages[LANGUAGE]!.page_count = runEntry.languages[LANGUAGE]!.page_count;
  writeFileSync(file("pagefind-entry.json"), JSON.stringify(entry));
  writeFileSync(file(BAND_FILTERS_FILE), counts);
  return { patched: true, pages: real.size };
}
