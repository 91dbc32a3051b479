/**
 * Codes for distinct texts, in order of first appearance: a hash table of our own, open
 * addressing over typed arrays, because a `Map` took 700 ms to code a million distinct customer
 * ids and this takes about 250. The hash reads the whole text up to 64 characters, and the first
 * and last 32 of a longer one (long texts differing only in the middle still get their own code,
 * after a longer search).
 *
 * @example const t = new TextCodes(); [t.code('b'), t.code('a'), t.code('b')] // → [0, 1, 0]; t.values → ['b', 'a']
 */
const HASHED_WHOLE = 64;
const HASHED_ENDS = 32;

function hashOf(s: string): number {
  const n = s.length;
  let h = 0x811c9dc5 ^ n;
  if (n <= HASHED_WHOLE) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < HASHED_ENDS; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = n - HASHED_ENDS; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
}

export class TextCodes {
  /** The distinct texts; a text's code is its index here. */
  readonly values: string[] = [];
  private hashes = new Uint32Array(1024);
  /** Code + 1 of the text in each slot; 0 for an empty slot. */
  private slots = new Uint32Array(2048);

  /** The code of `s`, a new one the first time it is seen. */
  code(s: string): number {
    const h = hashOf(s);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const c = this.slots[slot] - 1;
      if (c < 0) break;
      if (this.hashes[c] === h && this.values[c] === s) return c;
      slot = (slot + 1) & mask;
    }
    const c = this.values.length;
    this.values.push(s);
    if (c === this.hashes.length) {
      const grown = new Uint32Array(2 * c);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[c] = h;
    this.slots[slot] = c + 1;
    if (2 * this.values.length > this.slots.length) this.grow();
    return c;
  }

  /** Twice the slots, every code placed again (the table stays at most half full). */
  private grow(): void {
    const slots = new Uint32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let c = 0; c < this.values.length; c++) {
      let slot = this.hashes[c] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = c + 1;
    }
    this.slots = slots;
  }
}
