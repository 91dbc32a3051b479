/**
 * MIME types that cross the kernel / extension / renderer boundaries. Defined once here.
 */
import type { DisplayLanguage } from './displayLanguage';
import type { ValueFormat } from './formatValue';

/** Arquero table preview: {@link TablePayload}. */
export const TABLE_MIME = 'application/vnd.crm-workbench.table+json';
/** Vega-Lite v5 spec. */
export const VEGALITE_V5_MIME = 'application/vnd.vegalite.v5+json';
/** Vega-Lite v6 spec. */
export const VEGALITE_V6_MIME = 'application/vnd.vegalite.v6+json';
/** VS Code's standard stream and error MIME types. */
export const STDOUT_MIME = 'application/vnd.code.notebook.stdout';
export const STDERR_MIME = 'application/vnd.code.notebook.stderr';
export const ERROR_MIME = 'application/vnd.code.notebook.error';

/** A column of a table preview. `type` is one of number, string, date, boolean, object, unknown. */
export interface TableColumn {
  name: string;
  type: 'number' | 'string' | 'date' | 'boolean' | 'object' | 'unknown';
  /** What the values mean, from the analytics' own metadata (money, percent, count, days…). */
  format?: ValueFormat;
}

/** The payload of {@link TABLE_MIME}: the schema, the first rows and the total row count. */
export interface TablePayload {
  columns: TableColumn[];
  /** Rows as arrays in column order; dates as ISO strings. */
  rows: unknown[][];
  totalRows: number;
  /** The shop's ISO 4217 currency for `money` columns, when known. */
  currency?: string;
  /** The display language the kernel ran in. */
  language?: DisplayLanguage;
  /**
   * The kernel keeps the whole table under this id (while it runs and until it forgets it, see
   * src/kernel/grid/TableStore.ts), so the grid can page, sort and filter all rows.
   */
  id?: string;
}

/** True for MIME types whose data is text (stored as UTF-8 strings in the notebook file). */
export function isTextMime(mime: string): boolean {
  return (
    mime.startsWith('text/') ||
    mime === 'application/json' ||
    mime.endsWith('+json') ||
    mime.endsWith('+xml') ||
    mime === 'application/javascript' ||
    mime === STDOUT_MIME ||
    mime === STDERR_MIME ||
    mime === ERROR_MIME
  );
}
