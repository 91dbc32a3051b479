/**
 * The grid's query engine over one table: pages of the table sorted by several columns and
 * filtered, and the column profiles. The kernel runs it over the whole table it keeps; the
 * renderer runs the same code over the rows saved in the notebook when no kernel has the table,
 * so a sort means the same in both.
 *
 * Speed: columns become typed keys once (columnData), a sort is a stable radix sort per key
 * (radixSort) or, for text, comes from the column's rows sorted once (TextColumn), and the sort orders, filter masks and the last views are cached, so paging
 * through a sorted, filtered million rows only copies one page.
 */
import type { TableColumn } from '../mime';
import { columnData, sortedBy, type ColumnData } from './columnData';
import { columnProfile } from './columnProfile';
import { filterMask } from './filterMask';
import type { ColumnProfile, GridFilter, GridQuery, GridSort } from './gridMessages';
import { radixSortBy, reversedOrder } from './radixSort';

/** Where the grid reads a table: its schema, its row count and any value. */
export interface GridSource {
  columns: TableColumn[];
  numRows: number;
  read: (column: number, row: number) => unknown;
  /** A number column's values as sort keys, when the source has them in a typed array (fast). */
  numberKeys?: (column: number) => Float64Array | undefined;
  /** A column's values in table order, when the source has them in an array (no copy). */
  values?: (column: number) => ArrayLike<unknown> | undefined;
}

/** A request the engine cannot answer (a column that does not exist, a page past the end). */
export class GridQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GridQueryError';
  }
}

/** A small map that forgets its oldest entry beyond `limit`. */
function remember<T>(cache: Map<string, T>, key: string, limit: number, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value as string);
  return value;
}

/**
 * 0, 1, …, n − 1: the rows in table order, a view of one array shared by every table (read only),
 * so a new table's first sort does not pay for a fresh array of its row numbers.
 */
let rowNumbers = new Uint32Array(0);
function tableOrder(n: number): Uint32Array {
  if (rowNumbers.length < n) {
    rowNumbers = new Uint32Array(Math.max(n, 2 * rowNumbers.length));
    for (let i = 0; i < rowNumbers.length; i++) rowNumbers[i] = i;
  }
  return rowNumbers.subarray(0, n);
}

export interface GridPage {
  /** Positions of the page's rows in the table. */
  rowNumbers: number[];
  page: number;
  pageCount: number;
  matchingRows: number;
}

export class GridData {
  private readonly columns = new Map<string, ColumnData>();
  private readonly sorts = new Map<string, Uint32Array>();
  private readonly masks = new Map<string, Uint8Array>();
  private readonly views = new Map<string, Uint32Array>();
  private readonly profileCache = new Map<string, ColumnProfile>();

  constructor(readonly source: GridSource) {}

  get totalRows(): number {
    return this.source.numRows;
  }

  /** The typed keys of a column (built on first use). @throws GridQueryError for an unknown column */
  column(name: string): ColumnData {
    const hit = this.columns.get(name);
    if (hit) return hit;
    const j = this.source.columns.findIndex((c) => c.name === name);
    if (j < 0) {
      const names = this.source.columns.map((c) => c.name);
      throw new GridQueryError(
        `the table has no column "${name}"; its columns are ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}`,
      );
    }
    const type = this.source.columns[j].type;
    const fast = type === 'number' ? this.source.numberKeys?.(j) : undefined;
    const c = fast
      ? { name, type, keys: fast }
      : columnData(name, type, this.source.numRows, (r) => this.source.read(j, r), this.source.values?.(j));
    this.columns.set(name, c);
    return c;
  }

  /**
   * Row positions in sort order (all rows). A stable sort by the first key of the order by the
   * other keys: a sort by all keys, ties in table order. Each such order is cached, so adding a
   * second sort column to a sorted grid sorts once more, by the new first key only, and turning
   * a sorted column round reverses its order instead of sorting again.
   */
  sortOrder(sort: GridSort[]): Uint32Array {
    const keys = sort.map((s) => this.column(s.column)); // validate every name first
    const id = (s: GridSort[]) => JSON.stringify(s.map((k) => [k.column, k.descending]));
    return remember(this.sorts, id(sort), 6, () => {
      if (!sort.length) return tableOrder(this.source.numRows);
      const byText = sortedBy(keys[0], sort[0].descending, () => (sort.length > 1 ? this.sortOrder(sort.slice(1)) : undefined));
      if (byText) return byText;
      const first = keys[0].keys;
      const turned = this.sorts.get(id([{ column: sort[0].column, descending: !sort[0].descending }, ...sort.slice(1)]));
      if (turned) return reversedOrder(turned, first);
      return radixSortBy(this.sortOrder(sort.slice(1)), first, sort[0].descending);
    });
  }

  /** 1 for the rows that pass every filter. */
  private mask(filters: GridFilter[]): Uint8Array | undefined {
    if (!filters.length) return undefined;
    const parts = filters.map((f) => {
      const c = this.column(f.column);
      return remember(this.masks, JSON.stringify(f), 8, () => filterMask(c, f));
    });
    if (parts.length === 1) return parts[0];
    const all = Uint8Array.from(parts[0]);
    for (const p of parts.slice(1)) for (let r = 0; r < all.length; r++) all[r] &= p[r];
    return all;
  }

  /** The row positions of the sorted, filtered table. */
  view(query: GridQuery): Uint32Array {
    return remember(this.views, JSON.stringify([query.sort, query.filters]), 4, () => {
      const order = this.sortOrder(query.sort);
      const mask = this.mask(query.filters);
      if (!mask) return order;
      let kept = 0;
      for (let r = 0; r < mask.length; r++) kept += mask[r];
      const out = new Uint32Array(kept);
      let j = 0;
      for (let i = 0; i < order.length; i++) if (mask[order[i]]) out[j++] = order[i];
      return out;
    });
  }

  /**
   * One page of the view.
   * @throws GridQueryError for a page past the last one (page 0 of an empty view is fine)
   */
  page(query: GridQuery, page: number, pageSize: number): GridPage {
    const view = this.view(query);
    const pageCount = Math.max(1, Math.ceil(view.length / pageSize));
    if (page >= pageCount) throw new GridQueryError(`page ${page + 1} is past the last page (${pageCount})`);
    const rowNumbers = Array.from(view.subarray(page * pageSize, (page + 1) * pageSize));
    return { rowNumbers, page, pageCount, matchingRows: view.length };
  }

  /** The profile of every column (cached). */
  profiles(): ColumnProfile[] {
    return this.source.columns.map((c) =>
      remember(this.profileCache, c.name, Infinity, () => columnProfile(this.column(c.name), { top: 12 })),
    );
  }
}
