/**
 * A GB18030 encoder. Node can decode GB18030 (`new TextDecoder('gb18030')`, the WHATWG Encoding
 * Standard's decoder) but has no encoder, so this one inverts the decoder:
 *
 * - two-byte codes (lead 0x81–0xFE, trail 0x40–0x7E or 0x80–0xFE) are decoded once and kept in
 *   a table from UTF-16 code unit to bytes (built on first use, then cached);
 * - four-byte codes of the Basic Multilingual Plane are the pointers 0–39419 of the standard
 *   ("index gb18030 ranges"); they are decoded once too and fill the code units the two-byte
 *   table lacks;
 * - code points above U+FFFF are algorithmic: pointer = 189000 + (code point − 0x10000).
 *
 * Where a code unit has several codes, the first (lowest) two-byte code wins, as in the
 * standard's encoder. Lone surrogates become `?`, as do U+E5E5 and the 18 private-use code points
 * that GB18030-2022 remapped to standard characters (the decoder no longer produces them).
 * Reference: WHATWG Encoding Standard, §10.2 "gb18030" (https://encoding.spec.whatwg.org/#gb18030).
 */

let table: Uint32Array | undefined;

/** Bytes of a four-byte pointer, packed big-endian into one number. */
function fourBytes(pointer: number): number {
  const b1 = Math.floor(pointer / 12600) + 0x81;
  const b2 = (Math.floor(pointer / 1260) % 10) + 0x30;
  const b3 = (Math.floor(pointer / 10) % 126) + 0x81;
  const b4 = (pointer % 10) + 0x30;
  return ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0;
}

function decodeEach(codes: number[], width: 2 | 4, into: Uint32Array): void {
  const bytes = new Uint8Array(codes.length * width);
  codes.forEach((c, i) => {
    for (let k = 0; k < width; k++) bytes[i * width + k] = (c >>> (8 * (width - 1 - k))) & 0xff;
  });
  const text = new TextDecoder('gb18030').decode(bytes);
  if (text.length !== codes.length) {
    // Some code did not decode to exactly one unit: fall back to one code at a time.
    const one = new TextDecoder('gb18030');
    codes.forEach((c, i) => {
      const s = one.decode(bytes.subarray(i * width, (i + 1) * width));
      if (s.length === 1 && s !== '\uFFFD' && !into[s.charCodeAt(0)]) into[s.charCodeAt(0)] = c;
    });
    return;
  }
  for (let i = 0; i < codes.length; i++) {
    const u = text.charCodeAt(i);
    if (u !== 0xfffd && !into[u]) into[u] = codes[i];
  }
}

/** UTF-16 code unit → its GB18030 bytes (two-byte codes fit in 16 bits, four-byte use all 32). */
function codeTable(): Uint32Array {
  if (table) return table;
  const t = new Uint32Array(0x10000);
  const two: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) two.push((lead << 8) | trail);
  }
  decodeEach(two, 2, t);
  const four: number[] = [];
  for (let p = 0; p <= 39419; p++) four.push(fourBytes(p));
  decodeEach(four, 4, t);
  t[0xfffd] = fourBytes(39417); // the replacement character itself (skipped above as a decoding error)
  return (table = t);
}

/**
 * @example Buffer.from(encodeGb18030('中文')).toString('hex') // → 'd6d0cec4'
 */
export function encodeGb18030(text: string): Uint8Array {
  const t = codeTable();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) {
      out.push(u);
      continue;
    }
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        const c = fourBytes(189000 + cp - 0x10000);
        out.push(c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff);
        i++;
        continue;
      }
    }
    const c = t[u];
    if (!c) out.push(0x3f);
    else if (c > 0xffff) out.push(c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff);
    else out.push(c >>> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}
