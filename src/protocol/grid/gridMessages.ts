/**
 * The live grid's protocol: what a table output's grid asks about the whole table (a page, in
 * some order, through some filters; the column profiles; an export), and the answers. The
 * renderer sends a {@link GridRendererRequest} to the extension, which forwards the query to the
 * kernel that keeps the table ({@link GridRequest} inside a `grid` kernel message) and posts the
 * {@link GridReply} back. Every message from the renderer is untrusted: see validateGridRequest.
 */
import type { TableColumn } from '../mime';

/** One sort key: a column, ascending or descending. Missing values sort last either way. */
export interface GridSort {
  column: string;
  descending: boolean;
}

/** A value a category filter can pick (null picks the missing values). */
export type GridPickValue = string | number | boolean | null;

/** A filter on one column. Several filters must all match. */
export type GridFilter =
  /** Text that contains `text`, ignoring case (on any column, its value as text). */
  | { kind: 'contains'; column: string; text: string }
  /** A number (or a date, as milliseconds since 1970) within [min, max]; either end may be open. */
  | { kind: 'range'; column: string; min?: number; max?: number }
  /** One of the picked values. */
  | { kind: 'pick'; column: string; values: GridPickValue[] };

/** How the grid looks at the table: sort keys (first key first) and filters. */
export interface GridQuery {
  sort: GridSort[];
  filters: GridFilter[];
}

/** Asks the kernel about the table kept under `tableId` (the table payload's `id`). */
export type GridRequest =
  /** The rows of one page (0-based) of the sorted, filtered table. */
  | { type: 'page'; tableId: string; query: GridQuery; page: number; pageSize: number }
  /** The profile of every column, over all rows. */
  | { type: 'profile'; tableId: string }
  /** Writes every row of the sorted, filtered table to `path` (CSV or XLSX; the extension asked before). */
  | { type: 'export'; tableId: string; query: GridQuery; path: string; format: 'csv' | 'xlsx' };

/** What the renderer may ask the extension: a kernel question, an export (the extension asks where), or a copy. */
export type GridRendererRequest =
  | Extract<GridRequest, { type: 'page' | 'profile' }>
  /** "Export all rows…": the extension shows a save dialog, then asks the kernel. */
  | { type: 'export'; tableId: string; query: GridQuery; format: 'csv' | 'xlsx'; suggestedName?: string }
  /** Put text (the selection as TSV) on the clipboard. */
  | { type: 'copy'; text: string };

/** The envelope of a renderer message: the renderer's own request id, echoed in the answer. */
export interface GridRendererMessage {
  requestId: number;
  request: GridRendererRequest;
}

/** The envelope of an answer to the renderer. */
export interface GridRendererAnswer {
  requestId: number;
  reply: GridReply;
}

/** Why a request got no answer: `unknown-table` (a kernel that no longer has it, e.g. after a restart), `kernel-gone`, `bad-request`, `failed`, `cancelled`. */
export type GridErrorCode = 'unknown-table' | 'kernel-gone' | 'bad-request' | 'failed' | 'cancelled';

/** A column's profile, over all rows of the table. */
export interface ColumnProfile {
  name: string;
  type: TableColumn['type'];
  /** Rows without a value. */
  missing: number;
  /** Distinct values (missing not counted). */
  distinct: number;
  /** Numbers and dates (as milliseconds since 1970). */
  min?: number;
  mean?: number;
  max?: number;
  /** Text and booleans: the most frequent values, most frequent first. */
  top?: { value: string; count: number }[];
  /** Numbers and dates: equal-width bins from min to max. */
  histogram?: { from: number; to: number; count: number }[];
}

export type GridReply =
  | {
      type: 'page';
      tableId: string;
      /** The page's rows in column order (dates as ISO strings), raw values. */
      rows: unknown[][];
      /** Each row's position in the table as it was output (0-based). */
      rowNumbers: number[];
      page: number;
      pageCount: number;
      /** Rows that pass the filters. */
      matchingRows: number;
      totalRows: number;
    }
  | { type: 'profile'; tableId: string; profiles: ColumnProfile[] }
  | { type: 'exported'; tableId: string; path: string; rows: number }
  | { type: 'copied' }
  | { type: 'error'; tableId?: string; code: GridErrorCode; message: string };
