/**
 * The rows of an Arquero table (or an array of plain objects) as a header and value rows, read
 * through `get` so a filtered or sorted table gives the rows as they stand.
 */
import { isTableLike } from '../formatDisplay';
import { kernelError } from '../kernelError';
import { messages } from '../text/index';

export interface RowsOf {
  columns: string[];
  rows: unknown[][];
}

/**
 * @example rowsOf(aq.table({ id: ['a'], n: [1] })) // → { columns: ['id', 'n'], rows: [['a', 1]] }
 * @throws when the value is neither a table nor an array of objects
 */
export function rowsOf(fn: string, value: unknown): RowsOf {
  if (isTableLike(value)) {
    const columns = value.columnNames();
    const at = (name: string, r: number) => (value.get ? value.get(name, r) : value.column(name)!.at(r));
    const rows: unknown[][] = [];
    for (let r = 0; r < value.numRows(); r++) rows.push(columns.map((c) => at(c, r)));
    return { columns, rows };
  }
  if (Array.isArray(value) && value.every((o) => o && typeof o === 'object' && !Array.isArray(o))) {
    const columns = [...new Set(value.flatMap((o: object) => Object.keys(o)))];
    return { columns, rows: value.map((o: Record<string, unknown>) => columns.map((c) => o[c])) };
  }
  throw kernelError(fn, messages().saveTable);
}

/** A date as `YYYY-MM-DD` when it falls on midnight UTC, else full ISO; null and NaN as ''. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
