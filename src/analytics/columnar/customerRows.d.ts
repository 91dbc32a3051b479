/**
 * Rows grouped by customer in O(n) (a counting sort): customer c's rows are
 * `rows[start[c]] … rows[start[c + 1] - 1]`, in input order.
 */
import type { TransactionArrays } from './transactions';
export interface CustomerRows {
    start: Int32Array;
    rows: Int32Array;
}
export declare function rowsByCustomer(tx: TransactionArrays): CustomerRows;
/**
 * Each customer's purchase days, merged: distinct days ascending in `days` and the summed amount
 * of each in `sums`. The two buffers are sized once and reused for every customer. Days and
 * amounts are first copied into customer order, so merging reads memory in sequence (reading
 * them through `rows` would jump across the whole table for every purchase).
 * @example
 * const merger = new DayMerger(tx);
 * const m = merger.merge(c, asOf); // merger.days[0 … m−1], merger.sums[0 … m−1]
 */
export declare class DayMerger {
    readonly days: Int32Array;
    readonly sums: Float64Array;
    private readonly start;
    private readonly rowDay;
    private readonly rowAmount;
    constructor(tx: TransactionArrays);
    /** Merges customer c's purchases up to `maxDay`; returns the number of distinct days. */
    merge(c: number, maxDay?: number): number;
}
