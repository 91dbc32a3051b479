/**
 * A table from a spreadsheet's cells (what the `.xlsx` reader hands over): the first non-empty row
 * is the header; number cells stay numbers, date cells dates, text is trimmed with Excel's text
 * markers undone; identifier columns (ids, order numbers, phones, postcodes) become text.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { cleanCell } from '../columnar/inferColumn';
import { readWarnings, rememberReadInfo } from '../columnar/readInfo';
import { isIdentifierHeader } from './identifierColumns';
import { uniqueHeaderNames } from './headerNames';

export interface CellSource {
  /** The sheet's name, and the names of all sheets in the workbook. */
  sheet: string;
  sheets: string[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** An identifier cell as text: whole numbers without exponent or ".0" (a number past 2^53 has lost digits already). */
function idText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v).toString();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cleanCell(String(v));
}

/**
 * @param rows the sheet's rows of cell values (string, number, boolean, Date or null)
 * @example readCells([['Order', 'Total'], ['0012', 19.5]], { sheet: 'Orders', sheets: ['Orders'] }).objects() // → [{ Order: '0012', Total: 19.5 }]
 * @throws when the sheet has no header row
 */
export function readCells(rows: unknown[][], source: CellSource): ColumnTable {
  const fn = 'readCells';
  const top = rows.findIndex((r) => r.some((v) => !isEmpty(v)));
  if (top < 0)
    throw analyticsError(
      fn,
      `sheet "${source.sheet}" is empty${source.sheets.length > 1 ? `; the workbook has sheets ${source.sheets.map((s) => `"${s}"`).join(', ')}: pick one with { sheet }` : ''}`,
    );
  const header = rows[top].map((v) => (isEmpty(v) ? '' : cleanCell(String(v instanceof Date ? v.toISOString() : v))));
  while (header.length && header[header.length - 1] === '') header.pop();
  const { names, repeated } = uniqueHeaderNames(header);
  const body = rows.slice(top + 1).filter((r) => r.some((v) => !isEmpty(v)));
  const textColumns: string[] = [];
  const columns: Record<string, unknown[]> = {};
  names.forEach((name, j) => {
    const id = isIdentifierHeader(header[j]);
    if (id) textColumns.push(name);
    columns[name] = body.map((r) => {
      const v = r[j];
      if (isEmpty(v)) return null;
      if (id) return idText(v);
      return typeof v === 'string' ? cleanCell(v) : v;
    });
  });
  const table = aq.table(columns, names);
  rememberReadInfo(table, {
    format: 'xlsx',
    encoding: 'utf-8',
    detectedEncoding: false,
    sheet: source.sheet,
    sheets: source.sheets,
    rows: body.length,
    columns: names.length,
    textColumns,
    repeatedHeaders: repeated,
    shortRows: undefined,
    warnings: readWarnings({ repeatedHeaders: repeated, shortRows: undefined }),
  });
  return table;
}
