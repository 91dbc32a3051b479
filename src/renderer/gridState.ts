/**
 * Where the grid gets its rows: the kernel, which keeps the whole table (live), or the rows saved
 * in the notebook (saved: after a restart, in a reopened notebook, when the kernel forgot the
 * table). Both answer the same questions with the same engine (protocol/grid), so a sort means
 * the same; only the saved mode says that it sees part of the table.
 */
import { GridData, type ColumnProfile, type GridQuery, type GridReply, type TablePayload } from '../protocol/index';
import type { GridChannel } from './gridChannel';

export interface PageResult {
  rows: unknown[][];
  rowNumbers: number[];
  page: number;
  pageCount: number;
  matchingRows: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export class GridState {
  /** 'live' once the kernel answered, 'saved' once it could not (for good). */
  mode: 'unknown' | 'live' | 'saved';
  private local?: GridData;

  constructor(
    readonly payload: TablePayload,
    private readonly channel: GridChannel,
  ) {
    // With every row saved, the saved rows are the whole table: no need to ask.
    this.mode = payload.id && payload.rows.length < payload.totalRows ? 'unknown' : 'saved';
  }

  /** True when the grid sees only part of the table. */
  get partial(): boolean {
    return this.mode === 'saved' && this.payload.rows.length < this.payload.totalRows;
  }

  private saved(): GridData {
    return (this.local ??= new GridData({
      columns: this.payload.columns,
      numRows: this.payload.rows.length,
      read: (j, r) => this.payload.rows[r][j],
    }));
  }

  /** Whether a reply means there is no kernel with this table: then the grid uses its saved rows. */
  private gone(reply: GridReply): boolean {
    if (reply.type === 'error' && (reply.code === 'kernel-gone' || reply.code === 'unknown-table')) {
      this.mode = 'saved';
      return true;
    }
    return false;
  }

  async page(query: GridQuery, page: number, pageSize: number): Promise<Outcome<PageResult>> {
    if (this.mode !== 'saved') {
      const reply = await this.channel.ask({ type: 'page', tableId: this.payload.id!, query, page, pageSize });
      if (reply.type === 'page') {
        this.mode = 'live';
        return { ok: true, value: reply };
      }
      if (!this.gone(reply)) return { ok: false, message: reply.type === 'error' ? reply.message : `unexpected ${reply.type}` };
    }
    try {
      const grid = this.saved();
      const p = grid.page(query, Math.min(page, Math.max(0, Math.ceil(grid.view(query).length / pageSize) - 1)), pageSize);
      return { ok: true, value: { ...p, rows: p.rowNumbers.map((r) => this.payload.rows[r]) } };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }

  async profiles(): Promise<Outcome<ColumnProfile[]>> {
    if (this.mode !== 'saved' && this.payload.id) {
      const reply = await this.channel.ask({ type: 'profile', tableId: this.payload.id });
      if (reply.type === 'profile') {
        if (this.mode === 'unknown') this.mode = 'live';
        return { ok: true, value: reply.profiles };
      }
      if (!this.gone(reply)) return { ok: false, message: reply.type === 'error' ? reply.message : `unexpected ${reply.type}` };
    }
    return { ok: true, value: this.saved().profiles() };
  }

  async export(query: GridQuery, format: 'csv' | 'xlsx', name: string): Promise<GridReply> {
    if (!this.payload.id) return { type: 'error', code: 'kernel-gone', message: 'no kernel' };
    const reply = await this.channel.ask({ type: 'export', tableId: this.payload.id, query, format, suggestedName: name });
    this.gone(reply);
    return reply;
  }

  copy(text: string): Promise<GridReply> {
    return this.channel.ask({ type: 'copy', text });
  }
}
