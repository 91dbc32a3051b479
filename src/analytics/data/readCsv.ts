/**
 * Reads a CSV export into an Arquero table with compact columns: what `load('orders.csv')` runs.
 * It reads what shops really download: any of UTF-8 (with or without BOM), UTF-16, GB18030 (GBK)
 * and Windows-1252; `,` `;` tab or `|` delimited; decimal points or decimal commas.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { fieldText, scanCsv } from '../columnar/csvScan';
import { inferColumn, textOnlyColumn } from '../columnar/inferColumn';
import { encodeUtf8 } from '../columnar/utf8';
import { toUtf8 } from '../columnar/decodeText';
import { DELIMITERS, sniffDecimal, sniffDelimiter, type DecimalMark } from '../columnar/sniffDialect';
import { readWarnings, rememberReadInfo, type ReadInfo } from '../columnar/readInfo';
import { isIdentifierHeader } from './identifierColumns';
import { uniqueHeaderNames } from './headerNames';

export interface ReadCsvOptions {
  /** Field delimiter: 'auto' (default: sniffed among `,` `;` tab `|`) or one ASCII character. */
  delimiter: string;
  /** Decimal mark of numbers: 'auto' (default: a comma when values such as `1.234,56` dominate), '.' or ','. */
  decimal: 'auto' | DecimalMark;
  /** Text encoding of bytes: 'auto' (default: BOM, UTF-8, GB18030, else Windows-1252) or a name such as 'gb18030'. */
  encoding: string;
  /** Infer booleans, numbers and ISO dates (default true); false keeps every value as text. */
  autoType: boolean;
  /** Columns kept as text besides those detected as identifiers (ids, order numbers, phones, postcodes). */
  textColumns: string[];
  /** Trim values and undo Excel's text markers (`="0123"`, `'138…`) (default true). */
  clean: boolean;
  /** Per-column parsers applied to the raw text of each non-empty value, as Arquero's `parse`. */
  parse: Record<string, (value: string) => unknown> | undefined;
}

const DEFAULTS: ReadCsvOptions = {
  delimiter: 'auto',
  decimal: 'auto',
  encoding: 'auto',
  autoType: true,
  textColumns: [],
  clean: true,
  parse: undefined,
};

function checkDelimiter(fn: string, d: string): number {
  const code = d.charCodeAt(0);
  if (d.length !== 1 || code > 127 || code === 34 || code === 10 || code === 13) {
    throw analyticsError(
      fn,
      `delimiter must be 'auto' or one ASCII character other than a quote or line break, such as ${DELIMITERS.map((x) => JSON.stringify(x)).join(' ')}; not ${JSON.stringify(d)}`,
    );
  }
  return code;
}

/**
 * Reads delimited text (a CSV, TSV or semicolon export) into a table. The first line is the
 * header. The encoding, delimiter and decimal mark are detected unless given, and what was
 * detected is kept with the table: `crm.readInfo(table)`.
 *
 * Types are inferred on every value of a column, not a sample: a column is numeric only if all
 * its non-empty values are numbers (so one "N/A" keeps the raw text for `prepareTransactions` to
 * report), ISO dates become Date values, "true"/"false" booleans; empty fields are null.
 * Identifiers stay text: a column whose header names an id, order number, phone or postcode, or
 * whose values have leading zeros or more than 15 digits. Quoted fields may hold delimiters,
 * quotes ("") and line breaks.
 *
 * Text columns hold one code per row into their distinct values, and date columns one number
 * per row, so a million-row file costs a few typed arrays rather than millions of strings; the
 * table behaves as any Arquero table.
 *
 * @param input the file's bytes or its text
 * @param options `{ delimiter = 'auto', decimal = 'auto', encoding = 'auto', autoType = true, textColumns, clean = true, parse }`
 * @returns an Arquero table
 * @throws on a row with more fields than the header or a quote never closed (naming the row and
 *   line), a binary file, a bad option, or input over 2 GiB
 * @example
 * const t = crm.readCsv('id;day;total\nC1;2024-01-05;"1.234,50"\n007;2024-01-06;12,00');
 * t.objects() // → [{ id: 'C1', day: 2024-01-05T00:00:00.000Z, total: 1234.5 }, { id: '007', …, total: 12 }]
 * crm.readInfo(t) // → { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',', rows: 2, … }
 */
export function readCsv(input: Uint8Array | string, options: Partial<ReadCsvOptions> = {}): ColumnTable {
  const fn = 'readCsv';
  const opts = resolveOptions(fn, DEFAULTS, options);
  let bytes: Uint8Array;
  let encoding: ReadInfo['encoding'] = 'utf-8';
  let detectedEncoding = false;
  if (typeof input === 'string') bytes = encodeUtf8(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  else if (input instanceof Uint8Array) {
    if (input.length > 0x7fffffff)
      throw analyticsError(fn, `reads files up to 2 GiB; this one has ${input.length} bytes (split it, or load it as Arrow)`);
    const decoded = toUtf8(fn, input, opts.encoding);
    bytes = decoded.bytes;
    encoding = decoded.encoding;
    detectedEncoding = decoded.detected;
  } else throw analyticsError(fn, `expects the file's bytes (Uint8Array) or its text, not ${input === null ? 'null' : typeof input}`);
  const delimiter = opts.delimiter === 'auto' ? sniffDelimiter(bytes) : opts.delimiter;
  const delimiterCode = checkDelimiter(fn, delimiter);
  if (opts.decimal !== 'auto' && opts.decimal !== '.' && opts.decimal !== ',')
    throw analyticsError(fn, `decimal must be 'auto', '.' or ',', not ${JSON.stringify(opts.decimal)}`);
  const decimal = opts.decimal === 'auto' ? sniffDecimal(bytes, delimiter) : opts.decimal;
  const scan = scanCsv(bytes, delimiterCode, fn);
  const { names, repeated } = uniqueHeaderNames(scan.header);
  const columns: Record<string, unknown> = {};
  const textColumns: string[] = [];
  names.forEach((name, j) => {
    const fields = scan.fields[j];
    const parse = opts.parse?.[name] ?? opts.parse?.[scan.header[j]];
    const text = opts.textColumns.includes(name) || opts.textColumns.includes(scan.header[j]) || isIdentifierHeader(scan.header[j]);
    if (parse) {
      const at = (i: number) => fieldText(bytes, fields.start[i], fields.end[i], fields.flags[i]);
      columns[name] = Array.from({ length: scan.rows }, (_, i) => (fields.end[i] > fields.start[i] ? parse(at(i)) : null));
    } else if (opts.autoType) columns[name] = inferColumn(bytes, fields, { text, decimal, clean: opts.clean });
    else columns[name] = textOnlyColumn(bytes, fields, opts.clean);
    if (text) textColumns.push(name);
  });
  const table = aq.table(columns as Record<string, unknown[]>, names);
  const facts = { repeatedHeaders: repeated, shortRows: scan.shortRows ? { count: scan.shortRows, first: scan.firstShortRow } : undefined };
  rememberReadInfo(table, {
    ...facts,
    warnings: readWarnings(facts),
    format: 'csv',
    encoding,
    detectedEncoding,
    delimiter,
    decimal,
    rows: scan.rows,
    columns: names.length,
    textColumns,
  });
  return table;
}
