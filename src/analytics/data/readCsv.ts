/**
 * Reads a CSV export into an Arquero table with compact columns: what `load('orders.csv')` runs.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { CodedColumn, DateColumn } from '../columnar/columns';
import { fieldText, internFields, scanCsv, type CsvDictionary, type CsvFields } from '../columnar/csvScan';
import { encodeUtf8 } from '../columnar/utf8';

export interface ReadCsvOptions {
  /** Field delimiter, one ASCII character (default ','; '\t' for TSV, ';' for European exports). */
  delimiter: string;
  /** Infer booleans, numbers and ISO dates (default true); false keeps every value as text. */
  autoType: boolean;
  /** Per-column parsers applied to the raw text of each non-empty value, as Arquero's `parse`. */
  parse: Record<string, (value: string) => unknown> | undefined;
}

const DEFAULTS: ReadCsvOptions = { delimiter: ',', autoType: true, parse: undefined };

// Arquero's ISO date test (date, optional time, optional offset).
const ISO_DATE = /^([-+]\d{2})?\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * `+text` for plain decimals ("-12", "112.67", "007") read straight from the bytes, or NaN when
 * the text is anything else. Exact: with at most 15 digits the digits form an exact integer and
 * dividing by an exact power of ten rounds once, as parsing does (Clinger's fast path).
 */
function plainDecimal(bytes: Uint8Array, s: number, e: number): number {
  let p = s;
  const negative = bytes[p] === 45;
  if (negative) p++;
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

const rowText = (bytes: Uint8Array, fields: CsvFields, i: number) => fieldText(bytes, fields.start[i], fields.end[i], fields.flags[i]);

/** The column as numbers if every non-empty field is one (Arquero's test: `+text`, or "NaN"), else undefined. */
function numberColumn(bytes: Uint8Array, fields: CsvFields): Float64Array | CodedColumn<number> | undefined {
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
    let v = plainDecimal(bytes, s, e);
    if (v !== v) {
      const t = rowText(bytes, fields, i);
      v = +t;
      if (v !== v && t !== 'NaN') return undefined;
    }
    out[i] = v;
  }
  if (!nulls) return out;
  const codes = Int32Array.from({ length: rows }, (_, i) => (fields.end[i] > fields.start[i] ? i : -1));
  return new CodedColumn(codes, rows, (i) => out[i]);
}

/** A column's values by type (Arquero's order: boolean, number, ISO date, text), decided on every value. */
function inferColumn(bytes: Uint8Array, fields: CsvFields): unknown {
  const numbers = numberColumn(bytes, fields);
  if (numbers) return numbers;
  const { codes, dictionary: dict } = internFields(bytes, fields);
  const size = dict.size;
  if (size <= 2) {
    const texts = Array.from({ length: size }, (_, e) => dict.text(e));
    if (texts.every((t) => t === 'true' || t === 'false')) return CodedColumn.of(codes, texts.map((t) => t === 'true'));
  }
  const times = new Float64Array(size);
  for (let e = 0; e < size; e++) {
    const t = dict.text(e);
    times[e] = ISO_DATE.test(t) ? Date.parse(t) : NaN;
    if (times[e] !== times[e]) return textColumn(dict, codes);
  }
  const ms = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) ms[i] = codes[i] < 0 ? NaN : times[codes[i]];
  return new DateColumn(ms);
}

function textColumn(dict: CsvDictionary, codes: Int32Array): CodedColumn<string> {
  return new CodedColumn(codes, dict.size, (e) => dict.text(e), { canonical: dict.isCanonical() });
}

/** Header names made usable: blanks become col1, col2, … and repeats get _2, _3, …. */
function uniqueNames(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, j) => {
    const base = h || `col${j + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

/**
 * Reads delimited text (a CSV, TSV or semicolon export) into a table. The first line is the
 * header. Types are inferred on every value of a column, not a sample: a column is numeric only
 * if all its non-empty values are numbers (so one "N/A" keeps the raw text for
 * `prepareTransactions` to report), ISO dates become Date values, "true"/"false" booleans;
 * empty fields are null. Quoted fields may hold delimiters, quotes ("") and line breaks.
 *
 * Text columns hold one code per row into their distinct values, and date columns one number
 * per row, so a million-row file costs a few typed arrays rather than millions of strings; the
 * table behaves as any Arquero table.
 *
 * @param input the file's bytes (UTF-8, with or without BOM) or its text
 * @param options `{ delimiter = ',', autoType = true, parse }`
 * @returns an Arquero table
 * @throws when the delimiter is not one ASCII character, or the input exceeds 2 GiB
 * @example
 * const t = crm.readCsv('id,day,total\nC1,2024-01-05,12.50\nC2,2024-01-06,"1,200"');
 * t.objects() // → [{ id: 'C1', day: 2024-01-05T00:00:00.000Z, total: '12.50' }, …] (total stays text: "1,200" is not a plain number)
 */
export function readCsv(input: Uint8Array | string, options: Partial<ReadCsvOptions> = {}): ColumnTable {
  const fn = 'readCsv';
  const opts = resolveOptions(fn, DEFAULTS, options);
  const delimiter = opts.delimiter.charCodeAt(0);
  if (opts.delimiter.length !== 1 || delimiter > 127 || delimiter === 34 || delimiter === 10 || delimiter === 13) {
    throw analyticsError(fn, `delimiter must be one ASCII character other than a quote or line break, not ${JSON.stringify(opts.delimiter)}`);
  }
  let bytes: Uint8Array;
  if (typeof input === 'string') bytes = encodeUtf8(input);
  else if (input instanceof Uint8Array) bytes = input;
  else throw analyticsError(fn, `expects the file's bytes (Uint8Array) or its text, not ${input === null ? 'null' : typeof input}`);
  if (bytes.length > 0x7fffffff) throw analyticsError(fn, `reads files up to 2 GiB; this one has ${bytes.length} bytes (split it, or load it as Arrow)`);
  const scan = scanCsv(bytes, delimiter);
  const names = uniqueNames(scan.header);
  const columns: Record<string, unknown> = {};
  names.forEach((name, j) => {
    const fields = scan.fields[j];
    const parse = opts.parse?.[name] ?? opts.parse?.[scan.header[j]];
    if (parse) columns[name] = Array.from({ length: scan.rows }, (_, i) => (fields.end[i] > fields.start[i] ? parse(rowText(bytes, fields, i)) : null));
    else if (opts.autoType) columns[name] = inferColumn(bytes, fields);
    else {
      const { codes, dictionary } = internFields(bytes, fields);
      columns[name] = textColumn(dictionary, codes);
    }
  });
  return aq.table(columns as Record<string, unknown[]>, names);
}
