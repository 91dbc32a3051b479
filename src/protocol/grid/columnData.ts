/**
 * A column as the grid queries it: one numeric key per row, in a typed array.
 *
 * - numbers: the value; dates: milliseconds since 1970; booleans: 0 or 1;
 * - text (and anything else, as its text): the index of the value among the column's distinct
 *   values (`dict`, in order of first appearance), built when a profile or a filter first needs
 *   it; a text column sorts its rows by text instead ({@link sortedBy}, TextColumn);
 * - missing values (null, undefined, NaN, an invalid date): NaN.
 */
import type { TableColumn } from '../mime';
import { TextColumn } from './TextColumn';

export interface ColumnData {
  name: string;
  type: TableColumn['type'];
  readonly keys: Float64Array;
  /** Text columns: the distinct values, in order of first appearance (`keys` holds indexes into it). */
  readonly dict?: string[];
}

/** A value as the text a "contains" filter and the category counts see. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function numericKey(v: unknown, type: TableColumn['type']): number {
  if (v === null || v === undefined) return NaN;
  if (type === 'date') {
    const t = v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : typeof v === 'number' ? v : NaN;
    return Number.isFinite(t) ? t : NaN;
  }
  if (type === 'boolean') return v === true ? 1 : v === false ? 0 : NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') return Number(v); // "Infinity" kept as text by the preview
  return NaN;
}

/**
 * @param read the value of row r
 * @param values the column's values in table order, when the source has them in an array (a
 * text column's sort then reads its texts there, with no copy)
 * @example columnData('n', 'number', 3, (r) => [2, null, 1][r]).keys // → Float64Array [2, NaN, 1]
 */
export function columnData(
  name: string,
  type: TableColumn['type'],
  rows: number,
  read: (r: number) => unknown,
  values?: ArrayLike<unknown>,
): ColumnData {
  if (type === 'number' || type === 'date' || type === 'boolean') {
    const keys = new Float64Array(rows);
    for (let r = 0; r < rows; r++) keys[r] = numericKey(read(r), type);
    return { name, type, keys };
  }
  const text = (r: number) => {
    const v = read(r);
    return v === null || v === undefined ? null : valueText(v);
  };
  return new TextColumn(name, type, rows, text, values);
}

/**
 * The rows sorted by a text column and then by the next ones (`then`, asked only when needed),
 * from its rows sorted once (see TextColumn); undefined for other columns, which sort by their
 * `keys`.
 */
export function sortedBy(c: ColumnData, descending: boolean, then: () => Uint32Array | undefined): Uint32Array | undefined {
  return c instanceof TextColumn ? c.sortedBy(descending, then) : undefined;
}
