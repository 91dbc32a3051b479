/**
 * Reads prepared transactions into typed arrays, once, for the one-pass kernels of the
 * analytics (a Map from customer to index and flat arrays: no per-row objects). Arquero tables
 * are immutable, so the arrays are kept per table: several analyses of the same table (as Quick
 * Metrics runs) read it once.
 */
import type { ColumnTable } from 'arquero';
import { type TableInput } from './tableInput';
export interface TransactionArrays {
    n: number;
    /** Customer keys in first-seen order, and each row's customer index. */
    customers: string[];
    customer: Int32Array;
    /** UTC day number of each row. */
    day: Int32Array;
    amount: Float64Array;
    table: ColumnTable;
}
/** The arrays of a transactions table (read once per table; callers must not change them). */
export declare function readTransactions(fn: string, input: TableInput): TransactionArrays;
/**
 * Renumbers codes 0 … size − 1 (none negative) in place in the order they first appear, and
 * returns the text of each new number: the customers of a {@link TransactionArrays}.
 * @example renumberFirstSeen(Int32Array.of(5, 2, 5), 6, String) // codes become [0, 1, 0]; → ['5', '2']
 */
export declare function renumberFirstSeen(codes: Int32Array, size: number, text: (code: number) => string): string[];
/** Records the arrays of a table built from them (prepareTransactions), so readTransactions need not read it back. */
export declare function rememberTransactions(arrays: TransactionArrays): void;
/** The latest day in the data, or the given asOf day. */
export declare function asOfDay(fn: string, tx: TransactionArrays, asOf: Date | string | undefined): number;
