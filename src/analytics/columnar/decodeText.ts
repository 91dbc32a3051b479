/**
 * Turning a file's bytes into UTF-8, whatever the shop's software wrote: a byte-order mark
 * (UTF-8, UTF-16 LE/BE) decides; else valid UTF-8 is kept as it is; else GB18030 (what Chinese
 * Excel, Taobao and other Chinese platforms write; a superset of GBK and GB2312); else
 * Windows-1252 (what Western Excel writes). The rest of the reader works on UTF-8 bytes.
 */
import { analyticsError } from '../analyticsError';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'];

export interface DecodedText {
  /** The text as UTF-8 bytes, without a byte-order mark. */
  bytes: Uint8Array;
  encoding: TextEncodingName;
  /** Whether the encoding was detected (true) or given (false). */
  detected: boolean;
}

/** Accepted spellings of the encodings ('gbk', 'gb2312' and 'cp936' read as GB18030, their superset). */
const ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** The canonical name of an encoding option, or an error listing the accepted ones. */
export function encodingName(fn: string, name: string): TextEncodingName {
  const found = ALIASES[name.trim().toLowerCase()];
  if (!found)
    throw analyticsError(fn, `encoding must be one of ${TEXT_ENCODINGS.join(', ')} (or gbk, gb2312, latin1), not ${JSON.stringify(name)}`);
  return found;
}

/** True when bytes[start…] is well-formed UTF-8 (a sequence cut at the very end counts as well-formed). */
export function isUtf8(bytes: Uint8Array, start = 0): boolean {
  const n = bytes.length;
  let i = start;
  // ASCII runs four bytes at a time (most exports are mostly ASCII).
  const base = i + ((4 - ((bytes.byteOffset + i) & 3)) & 3); // the first 4-aligned index
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + base, Math.max(0, (n - base) >> 2));
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      if (i >= base && ((i - base) & 3) === 0) {
        const first = (i - base) >> 2;
        let w = first;
        while (w < words.length && (words[w] & 0x80808080) === 0) w++;
        if (w > first) {
          i = base + 4 * w;
          continue;
        }
      }
      i++;
      continue;
    }
    const need = b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return false;
    if (i + need >= n) return true; // cut off by a size limit: judge by what came before
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    // Overlong three- and four-byte forms and surrogates.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return false;
    if (b === 0xed && bytes[i + 1] >= 0xa0) return false;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return false;
    if (b === 0xf4 && bytes[i + 1] >= 0x90) return false;
    i += need + 1;
  }
  return true;
}

/** 'le' or 'be' when the bytes look like BOM-less UTF-16 (every other byte zero in ASCII text), else undefined. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.4 * half && even < 0.05 * half) return 'le';
  if (even > 0.4 * half && odd < 0.05 * half) return 'be';
  return undefined;
}

function decoder(fn: string, label: string, fatal = false): { decode(input: Uint8Array): string } {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false });
  } catch {
    throw analyticsError(fn, `this runtime cannot decode ${label} (its ICU data lacks it); save the file as UTF-8 and load it again`);
  }
}

/**
 * The encoding of a file's bytes, detected: BOM, else UTF-16 by its zero bytes, else UTF-8 when
 * well-formed, else GB18030 when the bytes are well-formed GB18030, else Windows-1252.
 * @throws when the bytes hold NUL bytes in a non-UTF-16 file (a binary file, not text)
 * @example detectEncoding(Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4)) // → 'gb18030' ("中文")
 */
export function detectEncoding(fn: string, bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const order = utf16Order(bytes);
  if (order) return order === 'le' ? 'utf-16le' : 'utf-16be';
  const nul = bytes.subarray(0, 65536).indexOf(0);
  if (nul >= 0) throw analyticsError(fn, `the data is a binary file, not text (a NUL byte at byte ${nul + 1}); export it as CSV or .xlsx`);
  if (isUtf8(bytes)) return 'utf-8';
  // The first MiB (cut at a line end, which no multi-byte character contains) decides between the two.
  const sample = bytes.length <= 1 << 20 ? bytes : bytes.subarray(0, bytes.lastIndexOf(10, 1 << 20) + 1 || 1 << 20);
  if (!looksLikeGb18030(sample)) return 'windows-1252';
  try {
    decoder(fn, 'gb18030', true).decode(sample);
    return 'gb18030';
  } catch (e) {
    if (e instanceof Error && e.message.startsWith(fn)) throw e;
    return 'windows-1252';
  }
}

/**
 * Chinese text in GB18030 is mostly two-byte characters whose second byte is also high (the
 * GB2312 range, A1–FE); Western text in Windows-1252 has accented letters followed by ASCII
 * ("Müller" is FC 6C). Both can be well-formed GB18030, so the pairs decide.
 */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  let high = 0;
  let low = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    if (bytes[i] < 0x81) continue;
    const t = bytes[i + 1];
    if (t >= 0x30 && t <= 0x39) {
      high++; // a four-byte sequence
      i += 3;
    } else {
      if (t >= 0x80) high++;
      else low++;
      i++;
    }
  }
  return high > 0 && high >= low;
}

// Windows-1252's 0x80–0x9F (where it differs from Latin-1; five bytes are unassigned and kept as
// C1 controls). Decoded here because some runtimes' TextDecoder treat the label as Latin-1.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
    s += String.fromCharCode(...chunk);
  }
  return s;
}

/**
 * The bytes as UTF-8, decoded from the given or detected encoding.
 * @param encoding 'auto' (default) or an encoding name (see {@link TEXT_ENCODINGS}; gbk and gb2312 read as GB18030)
 * @example toUtf8('readCsv', gb18030Bytes).encoding // → 'gb18030'
 */
export function toUtf8(fn: string, bytes: Uint8Array, encoding = 'auto'): DecodedText {
  const detected = encoding === 'auto';
  const name = detected ? detectEncoding(fn, bytes) : encodingName(fn, encoding);
  if (name === 'utf-8') {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { bytes: bom ? bytes.subarray(3) : bytes, encoding: name, detected };
  }
  const text = name === 'windows-1252' ? decodeWindows1252(bytes) : decoder(fn, name).decode(bytes);
  return { bytes: new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), encoding: name, detected };
}
