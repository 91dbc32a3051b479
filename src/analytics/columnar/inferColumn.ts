/**
 * The type of a CSV column, decided on every value (Arquero's order: boolean, number, ISO date,
 * text), with the rules real exports need: identifiers stay text (`00123` is not 123, and a
 * 19-digit order number is not rounded), a decimal comma is read when the file uses one, and
 * Excel's text markers are undone (`="1894629693192004256"`, `'13800138000`, tab padding).
 */
import { CodedColumn, DateColumn, IntegerTextColumn } from './columns';
import { fieldText, internFields, UNTRIMMED, type CsvDictionary, type CsvFields } from './csvScan';

export interface InferOptions {
  /** Keep the column as text (an identifier, a phone number, a postcode). */
  text: boolean;
  /** The decimal mark of numbers. */
  decimal: '.' | ',';
  /** Undo Excel's text markers and trim the values. */
  clean: boolean;
}

// Arquero's ISO date test (date, optional time, optional offset).
const ISO_DATE = /^([-+]\d{2})?\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const LONG_INTEGER = /^[-+]?\d{16,}$/;
const COMMA_NUMBER = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * `+text` for plain decimals ("-12", "112.67") read straight from the bytes, NaN when the text is
 * anything else, and −Infinity for an integer with a leading zero ("007", "0123": an identifier).
 * Exact: with at most 15 digits the digits form an exact integer and dividing by an exact power
 * of ten rounds once, as parsing does (Clinger's fast path).
 */
function plainDecimal(bytes: Uint8Array, s: number, e: number): number {
  let p = s;
  const negative = bytes[p] === 45;
  if (negative) p++;
  if (bytes[p] === 48 && p + 1 < e && bytes[p + 1] >= 48 && bytes[p + 1] <= 57) return -Infinity;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; p < e; p++) {
    const b = bytes[p];
    if (b >= 48 && b <= 57) {
      m = m * 10 + (b - 48);
      digits++;
    } else if (b === 46 && fraction < 0) fraction = 0;
    else return NaN;
    if (fraction >= 0 && b !== 46) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return NaN;
  const v = fraction > 0 ? m / POW10[fraction] : m;
  return negative ? -v : v;
}

/** A number written with a decimal comma ("1.234,56", "-12,5"), or NaN. */
function commaNumber(text: string): number {
  const t = text.trim();
  return COMMA_NUMBER.test(t) ? Number(t.replace(/\./g, '').replace(',', '.')) : NaN;
}

/** The column as numbers if every non-empty field is one (Arquero's test: `+text`, or "NaN"), else undefined. */
function numberColumn(bytes: Uint8Array, fields: CsvFields, decimal: '.' | ','): Float64Array | CodedColumn<number> | undefined {
  const rows = fields.start.length;
  const out = new Float64Array(rows);
  let nulls = false;
  for (let i = 0; i < rows; i++) {
    const s = fields.start[i];
    const e = fields.end[i];
    if (e <= s) {
      nulls = true;
      continue;
    }
    let v = decimal === '.' ? plainDecimal(bytes, s, e) : NaN;
    if (v === -Infinity) return undefined; // a leading zero: an identifier
    if (v !== v) {
      const t = fieldText(bytes, s, e, fields.flags[i]);
      if (LONG_INTEGER.test(t.trim()) || /^\s*-?0\d/.test(t)) return undefined; // would lose digits, or a leading zero
      v = decimal === ',' ? commaNumber(t) : +t;
      if (v !== v && t !== 'NaN') return undefined;
    }
    out[i] = v;
  }
  if (!nulls) return out;
  const codes = Int32Array.from({ length: rows }, (_, i) => (fields.end[i] > fields.start[i] ? i : -1));
  return new CodedColumn(codes, rows, (i) => out[i]);
}

/** A cell's text with Excel's text markers undone and the edges trimmed: `="0123"` → 0123, `'138…` → 138…. */
export function cleanCell(text: string): string {
  let t = text.trim();
  if (t.length >= 3 && t.startsWith('="') && t.endsWith('"')) t = t.slice(2, -1).trim();
  if (t.length >= 2 && t.charCodeAt(0) === 39 && /^'[+\d]/.test(t)) t = t.slice(1);
  return t;
}

/** True when some entry needs {@link cleanCell}: whitespace at its edges, or a leading `=` or `'`. */
function needsCleaning(dict: CsvDictionary): boolean {
  for (let e = 0; e < dict.size; e++) {
    const b = dict.firstByte(e);
    if (dict.flags[e] & UNTRIMMED || b === 61 || b === 39) return true;
  }
  return false;
}

/**
 * The column's distinct values as texts with each row's index into them: the dictionary as it
 * is, or its cleaned texts (merged where cleaning makes two equal; emptied ones become null).
 */
function entries(
  dict: CsvDictionary,
  codes: Int32Array,
  clean: boolean,
): { size: number; text: (e: number) => string; codes: Int32Array; canonical: boolean } {
  if (!clean || !needsCleaning(dict)) return { size: dict.size, text: (e) => dict.text(e), codes, canonical: dict.isCanonical() };
  const texts: string[] = [];
  const index = new Map<string, number>();
  const remap = new Int32Array(dict.size);
  for (let e = 0; e < dict.size; e++) {
    const t = cleanCell(dict.text(e));
    let k = t === '' ? -1 : index.get(t);
    if (k === undefined) {
      k = texts.length;
      texts.push(t);
      index.set(t, k);
    }
    remap[e] = k;
  }
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? -1 : remap[codes[i]];
  return { size: texts.length, text: (e) => texts[e], codes: out, canonical: true };
}

/**
 * An ISO date-time as written in the shop, as epoch ms of that wall-clock time in UTC: a `+02:00`
 * offset is dropped, so that the time and the calendar day stay the shop's, as
 * `prepareTransactions` reads them (`Z` means UTC and is kept; Date.parse alone would read a time
 * without offset in the kernel's time zone).
 */
function wallClock(t: string): number {
  if (t.length <= 10 || t.endsWith('Z')) return Date.parse(t); // a date alone is UTC midnight
  const offset = /[-+]\d{2}:\d{2}$/.exec(t);
  return Date.parse((offset ? t.slice(0, offset.index) : t) + 'Z'); // no offset: not the kernel's time zone either
}

/**
 * The whole number of a field that is written exactly as `String(n)` would write it (an optional
 * minus, then 1–15 digits without a leading zero), or NaN.
 */
function plainInteger(bytes: Uint8Array, s: number, e: number): number {
  let p = s;
  const negative = bytes[p] === 45;
  if (negative) p++;
  const digits = e - p;
  if (digits < 1 || digits > 15 || (bytes[p] === 48 && digits > 1) || (negative && bytes[p] === 48)) return NaN;
  let m = 0;
  for (; p < e; p++) {
    const b = bytes[p];
    if (b < 48 || b > 57) return NaN;
    m = m * 10 + (b - 48);
  }
  return negative ? -m : m;
}

/** An identifier column of plain whole numbers (order numbers), read as their text, else undefined. */
function integerIds(bytes: Uint8Array, fields: CsvFields): IntegerTextColumn | undefined {
  const rows = fields.start.length;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const s = fields.start[i];
    const e = fields.end[i];
    if (e <= s) out[i] = NaN;
    else if (fields.flags[i] || (out[i] = plainInteger(bytes, s, e)) !== out[i]) return undefined;
  }
  return new IntegerTextColumn(out);
}

/** A column's values by type, decided on every value. */
export function inferColumn(bytes: Uint8Array, fields: CsvFields, options: InferOptions): unknown {
  if (options.text) {
    const ids = integerIds(bytes, fields);
    if (ids) return ids;
  } else {
    const numbers = numberColumn(bytes, fields, options.decimal);
    if (numbers) return numbers;
  }
  const interned = internFields(bytes, fields);
  const { size, text, codes, canonical } = entries(interned.dictionary, interned.codes, options.clean);
  const textColumn = () => new CodedColumn(codes, size, text, { canonical });
  if (options.text) return textColumn();
  if (size <= 2) {
    const texts = Array.from({ length: size }, (_, e) => text(e));
    if (texts.every((t) => t === 'true' || t === 'false'))
      return CodedColumn.of(
        codes,
        texts.map((t) => t === 'true'),
      );
  }
  const times = new Float64Array(size);
  for (let e = 0; e < size; e++) {
    const t = text(e);
    times[e] = ISO_DATE.test(t) ? wallClock(t) : NaN;
    if (times[e] !== times[e]) return textColumn();
  }
  const ms = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) ms[i] = codes[i] < 0 ? NaN : times[codes[i]];
  return new DateColumn(ms);
}

/** Every value as text (cleaned when asked), for `autoType: false`. */
export function textOnlyColumn(bytes: Uint8Array, fields: CsvFields, clean: boolean): CodedColumn<string> {
  const interned = internFields(bytes, fields);
  const { size, text, codes, canonical } = entries(interned.dictionary, interned.codes, clean);
  return new CodedColumn(codes, size, text, { canonical });
}
