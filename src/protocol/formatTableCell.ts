/**
 * One cell of a table preview as text for a reader, the same in the HTML and plain-text
 * fallbacks, the report and the grid: by the column's declared format, else by its type (numbers
 * rounded for display, dates as dates). Missing values are empty.
 */
import { formatValue } from './formatValue';
import type { TableColumn, TablePayload } from './mime';

/**
 * @example formatTableCell(2612.7300000000005, { name: 'monetary', type: 'number', format: 'money' }, { currency: 'USD' }) // → '$2,612.73'
 * @example formatTableCell(0.34347, { name: 'x', type: 'number' }, {}) // → '0.343'
 */
export function formatTableCell(
  value: unknown,
  column: TableColumn | undefined,
  table: Pick<TablePayload, 'language' | 'currency'>,
): string {
  if (value === null || value === undefined) return '';
  const options = { language: table.language, currency: table.currency };
  if (column?.format && column.format !== 'text') return formatValue(value, column.format, options);
  if (typeof value === 'number') return formatValue(value, 'number', options);
  if (column?.type === 'date' && typeof value === 'string') return formatValue(value, 'date', options);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
