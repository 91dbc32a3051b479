/**
 * A value as the grid shows it: by the column's declared format (money, percent, count, days,
 * date…) through the shared formatValue, else by its type. The data keep full precision; this is
 * only the text in the cell.
 */
import { formatValue, type TableColumn, type TablePayload, type ValueFormat } from '../protocol/index';

/** The column's format: its own, else number, date or text by its type. */
export function formatOf(c: TableColumn): ValueFormat {
  return c.format ?? (c.type === 'number' ? 'number' : c.type === 'date' ? 'date' : 'text');
}

/** @example cellText(2612.7300000000005, { name: 'monetary', type: 'number', format: 'money' }, { currency: 'USD' }) // → '$2,612.73' */
export function cellText(v: unknown, c: TableColumn, payload: Pick<TablePayload, 'language' | 'currency'>): string {
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  return formatValue(v, formatOf(c), { language: payload.language, currency: payload.currency });
}

/**
 * A category value as a list of values shows it: in the display language with the code a cell
 * filters on beside it when they differ (a `label` column), else the value as it is.
 * @example valueWithCode('active', { name: 'stage', type: 'string', format: 'label' }, { language: 'zh-cn' }) // → '活跃 (active)'
 */
export function valueWithCode(v: string, c: TableColumn, payload: Pick<TablePayload, 'language' | 'currency'>): string {
  if (formatOf(c) !== 'label') return v;
  const shown = cellText(v, c, payload);
  return shown === v ? v : `${shown} (${v})`;
}

/** A raw value as TSV text (full precision; tabs and line breaks become spaces). */
export function tsvText(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/[\t\r\n]+/g, ' ');
}
