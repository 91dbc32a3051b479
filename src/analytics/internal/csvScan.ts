/**
 * One pass over the bytes of a delimited text file (RFC 4180: quoted fields may hold delimiters,
 * doubled quotes and line breaks; LF or CRLF line ends; blank lines skipped) that records where
 * each field lies, creating no JavaScript string per field. A column of numbers is then parsed
 * straight from the bytes; other columns are interned into a dictionary of distinct byte strings,
 * so that type inference and parsing run once per distinct value.
 */
import { decodeUtf8 } from './utf8';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Entry flags. */
export const ESCAPED = 1; // quoted, with doubled quotes inside
export const UNTRIMMED = 2; // starts or ends with whitespace or a control byte
export const NON_ASCII = 4;

/**
 * The distinct byte strings of one column, copied into one compact buffer (comparing against the
 * file itself would miss the cache on every lookup): entry e is data[start[e], end[e]).
 */
export class CsvDictionary {
  size = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  flags = new Uint8Array(64);
  private data = new Uint8Array(1024);
  private used = 0;
  private hashes = new Int32Array(64);
  private slots = new Int32Array(128).fill(-1);

  /** The entry of bytes[s, e), added if new. */
  intern(bytes: Uint8Array, s: number, e: number, flags: number): number {
    let h = 0x811c9dc5 | 0; // FNV-1a, then murmur3's finaliser: FNV's low bits cluster for keys such as "1001", "1002"
    for (let i = s; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const { slots, data } = this;
    const mask = slots.length - 1;
    const len = e - s;
    let slot = h & mask;
    for (;;) {
      const k = slots[slot];
      if (k < 0) break;
      if (this.hashes[k] === h && this.end[k] - this.start[k] === len) {
        const ks = this.start[k];
        let j = 0;
        while (j < len && data[ks + j] === bytes[s + j]) j++;
        if (j === len) return k;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    if (id === this.start.length) this.grow();
    if (this.used + len > this.data.length) {
      const bigger = new Uint8Array(Math.max(this.data.length * 2, this.used + len));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(bytes.subarray(s, e), this.used);
    this.start[id] = this.used;
    this.end[id] = this.used += len;
    this.flags[id] = flags;
    this.hashes[id] = h;
    slots[slot] = id;
    if (this.size * 2 > slots.length) this.rehash();
    return id;
  }

  /** The text of an entry. */
  text(e: number): string {
    const s = decodeUtf8(this.data, this.start[e], this.end[e]);
    return this.flags[e] & ESCAPED ? s.replace(/""/g, '"') : s;
  }

  /** True when every entry reads as a distinct trimmed string (no escapes, edges or non-ASCII bytes to compare). */
  isCanonical(): boolean {
    for (let e = 0; e < this.size; e++) if (this.flags[e]) return false;
    return true;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
    this.flags = copy(this.flags, new Uint8Array(n));
    this.hashes = copy(this.hashes, new Int32Array(n));
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      let slot = this.hashes[k] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = k;
    }
    this.slots = slots;
  }
}

/** Where one column's fields lie: row i is bytes[start[i], end[i]) (quotes excluded) with `flags[i]`. */
export interface CsvFields {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

export interface ScannedCsv {
  /** Header names as written (decoded and trimmed, not yet made unique). */
  header: string[];
  rows: number;
  /** Per column; a missing or empty field has start = end. */
  fields: CsvFields[];
}

/**
 * Reads one row's fields from `pos`, calling `emit(column, start, end, flags)` for each; returns
 * the position after the row's line end. One loop with local state: this is the hot path of
 * loading a file.
 */
function scanRow(bytes: Uint8Array, pos: number, delimiter: number, emit: (col: number, s: number, e: number, flags: number) => void): number {
  const len = bytes.length;
  let col = 0;
  for (;;) {
    let hi = 0;
    let flags = 0;
    let s: number;
    let e: number;
    if (pos < len && bytes[pos] === QUOTE) {
      s = ++pos;
      for (;;) {
        if (pos >= len) {
          e = pos;
          break;
        }
        const b = bytes[pos];
        if (b === QUOTE) {
          if (pos + 1 < len && bytes[pos + 1] === QUOTE) {
            flags |= ESCAPED;
            pos += 2;
            continue;
          }
          e = pos++;
          // Anything between the closing quote and the delimiter is ignored.
          while (pos < len && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
          break;
        }
        hi |= b;
        pos++;
      }
    } else {
      s = pos;
      while (pos < len) {
        const b = bytes[pos];
        if (b === delimiter || b === LF || b === CR) break;
        hi |= b;
        pos++;
      }
      e = pos;
    }
    if (hi & 0x80) flags |= NON_ASCII;
    if (e > s && (bytes[s] <= 32 || bytes[e - 1] <= 32)) flags |= UNTRIMMED;
    emit(col++, s, e, flags);
    if (pos >= len) return pos;
    const b = bytes[pos++];
    if (b === delimiter) continue;
    if (b === CR && pos < len && bytes[pos] === LF) pos++;
    return pos;
  }
}

/**
 * Scans a CSV (or other single-byte delimiter) file whose first line is the header.
 * @example scanCsv(bytes, 44).rows
 */
export function scanCsv(bytes: Uint8Array, delimiter: number): ScannedCsv {
  const len = bytes.length;
  let pos = len >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let lines = 1; // an upper bound on the rows: every LF or CR may end one
  for (const end of [LF, CR]) for (let i = bytes.indexOf(end, pos); i >= 0; i = bytes.indexOf(end, i + 1)) lines++;

  const header: string[] = [];
  while (pos < len && (bytes[pos] === LF || bytes[pos] === CR)) pos++;
  if (pos < len) {
    const names = new CsvDictionary();
    pos = scanRow(bytes, pos, delimiter, (_, s, e, flags) => header.push(names.text(names.intern(bytes, s, e, flags)).trim()));
  }
  const cols = header.length;
  const fields = header.map(() => ({ start: new Int32Array(lines), end: new Int32Array(lines), flags: new Uint8Array(lines) }));
  let rows = 0;
  let seen = 0;
  const emit = (col: number, s: number, e: number, flags: number): void => {
    if (col < cols) {
      const f = fields[col];
      f.start[rows] = s;
      f.end[rows] = e;
      f.flags[rows] = flags;
    }
    seen = col + 1;
  };
  while (pos < len) {
    const b = bytes[pos];
    if (b === LF || b === CR) {
      pos++; // a blank line
      continue;
    }
    pos = scanRow(bytes, pos, delimiter, emit);
    for (let col = seen; col < cols; col++) fields[col].start[rows] = fields[col].end[rows] = 0; // a short row: null
    rows++;
  }
  return { header, rows, fields: fields.map((f) => ({ start: f.start.subarray(0, rows), end: f.end.subarray(0, rows), flags: f.flags.subarray(0, rows) })) };
}

/** Interns a column's fields: each row's entry in the dictionary, or −1 for an empty field. */
export function internFields(bytes: Uint8Array, fields: CsvFields): { codes: Int32Array; dictionary: CsvDictionary } {
  const dictionary = new CsvDictionary();
  const n = fields.start.length;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = fields.end[i] > fields.start[i] ? dictionary.intern(bytes, fields.start[i], fields.end[i], fields.flags[i]) : -1;
  return { codes, dictionary };
}
