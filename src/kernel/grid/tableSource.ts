/**
 * An Arquero table as the grid's {@link GridSource}: values read column by column in the
 * table's own order (after its filter and orderby), each column read once as an array.
 */
import type { GridSource, TableColumn } from '../../protocol/index';
import type { TableLike } from '../formatDisplay';

interface WithArray {
  array?(name: string): ArrayLike<unknown>;
}

/** @example tableSource(aq.table({ a: [1, 2] }), [{ name: 'a', type: 'number' }]).read(0, 1) // → 2 */
export function tableSource(table: TableLike, columns: TableColumn[]): GridSource {
  const arrays: (ArrayLike<unknown> | undefined)[] = [];
  const numRows = table.numRows();
  const arrayOf = (j: number): ArrayLike<unknown> => {
    let a = arrays[j];
    if (!a) {
      const name = columns[j].name;
      const t = table as TableLike & WithArray;
      if (typeof t.array === 'function') a = t.array(name);
      else {
        const out: unknown[] = new Array(numRows);
        for (let r = 0; r < numRows; r++) out[r] = t.get ? t.get(name, r) : t.column(name)?.at(r);
        a = out;
      }
      arrays[j] = a;
    }
    return a;
  };
  return { columns, numRows, read: (j, r) => arrayOf(j)[r] };
}
