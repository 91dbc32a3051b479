import type { ColumnTable } from 'arquero';
export type TableInput = ColumnTable | Record<string, unknown>[] | {
    table: ColumnTable;
};
export declare function isColumnTable(v: unknown): v is ColumnTable;
/** The table behind any accepted input. */
export declare function asTable(fn: string, input: TableInput, what?: string): ColumnTable;
/** Values of a column as a plain array; an error names the missing column and the ones found. */
export declare function columnValues(fn: string, table: ColumnTable, name: string): unknown[];
/** Checks that a table has every required column, naming the missing ones and what exists. */
export declare function requireColumns(fn: string, table: ColumnTable, required: string[], hint?: string): void;
/**
 * Groups rows by a string key: `keys[g]` is group g's key and `group[i]` the group of row i, in
 * first-seen order; rows whose key equals `missing` (when given) get −1.
 * @example groupIndex(3, (i) => ['b', 'a', 'b'][i]) // → { keys: ['b', 'a'], group: Int32Array [0, 1, 0] }
 */
export declare function groupIndex(n: number, keyOf: (i: number) => string, missing?: string): {
    keys: string[];
    group: Int32Array;
};
