import type { ColumnTable } from 'arquero';
import { type DecimalMark } from '../columnar/sniffDialect';
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
export declare function readCsv(input: Uint8Array | string, options?: Partial<ReadCsvOptions>): ColumnTable;
