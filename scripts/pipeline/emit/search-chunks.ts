// Emit stage, after Pagefind has written a band's bundle (search-shard.ts): its word index cut into
// smaller chunks, so that a search loads a few kilobytes per query word instead of about thirty.
//
// Pagefind cuts its sorted word list into chunks of about 20,000 entries (each page a word is on, plus
// each position of it there: `chunk_index(word_map, 20000)` in pagefind/src/index/mod.rs, "TODO:
// Parameterize these chunk sizes"; 1.6.0 has no option for it), about 30 KB compressed whatever the
// size of the index, and the search loads the one chunk whose range holds each query word
// (pagefind_web/src/lib.rs `request_indexes`). Two common words were 61.6 of the 156.5 KB of a first
// search (docs/performance.md). Here each of Pagefind's chunks is cut again, and the metadata's list of
// chunks rewritten with the ranges Pagefind itself would give them (`chunk_meta`, `get_prefixes`).
// The words and their entries are Pagefind's own bytes, unchanged and in the same order: only where
// the list is cut and the files' names change.
//
// A search finds one chunk per query word, and matches a word's extensions ("fost" → "foster") only
// inside that chunk, so a cut between two words that share a prefix hides the second from a query of
// that prefix. Cuts are therefore made only between words that share at most `MAX_SHARED_PREFIX`
// characters: a query of two characters or more finds every word it starts, as with Pagefind's own
// chunks (whose cuts fall anywhere, and stay). Allowing cuts inside a shared two-letter start would
// save about 6 KB more for "foster carers" but change what a query of two letters, typed so far, finds
// ("pa": 131 pages instead of 240).
//
// The formats are Pagefind 1.6's (CBOR, minicbor's encoding, gzip over "pagefind_dcd" + CBOR). Every
// file is read with a check that it re-encodes to its own bytes, so a Pagefind whose format differs
// fails the build here rather than giving a search that silently finds nothing.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const SIGNATURE = Buffer.from("pagefind_dcd");
/** Words sharing no more than this many leading characters may fall in different chunks. */
export const MAX_SHARED_PREFIX = 1;
/** Pagefind's own chunk size, in entries (pages plus positions); the largest chunk target used here. */
const PAGEFIND_CHUNK_ENTRIES = 20_000;
const MIN_CHUNK_ENTRIES = 1_000;

/**
 * Entries per chunk for an index of `total` entries. A first search loads the list of chunks (in the
 * metadata, about 8 bytes compressed a chunk) and one chunk per query word (about 1.5 bytes an entry),
 * so the chunk size that costs least grows as √total. √total itself gave the fewest bytes in all for
 * five common queries on the newest band of 250 documents (about a million entries: 1,000 a chunk;
 * 2.5·√ and 4·√ gave about 15 KB more on one query, "budget"); about 3,000 for an older band of
 * 2,500 documents. Never smaller than 1,000, never larger than Pagefind's own chunks. A word with more
 * entries than this is a chunk of its own, as in Pagefind.
 */
export function chunkEntries(total: number): number {
  return Math.min(PAGEFIND_CHUNK_ENTRIES, Math.max(MIN_CHUNK_ENTRIES, Math.round(Math.sqrt(total))));
}

// ---- CBOR, the part of it Pagefind's files use (minicbor: definite lengths, shortest heads) ----

interface Head {
  major: number;
  /** The head's argument: a length, or an integer's value. */
  value: number;
  /** Where the content after the head starts. */
  next: number;
}

export function readHead(bytes: Buffer, at: number, file: string): Head {
  const first = bytes[at];
  if (first === undefined) throw new Error(`${file}: CBOR ends early at byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 24) return { major, value: bytes.readUInt8(at + 1), next: at + 2 };
  if (info === 25) return { major, value: bytes.readUInt16BE(at + 1), next: at + 3 };
  if (info === 26) return { major, value: bytes.readUInt32BE(at + 1), next: at + 5 };
  if (major === 7 && info >= 20 && info <= 22) return { major, value: info, next: at + 1 };
  throw new Error(`${file}: a CBOR item this reader does not know (initial byte 0x${first.toString(16)} at ${at}); is this Pagefind 1.6's format?`);
}

export function head(major: number, value: number): Buffer {
  const kind = major << 5;
  if (value < 24) return Buffer.from([kind | value]);
  if (value < 0x100) return Buffer.from([kind | 24, value]);
  if (value < 0x10000) return Buffer.from([kind | 25, value >> 8, value & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = kind | 26;
  out.writeUInt32BE(value, 1);
  return out;
}

/**
 * The end of the item starting at `at`. Called for every position of every word (about a million a
 * band), so it reads the head in place rather than through `readHead`, which makes an object each time.
 */
function skip(bytes: Buffer, at: number, file: string): number {
  const first = bytes[at];
  if (first === undefined) throw new Error(`${file}: CBOR ends early at byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  // The head's argument and where its content starts: 1, 2, 3 or 5 bytes of head.
  const size = info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 0;
  if (size === 0) return readHead(bytes, at, file).next; // a simple value (major 7), or the error readHead throws
  const value = size === 1 ? info : size === 2 ? bytes[at + 1]! : size === 3 ? bytes.readUInt16BE(at + 1) : bytes.readUInt32BE(at + 1);
  const next = at + size;
  if (major === 0 || major === 1 || major === 7) return next;
  if (major === 2 || major === 3) return next + value;
  if (major === 4) {
    let end = next;
    for (let n = 0; n < value; n++) end = skip(bytes, end, file);
    return end;
  }
  throw new Error(`${file}: unexpected CBOR major type ${major} at ${at}`);
}

/** The items of the array starting at `at`, as byte ranges. */
function arrayItems(bytes: Buffer, at: number, file: string): [number, number][] {
  const h = readHead(bytes, at, file);
  if (h.major !== 4) throw new Error(`${file}: expected a CBOR array at ${at}`);
  const items: [number, number][] = [];
  let start = h.next;
  for (let n = 0; n < h.value; n++) {
    const end = skip(bytes, start, file);
    items.push([start, end]);
    start = end;
  }
  return items;
}

export function readText(bytes: Buffer, at: number, file: string): string {
  const h = readHead(bytes, at, file);
  if (h.major !== 3) throw new Error(`${file}: expected a CBOR text at ${at}`);
  return bytes.subarray(h.next, h.next + h.value).toString("utf8");
}

export const array = (items: readonly Buffer[]) => Buffer.concat([head(4, items.length), ...items]);
export const text = (value: string) => {
  const utf8 = Buffer.from(value, "utf8");
  return Buffer.concat([head(3, utf8.length), utf8]);
};

// ---- Pagefind's files ----

function readPagefindFile(path: string): Buffer {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path}: not a Pagefind file (no "pagefind_dcd" signature)`);
  return raw.subarray(SIGNATURE.length);
}

export const writePagefindFile = (path: string, cbor: Buffer) => writeFileSync(path, gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 6 }));

/**
 * One word of the index: its text, its entry count (each page's positions plus one: what the re-cut is
 * drawn by; Pagefind's own `chunk_index` also counts meta positions and accented variants, see
 * search-patch.ts) and its own bytes.
 */
export interface IndexWord {
  word: string;
  entries: number;
  bytes: Buffer;
}

/** A chunk file's words: WordIndex { words: [[word, [[page, [positions…], …], …], …], …] }. */
function readChunk(path: string): IndexWord[] {
  const cbor = readPagefindFile(path);
  const top = arrayItems(cbor, 0, path);
  if (top.length !== 1 || top[0]![1] !== cbor.length) throw new Error(`${path}: not a Pagefind 1.6 word index`);
  const words = arrayItems(cbor, top[0]![0], path).map(([start, end]) => {
    const [word, pages] = arrayItems(cbor, start, path);
    let entries = 0;
    for (const [page] of arrayItems(cbor, pages![0], path)) {
      const positions = arrayItems(cbor, page, path)[1]!;
      entries += readHead(cbor, positions[0], path).value + 1;
    }
    return { word: readText(cbor, word![0], path), entries, bytes: cbor.subarray(start, end) };
  });
  if (!encodeChunk(words).equals(cbor)) throw new Error(`${path}: does not re-encode to its own bytes; is this Pagefind 1.6's format?`);
  return words;
}

const encodeChunk = (words: readonly IndexWord[]) => array([array(words.map((w) => w.bytes))]);

/** Leading characters (code points) two words share. */
function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Pagefind's own chunk boundaries, each cut further: a chunk closes once it holds `target` entries, at
 * the first gap between two words that share at most MAX_SHARED_PREFIX characters.
 */
export function recut(chunks: readonly (readonly IndexWord[])[], target: number): IndexWord[][] {
  const out: IndexWord[][] = [];
  for (const chunk of chunks) {
    let current: IndexWord[] = [];
    let entries = 0;
    chunk.forEach((word, n) => {
      current.push(word);
      entries += word.entries;
      const next = chunk[n + 1];
      if (next && entries >= target && sharedPrefix([...word.word], [...next.word]) <= MAX_SHARED_PREFIX) {
        out.push(current);
        current = [];
        entries = 0;
      }
    });
    if (current.length) out.push(current);
  }
  return out;
}

/** The ranges of the chunks as Pagefind gives them (chunk_meta): neighbours' bounds cut to the first differing character. */
export function chunkRanges(chunks: readonly (readonly { word: string }[])[]): { from: string; to: string }[] {
  const ranges = chunks.map((c) => ({ from: c[0]!.word, to: c.at(-1)!.word }));
  for (let n = 0; n + 1 < ranges.length; n++) {
    const a = [...ranges[n]!.to];
    const b = [...ranges[n + 1]!.from];
    const shared = sharedPrefix(a, b);
    ranges[n]!.to = a.slice(0, shared + 1).join("");
    ranges[n + 1]!.from = b.slice(0, shared + 1).join("");
  }
  return ranges;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A name of `length` hex characters not taken yet, lengthened on a collision as Pagefind does. */
function uniqueName(language: string, hash: string, length: number, taken: Set<string>): string {
  for (let n = length; n <= hash.length; n++) {
    const name = `${language}_${hash.slice(0, n)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`search chunks: two chunks with the same bytes (${hash})`);
}

/** One chunk file of the cut word index: its name (as Pagefind names it, from its bytes) and its CBOR. */
export interface CutChunk {
  name: string;
  cbor: Buffer;
}

/**
 * Pagefind's chunks of one language's word index (`pagefindChunks`, its words in Pagefind's order) cut
 * into the chunks written (see the top of this file), with their names and the metadata's list of them.
 * Shared by `rechunkBundle` and a patched band (search-patch.ts), so that both give the same bytes.
 */
export function cutWordIndex(language: string, pagefindChunks: readonly (readonly IndexWord[])[]): { chunks: CutChunk[]; list: Buffer } {
  const total = pagefindChunks.reduce((sum, c) => sum + c.reduce((s, w) => s + w.entries, 0), 0);
  const cut = recut(pagefindChunks, chunkEntries(total));
  const ranges = chunkRanges(cut);
  const taken = new Set<string>();
  const chunks = cut.map((c) => {
    const cbor = encodeChunk(c);
    return { name: uniqueName(language, sha256(cbor), 7, taken), cbor };
  });
  const list = array(ranges.map((r, n) => array([text(r.from), text(r.to), text(chunks[n]!.name)])));
  return { chunks, list };
}

/** The metadata file's name: Pagefind's (the first ten hex characters of its CBOR's SHA-256). */
export const metaFileName = (language: string, meta: Buffer) => uniqueName(language, sha256(meta), 10, new Set());

export interface EntryFile {
  languages: Record<string, { hash: string; page_count?: number }>;
}

export interface RechunkResult {
  before: number;
  after: number;
}

/**
 * Cuts the word index of the Pagefind bundle in `bundleDir` into smaller chunks (see the top of this
 * file), for every language of the bundle. Deterministic: the same bundle gives the same files.
 */
export function rechunkBundle(bundleDir: string): RechunkResult {
  const entryPath = join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryPath, "utf8")) as EntryFile;
  const result: RechunkResult = { before: 0, after: 0 };
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath);
    // MetaIndex: [version, pages, index_chunks: [[from, to, hash], …], filters, sorts, …]
    const fields = arrayItems(meta, 0, metaPath);
    if (fields.length < 3 || fields.at(-1)![1] !== meta.length) throw new Error(`${metaPath}: not a Pagefind 1.6 metadata file`);
    const listed = arrayItems(meta, fields[2]![0], metaPath).map(([start]) => arrayItems(meta, start, metaPath).map(([at]) => readText(meta, at, metaPath)));
    if (!array(listed.map((c) => array(c.map(text)))).equals(meta.subarray(...fields[2]!))) throw new Error(`${metaPath}: its chunk list does not re-encode to its own bytes`);
    const files = listed.map((c) => join(bundleDir, "index", `${c[2]}.pf_index`));
    const cut = cutWordIndex(language, files.map(readChunk));
    for (const file of files) rmSync(file);
    for (const chunk of cut.chunks) writePagefindFile(join(bundleDir, "index", `${chunk.name}.pf_index`), chunk.cbor);
    const newMeta = Buffer.concat([meta.subarray(0, fields[2]![0]), cut.list, meta.subarray(fields[2]![1])]);
    const metaName = metaFileName(language, newMeta);
    rmSync(metaPath);
    writePagefindFile(join(bundleDir, `pagefind.${metaName}.pf_meta`), newMeta);
    info.hash = metaName;
    result.before += listed.length;
    result.after += cut.chunks.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return result;
}

if (import.meta.main) {
  for (const dir of process.argv.slice(2)) {
    if (!existsSync(join(dir, "pagefind-entry.json"))) throw new Error(`${dir}: no Pagefind bundle`);
    process.stdout.write(`${dir}: ${JSON.stringify(rechunkBundle(dir))}\n`);
  }
}
