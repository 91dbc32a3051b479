/**
 * Reading inputs: an Arquero table, an array of row objects, or a prepared result
 * (`{ table, report }`) are all accepted where a table is expected.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';

export type TableInput = ColumnTable | Record<string, unknown>[] | { table: ColumnTable };

export function isColumnTable(v: unknown): v is ColumnTable {
  const t = v as ColumnTable | null;
  return (
    !!t && typeof t === 'object' && typeof t.numRows === 'function' && typeof t.columnNames === 'function' && typeof t.array === 'function'
  );
}

/** The table behind any accepted input. */
export function asTable(fn: string, input: TableInput, what = 'table'): ColumnTable {
  if (isColumnTable(input)) return input;
  if (Array.isArray(input)) return aq.from(input);
  if (input && typeof input === 'object' && 'table' in input && isColumnTable(input.table)) return input.table;
  throw analyticsError(fn, `expects ${what} as an Arquero table or an array of row objects, not ${input === null ? 'null' : typeof input}`);
}

/** Values of a column as a plain array; an error names the missing column and the ones found. */
export function columnValues(fn: string, table: ColumnTable, name: string): unknown[] {
  if (!table.columnNames().includes(name)) {
    throw analyticsError(
      fn,
      `column "${name}" not found; the table has ${
        table
          .columnNames()
          .map((c) => `"${c}"`)
          .join(', ') || 'no columns'
      }`,
    );
  }
  return Array.from(table.array(name) as ArrayLike<unknown>);
}

/** Checks that a table has every required column, naming the missing ones and what exists. */
export function requireColumns(fn: string, table: ColumnTable, required: string[], hint = ''): void {
  const have = table.columnNames();
  const missing = required.filter((c) => !have.includes(c));
  if (missing.length) {
    throw analyticsError(
      fn,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}; found ${have.map((c) => `"${c}"`).join(', ') || 'none'}${hint ? `. ${hint}` : ''}`,
    );
  }
}

/**
 * Groups rows by a string key: `keys[g]` is group g's key and `group[i]` the group of row i, in
 * first-seen order; rows whose key equals `missing` (when given) get −1.
 * @example groupIndex(3, (i) => ['b', 'a', 'b'][i]) // → { keys: ['b', 'a'], group: Int32Array [0, 1, 0] }
 */
export function groupIndex(n: number, keyOf: (i: number) => string, missing?: string): { keys: string[]; group: Int32Array } {
  const map = new Map<string, number>();
  const keys: string[] = [];
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    if (k === missing) {
      group[i] = -1;
      continue;
    }
    let g = map.get(k);
    if (g === undefined) {
      g = keys.length;
      map.set(k, g);
      keys.push(k);
    }
    group[i] = g;
  }
  return { keys, group };
}
