/**
 * One pass over the bytes of a delimited text file (RFC 4180: quoted fields may hold delimiters,
 * doubled quotes and line breaks; LF or CRLF line ends; blank lines skipped) that records where
 * each field lies, creating no JavaScript string per field. A column of numbers is then parsed
 * straight from the bytes; other columns are interned into a dictionary of distinct byte strings,
 * so that type inference and parsing run once per distinct value.
 */
import { analyticsError } from '../analyticsError';
import { CsvDictionary, ESCAPED, UNCLOSED, UNTRIMMED } from './csvDictionary';

export { CsvDictionary, ESCAPED, fieldText, NON_ASCII, UNCLOSED, UNTRIMMED } from './csvDictionary';

const QUOTE = 34;
const LF = 10;
const CR = 13;

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
  /** Rows with fewer fields than the header (their missing fields are empty), and the first of them. */
  shortRows: number;
  firstShortRow: number;
  /** Per column; a missing or empty field has start = end. */
  fields: CsvFields[];
}

/**
 * Reads one row's fields from `pos`, calling `emit(column, start, end, flags)` for each; returns
 * the position after the row's line end. One loop with local state: this is the hot path of
 * loading a file.
 */
function scanRow(
  bytes: Uint8Array,
  pos: number,
  stop: Uint8Array,
  emit: (col: number, s: number, e: number, flags: number) => void,
): number {
  const len = bytes.length;
  let col = 0;
  for (;;) {
    let flags = 0;
    let s: number;
    let e: number;
    if (pos < len && bytes[pos] === QUOTE) {
      s = ++pos;
      for (;;) {
        if (pos >= len) {
          e = pos;
          flags |= UNCLOSED;
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
          while (pos < len && !stop[bytes[pos]]) pos++;
          break;
        }
        pos++;
      }
    } else {
      s = pos;
      while (pos < len && !stop[bytes[pos]]) pos++;
      e = pos;
    }
    if (e > s && (bytes[s] <= 32 || bytes[e - 1] <= 32)) flags |= UNTRIMMED;
    emit(col++, s, e, flags);
    if (pos >= len) return pos;
    const b = bytes[pos++];
    if (b === CR) {
      if (pos < len && bytes[pos] === LF) pos++;
      return pos;
    }
    if (b !== LF) continue; // the delimiter
    return pos;
  }
}

/** The 1-based line of the file on which byte `at` lies. */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(LF); i >= 0 && i < at; i = bytes.indexOf(LF, i + 1)) line++;
  return line;
}

/**
 * Scans a CSV (or other single-byte delimiter) file whose first line is the header.
 * @throws (as `fn`) on a row with more fields than the header (a value with an unquoted
 *   delimiter would shift the fields after it) and on a quote that is never closed
 * @example scanCsv(bytes, 44, 'readCsv').rows
 */
export function scanCsv(bytes: Uint8Array, delimiter: number, fn = 'readCsv'): ScannedCsv {
  const len = bytes.length;
  let pos = len >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let lines = 1; // an upper bound on the rows: every LF or CR may end one
  for (const end of [LF, CR]) for (let i = bytes.indexOf(end, pos); i >= 0; i = bytes.indexOf(end, i + 1)) lines++;

  const stop = new Uint8Array(256); // the bytes that end an unquoted field
  stop[delimiter] = stop[LF] = stop[CR] = 1;
  const header: string[] = [];
  while (pos < len && (bytes[pos] === LF || bytes[pos] === CR)) pos++;
  if (pos < len) {
    const names = new CsvDictionary();
    pos = scanRow(bytes, pos, stop, (_, s, e, flags) => header.push(names.text(names.intern(bytes, s, e, flags)).trim()));
  }
  const cols = header.length;
  const fields = header.map(() => ({ start: new Int32Array(lines), end: new Int32Array(lines), flags: new Uint8Array(lines) }));
  let rows = 0;
  let seen = 0;
  let unclosed = false;
  let extra = false; // a field past the header's width that is not empty (a trailing delimiter is fine)
  const emit = (col: number, s: number, e: number, flags: number): void => {
    if (col < cols) {
      const f = fields[col];
      f.start[rows] = s;
      f.end[rows] = e;
      f.flags[rows] = flags;
    } else if (e > s) extra = true;
    if (flags & UNCLOSED) unclosed = true;
    seen = col + 1;
  };
  let shortRows = 0;
  let firstShortRow = 0;
  const d = JSON.stringify(String.fromCharCode(delimiter));
  while (pos < len) {
    const b = bytes[pos];
    if (b === LF || b === CR) {
      pos++; // a blank line
      continue;
    }
    const rowStart = pos;
    pos = scanRow(bytes, pos, stop, emit);
    if (unclosed) {
      const line = lineOf(bytes, rowStart);
      throw analyticsError(
        fn,
        `the quote opened in row ${rows + 1} (line ${line}) is never closed, so the rest of the file would become one value; ` +
          `close that quote (a quote inside a quoted value is written twice: "")`,
      );
    }
    if (extra) {
      const line = lineOf(bytes, rowStart);
      throw analyticsError(
        fn,
        `row ${rows + 1} (line ${line}) has ${seen} fields where the header has ${cols}: a value probably holds an unquoted ${d} ` +
          `(such as 1,234.50), which would shift the values after it; put that value in double quotes, or pass the right { delimiter }`,
      );
    }
    if (seen < cols) {
      if (shortRows++ === 0) firstShortRow = rows + 1;
      for (let col = seen; col < cols; col++) fields[col].start[rows] = fields[col].end[rows] = 0; // a short row: null
    }
    rows++;
  }
  const cut = (f: CsvFields) => ({ start: f.start.subarray(0, rows), end: f.end.subarray(0, rows), flags: f.flags.subarray(0, rows) });
  return { header, rows, shortRows, firstShortRow, fields: fields.map(cut) };
}

const digit = (b: number) => (b >= 48 && b <= 57 ? b - 48 : -100);

/**
 * A small number for a field that reads "YYYY-MM-DD" with 1900 ≤ YYYY < 2200 (such ten bytes
 * are fixed by the three numbers), else −1: dates repeat on every row of an export, and a direct
 * table lookup is quicker than hashing them.
 */
function isoDayKey(bytes: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || bytes[s + 4] !== 45 || bytes[s + 7] !== 45) return -1;
  const y = digit(bytes[s]) * 1000 + digit(bytes[s + 1]) * 100 + digit(bytes[s + 2]) * 10 + digit(bytes[s + 3]);
  const m = digit(bytes[s + 5]) * 10 + digit(bytes[s + 6]);
  const d = digit(bytes[s + 8]) * 10 + digit(bytes[s + 9]);
  if (y < 1900 || y >= 2200 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return ((y - 1900) * 12 + m - 1) * 31 + d - 1;
}

/** Interns a column's fields: each row's entry in the dictionary, or −1 for an empty field. */
export function internFields(bytes: Uint8Array, fields: CsvFields): { codes: Int32Array; dictionary: CsvDictionary } {
  const n = fields.start.length;
  const dictionary = new CsvDictionary(Math.min(n, 1 << 16));
  const codes = new Int32Array(n);
  let days: Int32Array | undefined; // entry + 1 by isoDayKey, made on the first date
  for (let i = 0; i < n; i++) {
    const s = fields.start[i];
    const e = fields.end[i];
    if (e <= s) {
      codes[i] = -1;
      continue;
    }
    const key = fields.flags[i] ? -1 : isoDayKey(bytes, s, e);
    if (key < 0) {
      codes[i] = dictionary.intern(bytes, s, e, fields.flags[i]);
      continue;
    }
    days ??= new Int32Array(300 * 12 * 31);
    if (days[key] === 0) days[key] = dictionary.intern(bytes, s, e, 0) + 1;
    codes[i] = days[key] - 1;
  }
  return { codes, dictionary };
}
