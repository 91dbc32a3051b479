/**
 * What the columns of analysis results mean (money, percent, count, days…), recorded when an
 * analytics function returns them and read when a table is shown. The record is keyed by the
 * column object, so it follows the column into the tables Arquero derives without copying it
 * (`filter`, `orderby`, `select`, `derive` of other columns) and never guesses from names or values.
 */
import type { ValueFormat } from '../protocol/index';

/**
 * The formats of a result's columns by column name; `'*'` is the format of every other numeric
 * column (a cohort table's `month 0 … month 7`).
 */
export type ColumnFormats = Readonly<Record<string, ValueFormat>>;

/** The part of an Arquero table read here. */
interface Columns {
  columnNames(): string[];
  column(name: string): unknown;
}

const FORMATS = new WeakMap<object, ValueFormat>();

const isTable = (v: unknown): v is Columns =>
  !!v && typeof v === 'object' && typeof (v as Columns).columnNames === 'function' && typeof (v as Columns).column === 'function';

function isNumeric(column: unknown): boolean {
  const c = column as { at?(i: number): unknown; length?: number } | ArrayLike<unknown>;
  if (ArrayBuffer.isView(c)) return true;
  const at = (i: number) =>
    (c as { at?(i: number): unknown }).at ? (c as { at(i: number): unknown }).at(i) : (c as ArrayLike<unknown>)[i];
  const n = Math.min(100, (c as { length?: number }).length ?? 0);
  for (let i = 0; i < n; i++) {
    const v = at(i);
    if (v !== null && v !== undefined) return typeof v === 'number';
  }
  return false;
}

/** Records the formats of one table's columns. */
function markTable(table: Columns, formats: ColumnFormats): void {
  for (const name of table.columnNames()) {
    const column = table.column(name);
    if (!column || typeof column !== 'object') continue;
    const format = formats[name] ?? (formats['*'] && isNumeric(column) ? formats['*'] : undefined);
    if (format) FORMATS.set(column, format);
  }
}

/**
 * Records the column formats of a result: the result itself when it is a table, and each table
 * among its own properties (`elbow(...).table`, `prepareTransactions(...).table`).
 * @example markColumnFormats(crm.rfm(tx), { recency: 'days', monetary: 'money' })
 */
export function markColumnFormats(result: unknown, formats: ColumnFormats): void {
  if (isTable(result)) return markTable(result, formats);
  if (!result || typeof result !== 'object') return;
  for (const value of Object.values(result)) if (isTable(value)) markTable(value, formats);
}

/** The format recorded for a table's column, if any. */
export function columnFormat(table: Columns, name: string): ValueFormat | undefined {
  const column = table.column(name);
  return column && typeof column === 'object' ? FORMATS.get(column) : undefined;
}
