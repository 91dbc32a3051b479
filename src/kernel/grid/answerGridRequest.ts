/**
 * The kernel's answer to a live-grid request: validated first (the request came from a webview),
 * then a page, the profiles or an export of the table kept under the request's id. Every failure
 * is an error reply naming what was wrong; nothing here throws.
 */
import { GridQueryError, validateGridRequest, type GridData, type GridQuery, type GridReply } from '../../protocol/index';
import { cellValue } from '../formatDisplay';
import { saveTable } from '../saveTable';
import type { TableStore } from './TableStore';

/** The rows of a view as a table save() can write (values as they are, dates as dates). */
function viewTable(grid: GridData, query: GridQuery) {
  const view = grid.view(query);
  const { columns, read } = grid.source;
  const index = new Map(columns.map((c, j) => [c.name, j]));
  return {
    numRows: () => view.length,
    columnNames: () => columns.map((c) => c.name),
    column: (name: string) => {
      const j = index.get(name);
      return j === undefined ? undefined : { at: (i: number) => read(j, view[i]) };
    },
  };
}

/**
 * @param raw the request as it arrived (unchecked)
 * @param notebookDir where save() keeps its record of written files
 * @example await answerGridRequest(store, { type: 'profile', tableId: 'nope' }, dir) // → { type: 'error', code: 'unknown-table', … }
 */
export async function answerGridRequest(store: TableStore, raw: unknown, notebookDir: string): Promise<GridReply> {
  const checked = validateGridRequest(raw);
  if (!checked.ok) return { type: 'error', code: 'bad-request', message: checked.message };
  const request = checked.value;
  const tableId = request.tableId;
  const grid = store.get(tableId);
  if (!grid) {
    return {
      type: 'error',
      tableId,
      code: 'unknown-table',
      message: 'this kernel no longer keeps that table (it was restarted, or the table was forgotten to save memory); run the cell again',
    };
  }
  try {
    switch (request.type) {
      case 'page': {
        const p = grid.page(request.query, request.page, request.pageSize);
        const { columns, read } = grid.source;
        const rows = p.rowNumbers.map((r) => columns.map((_, j) => cellValue(read(j, r))));
        return { type: 'page', tableId, rows, ...p, totalRows: grid.totalRows };
      }
      case 'profile':
        return { type: 'profile', tableId, profiles: grid.profiles() };
      case 'export': {
        // The extension's save dialog has already asked before replacing a file.
        const r = await saveTable(notebookDir, viewTable(grid, request.query), request.path, { format: request.format, overwrite: true });
        return { type: 'exported', tableId, path: r.path, rows: r.rows };
      }
    }
  } catch (e) {
    const bad = e instanceof GridQueryError;
    return { type: 'error', tableId, code: bad ? 'bad-request' : 'failed', message: (e as Error).message };
  }
}
