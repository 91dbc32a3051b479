/**
 * A column as the grid queries it: one numeric key per row, in a typed array.
 *
 * - numbers: the value; dates: milliseconds since 1970; booleans: 0 or 1;
 * - text (and anything else, as its text): the index of the value among the column's distinct
 *   values (`dict`, in order of first appearance); {@link sortKeys} turns them into ranks in
 *   sorted order the first time the column is sorted, so sorting text is sorting numbers, and a
 *   profile or a filter never pays for sorting a million distinct ids;
 * - missing values (null, undefined, NaN, an invalid date): NaN.
 *
 * Text order: with up to {@link COLLATED_LIMIT} distinct values, the display language's collation
 * with numbers in text compared as numbers ("C2" before "C10"); above that (ids of a million
 * customers), plain code-unit order, which is fast.
 */
import type { TableColumn } from '../mime';
import { TextCodes } from './TextCodes';

export const COLLATED_LIMIT = 20_000;

export interface ColumnData {
  name: string;
  type: TableColumn['type'];
  keys: Float64Array;
  /** Text columns: the distinct values, in order of first appearance (`keys` holds indexes into it). */
  dict?: string[];
  /** Text columns: the keys as ranks in sorted order (built by {@link sortKeys}). */
  ranked?: Float64Array;
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
 * @example columnData('n', 'number', 3, (r) => [2, null, 1][r]).keys // → Float64Array [2, NaN, 1]
 */
export function columnData(name: string, type: TableColumn['type'], rows: number, read: (r: number) => unknown): ColumnData {
  const keys = new Float64Array(rows);
  if (type === 'number' || type === 'date' || type === 'boolean') {
    for (let r = 0; r < rows; r++) keys[r] = numericKey(read(r), type);
    return { name, type, keys };
  }
  const codes = new TextCodes();
  for (let r = 0; r < rows; r++) {
    const v = read(r);
    keys[r] = v === null || v === undefined ? NaN : codes.code(valueText(v));
  }
  return { name, type, keys, dict: codes.values };
}

/**
 * The keys to sort a column by: numbers as they are; text as ranks of its values in sorted order
 * (computed once, then kept on the column).
 * @example Array.from(sortKeys(columnData('s', 'string', 3, (r) => ['b', 'C10', 'C2'][r]))) // → [0, 2, 1]
 */
export function sortKeys(c: ColumnData): Float64Array {
  if (!c.dict) return c.keys;
  if (c.ranked) return c.ranked;
  const dict = c.dict;
  const order = dict.map((_, i) => i);
  const plain = (a: number, b: number) => (dict[a] < dict[b] ? -1 : dict[a] > dict[b] ? 1 : 0);
  if (dict.length <= COLLATED_LIMIT) {
    const collator = new Intl.Collator(undefined, { numeric: true });
    order.sort((a, b) => collator.compare(dict[a], dict[b]) || plain(a, b));
  } else order.sort(plain);
  const rank = new Float64Array(dict.length);
  order.forEach((code, i) => (rank[code] = i));
  const ranked = new Float64Array(c.keys.length);
  for (let r = 0; r < ranked.length; r++) {
    const k = c.keys[r];
    ranked[r] = k === k ? rank[k] : NaN;
  }
  return (c.ranked = ranked);
}
