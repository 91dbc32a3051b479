/**
 * An Arquero table as the grid's {@link GridSource}: values read in the table's own order (after
 * its filter and orderby) straight from its column arrays through its row indices, with no copy;
 * a column of numbers in a Float64Array gives its sort keys as they are (or in one copy, for a
 * filtered or sorted table), and a column in an array its values as they are.
 */
import type { GridSource, TableColumn } from '../../protocol/index';
import type { TableLike } from '../formatDisplay';

interface Arquero {
  isFiltered?(): boolean;
  isOrdered?(): boolean;
  indices?(): Uint32Array;
  array?(name: string): ArrayLike<unknown>;
}

const indexable = (a: unknown): a is ArrayLike<unknown> => Array.isArray(a) || (ArrayBuffer.isView(a) && !(a instanceof DataView));

/** @example tableSource(aq.table({ a: [1, 2] }), [{ name: 'a', type: 'number' }]).read(0, 1) // → 2 */
export function tableSource(table: TableLike, columns: TableColumn[]): GridSource {
  const t = table as TableLike & Arquero;
  const numRows = table.numRows();
  const direct = !(t.isFiltered?.() || t.isOrdered?.());
  const indices = direct ? undefined : t.indices?.();
  const readers: ((r: number) => unknown)[] = [];
  const readerOf = (j: number): ((r: number) => unknown) => {
    let read = readers[j];
    if (!read) {
      const name = columns[j].name;
      const raw = table.column(name);
      if (indexable(raw) && (direct || indices)) read = indices ? (r) => raw[indices[r]] : (r) => raw[r];
      else {
        const values = typeof t.array === 'function' ? t.array(name) : Array.from({ length: numRows }, (_, r) => t.get?.(name, r));
        read = (r) => values[r];
      }
      readers[j] = read;
    }
    return read;
  };
  return {
    columns,
    numRows,
    read: (j, r) => readerOf(j)(r),
    values: (j) => {
      const raw = table.column(columns[j].name);
      return direct && Array.isArray(raw) && raw.length >= numRows ? raw : undefined;
    },
    numberKeys: (j) => {
      const raw = table.column(columns[j].name);
      if (!(raw instanceof Float64Array) || raw.length < numRows) return undefined;
      // No copy: Arquero never changes a column's array, and fresh memory is slow to touch.
      if (direct) return raw.length === numRows ? raw : raw.subarray(0, numRows);
      if (!indices) return undefined;
      const keys = new Float64Array(numRows);
      for (let r = 0; r < numRows; r++) keys[r] = raw[indices[r]];
      return keys;
    },
  };
}
