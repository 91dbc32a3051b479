/**
 * The tables behind table outputs, kept by output id so the live grid can page, sort, filter,
 * profile and export all their rows (issue 12). Only a preview is written into the notebook; the
 * whole table lives here, in the kernel process, for as long as the kernel runs.
 *
 * Limits (least recently used first out): at most {@link StoreLimits.maxTables} tables (default
 * 32) and {@link StoreLimits.maxCells} cells, rows × columns, over all kept tables (default 50
 * million: the typed sort keys of that many cells take 400 MB at most, and are built only for
 * the columns the grid touches). A forgotten table's grid falls back to its saved rows and says
 * so. Ids start with a random tag of this kernel process, so a new kernel (after a restart or a
 * reopen) never mistakes an old output for one of its own.
 */
import { randomBytes } from 'node:crypto';
import { GridData, type TableColumn } from '../../protocol/index';
import type { TableLike } from '../formatDisplay';
import { tableSource } from './tableSource';

export interface StoreLimits {
  maxTables: number;
  maxCells: number;
}

interface Kept {
  grid: GridData;
  cells: number;
}

export class TableStore {
  private readonly tables = new Map<string, Kept>();
  private readonly tag = randomBytes(4).toString('hex');
  private next = 1;
  private cells = 0;
  private readonly limits: StoreLimits;

  constructor(limits: Partial<StoreLimits> = {}) {
    this.limits = { maxTables: 32, maxCells: 50_000_000, ...limits };
  }

  /** Keeps a table; returns its id. A table over the cell limit on its own is not kept. */
  keep(table: TableLike, columns: TableColumn[]): string | undefined {
    const cells = table.numRows() * Math.max(1, columns.length);
    if (cells > this.limits.maxCells) return undefined;
    const id = `${this.tag}-${this.next++}`;
    this.tables.set(id, { grid: new GridData(tableSource(table, columns)), cells });
    this.cells += cells;
    while (this.tables.size > this.limits.maxTables || this.cells > this.limits.maxCells) {
      const oldest = this.tables.keys().next().value as string;
      this.cells -= this.tables.get(oldest)!.cells;
      this.tables.delete(oldest);
    }
    return id;
  }

  /** The kept table (now the most recently used), or undefined when unknown or forgotten. */
  get(id: string): GridData | undefined {
    const kept = this.tables.get(id);
    if (!kept) return undefined;
    this.tables.delete(id);
    this.tables.set(id, kept);
    return kept.grid;
  }

  get size(): number {
    return this.tables.size;
  }
}

/** The kernel's one store (formatDisplay keeps every table output here). */
export const tableStore = new TableStore();
