// The coverage check's fast path: whether every word of one text occurs in another at least as often,
// words being what `coverage.ts` `words` reads (runs of letters and digits, lower-cased, NFKC where the
// text is not ASCII). A hash table over character ranges of the folded texts, so that no word becomes
// a string of its own: slicing every word out and counting it in a Map cost about half as much as
// parsing the document (docs/performance.md, "processOne at 200 documents per CPU-second").
const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Per UTF-16 code unit of the BMP: 1 a letter or digit, 2 anything else, 0 not yet known. */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmpClass[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 2;

/** The length in code units of the word character at `i` (2 for one outside the BMP), or 0 when it is not one. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = bmpClass[c]!;
  if (k === 0) bmpClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** The text as `words` tokenises it: NFKC (only where it is not ASCII), then lower case. */
const folded = (s: string): string => (NON_ASCII.test(s) ? s.normalize("NFKC") : s).toLowerCase();

/**
 * The words of the kept text and how often each occurs: open addressing, four numbers a slot (start
 * in the kept text, length, hash, count; start -1 when the slot is free), at most half full. Two words
 * are the same only when their characters are, compared in full whenever their hashes meet, so a hash
 * collision never counts a missing word as kept.
 */
class WordTable {
  size = 1024;
  t = new Int32Array(4 * 1024).fill(-1);
  used = 0;
  readonly kept: string;

  constructor(kept: string) {
    this.kept = kept;
  }

  /** The slot holding the word `s[start, start + len)`, or the free slot where it belongs. */
  slotOf(s: string, start: number, len: number, hash: number): number {
    const t = this.t;
    const mask = this.size - 1;
    const kept = this.kept;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = t[4 * slot]!;
      if (at < 0) return slot;
      if (t[4 * slot + 2] === hash && t[4 * slot + 1] === len) {
        let k = 0;
        while (k < len && kept.charCodeAt(at + k) === s.charCodeAt(start + k)) k++;
        if (k === len) return slot;
      }
    }
  }

  add(start: number, len: number, hash: number): void {
    let at = 4 * this.slotOf(this.kept, start, len, hash);
    const t = this.t;
    if (t[at]! < 0) {
      t[at] = start;
      t[at + 1] = len;
      t[at + 2] = hash;
      t[at + 3] = 0;
      if (++this.used * 2 > this.size) {
        this.grow();
        at = 4 * this.slotOf(this.kept, start, len, hash);
      }
    }
    this.t[at + 3]!++;
  }

  take(s: string, start: number, len: number, hash: number): boolean {
    const at = 4 * this.slotOf(s, start, len, hash);
    const t = this.t;
    if (t[at]! < 0 || t[at + 3] === 0) return false;
    t[at + 3]!--;
    return true;
  }

  grow(): void {
    const old = this.t;
    this.size *= 2;
    const t = (this.t = new Int32Array(4 * this.size).fill(-1));
    const mask = this.size - 1;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i]! < 0) continue;
      let slot = old[i + 2]! & mask;
      while (t[4 * slot]! >= 0) slot = (slot + 1) & mask;
      t.set(old.subarray(i, i + 4), 4 * slot);
    }
  }
}

/** Each word of `s` (a folded text) added to the table, or taken from it until one is not there. */
function scan(s: string, table: WordTable, adding: boolean): boolean {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let step = c < 0x80 ? (bmpClass[c] === 1 ? 1 : 0) : wordCharAt(s, i);
    if (step === 0) {
      i++;
      continue;
    }
    // FNV-1a over the word's code units, mixed at the end.
    const start = i;
    let hash = 0x811c9dc5 | 0;
    for (;;) {
      if (step === 1) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
      else hash = Math.imul(Math.imul(hash ^ s.charCodeAt(i), 0x01000193) ^ s.charCodeAt(i + 1), 0x01000193);
      i += step;
      if (i >= n) break;
      const d = s.charCodeAt(i);
      step = d < 0x80 ? (bmpClass[d] === 1 ? 1 : 0) : wordCharAt(s, i);
      if (step === 0) break;
    }
    // Multiplication carries bits only upwards, so FNV's low bits, which pick the slot, mix poorly:
    // finish with MurmurHash3's fmix32.
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash ^= hash >>> 16;
    if (adding) table.add(start, i - start, hash);
    else if (!table.take(s, start, i - start, hash)) return false;
  }
  return true;
}

/** Whether every word of `text` occurs in `kept` at least as often. */
export function wordsCovered(text: string, kept: string): boolean {
  const table = new WordTable(folded(kept));
  scan(table.kept, table, true);
  return scan(folded(text), table, false);
}
