/**
 * The distinct byte strings of a CSV column (its dictionary) and the flags of a field's bytes:
 * what the scanner records for each field, so that a column is decoded once per distinct value.
 */
import { decodeUtf8 } from './utf8';

/** The text of a field's bytes, with doubled quotes undone when its flags say it had them. */
export function fieldText(bytes: Uint8Array, s: number, e: number, flags: number): string {
  const t = decodeUtf8(bytes, s, e);
  return flags & ESCAPED ? t.replace(/""/g, '"') : t;
}

/** Entry flags. */
export const ESCAPED = 1; // quoted, with doubled quotes inside
export const UNTRIMMED = 2; // starts or ends with whitespace or a control byte
export const NON_ASCII = 4; // set by the dictionary, which reads every byte anyway
export const UNCLOSED = 8; // a quoted field that runs to the end of the file

/**
 * The distinct byte strings of one column, copied into one compact buffer (comparing against the
 * file itself would miss the cache on every lookup): entry e is data[start[e], end[e]).
 */
export class CsvDictionary {
  size = 0;
  /** Entry e's bounds in `data`: bounds[2e] … bounds[2e + 1]. */
  private bounds = new Int32Array(128);
  flags = new Uint8Array(64);
  private data = new Uint8Array(1024);
  private used = 0;
  /**
   * Open addressing, linear probing, 4 numbers a slot: [hash, w0, w1, entry + 1] (0 = empty),
   * where w0, w1 hold the key's first 7 bytes and its length: a key of up to 7 bytes (most ids)
   * is found or ruled out without reading the entry, in one cache line.
   */
  private slots: Int32Array;

  /** @param expected distinct values to make room for at once (fewer rehashes for a big column) */
  constructor(expected = 32) {
    let capacity = 64;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(4 * capacity);
  }

  /** The entry of bytes[s, e), added if new. */
  intern(bytes: Uint8Array, s: number, e: number, flags: number): number {
    // FNV-1a, then murmur3's finaliser: FNV's low bits cluster for keys such as "1001", "1002".
    let h = 0x811c9dc5 | 0;
    let hi = 0;
    const len = e - s;
    let w0 = 0;
    let w1 = Math.min(len, 255) << 24;
    for (let i = s; i < e; i++) {
      const b = bytes[i];
      h = Math.imul(h ^ b, 0x01000193);
      hi |= b;
      const j = i - s;
      if (j < 4) w0 |= b << (8 * j);
      else if (j < 7) w1 |= b << (8 * (j - 4));
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const { slots, data, bounds } = this;
    const mask = (slots.length >> 2) - 1;
    let slot = h & mask;
    for (;;) {
      const at = 4 * slot;
      const k = slots[at + 3] - 1;
      if (k < 0) break;
      if (slots[at] === h && slots[at + 1] === w0 && slots[at + 2] === w1) {
        if (len <= 7) return k;
        const ks = bounds[2 * k];
        let j = 7;
        while (j < len && data[ks + j] === bytes[s + j]) j++;
        if (j === len && bounds[2 * k + 1] - ks === len) return k;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    if (2 * id + 2 > this.bounds.length) this.grow();
    if (this.used + len > this.data.length) {
      const bigger = new Uint8Array(Math.max(this.data.length * 2, this.used + len));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(bytes.subarray(s, e), this.used);
    this.bounds[2 * id] = this.used;
    this.bounds[2 * id + 1] = this.used += len;
    this.flags[id] = flags | (hi & 0x80 ? NON_ASCII : 0);
    const at = 4 * slot;
    slots[at] = h;
    slots[at + 1] = w0;
    slots[at + 2] = w1;
    slots[at + 3] = id + 1;
    if (this.size * 8 > slots.length) this.rehash();
    return id;
  }

  /** The first byte of an entry (entries are never empty). */
  firstByte(e: number): number {
    return this.data[this.bounds[2 * e]];
  }

  /** The text of an entry. */
  text(e: number): string {
    return fieldText(this.data, this.bounds[2 * e], this.bounds[2 * e + 1], this.flags[e]);
  }

  /** True when every entry reads as a distinct trimmed string (no escapes, edges or non-ASCII bytes to compare). */
  isCanonical(): boolean {
    for (let e = 0; e < this.size; e++) if (this.flags[e]) return false;
    return true;
  }

  private grow(): void {
    const bounds = new Int32Array(this.bounds.length * 2);
    bounds.set(this.bounds);
    this.bounds = bounds;
    const flags = new Uint8Array(this.flags.length * 2);
    flags.set(this.flags);
    this.flags = flags;
  }

  /** Doubles the slots (load stays ≤ 1/2). */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i + 3] === 0) continue;
      let slot = old[i] & mask;
      while (slots[4 * slot + 3] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(i, i + 4), 4 * slot);
    }
    this.slots = slots;
  }
}
