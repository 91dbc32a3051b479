/**
 * The order rules of {@link prepareTransactions}, worked out per row before the rows are kept:
 * each row's status verdict (paid, or a reason to exclude it), its refund, its currency, and the
 * merging of line-item rows into their order's first row.
 */
import { type Column } from '../columnar/columns';
import { type RowKeys } from '../columnar/rowValues';
import { type StatusRules } from './orderStatus';
import type { DropReason } from './dataQualityReport';
/** Reasons a row's rules can give, by code (0: the row counts). */
export declare const RULE_REASONS: readonly DropReason[];
/** Per-row text of a column, read once per distinct value for coded columns. */
export declare function columnText(column: Column): (row: number) => string;
/**
 * Customer keys: the id column's text normalised (e-mails lower-cased, phones reduced to digits),
 * or the fallback column's where the id is empty (Stripe guests have an e-mail but no customer id).
 */
export declare function customerKeys(id: Column, normalize: ((s: string) => string) | undefined, fallback: Column | undefined, normalizeFallback: (s: string) => string): RowKeys;
export interface StatusInputs {
    status?: Column;
    captured?: Column;
    cancelledAt?: Column;
    afterSale?: Column;
    rules: StatusRules;
}
/** Each row's rule code (0: counts; else 1 + index in {@link RULE_REASONS}) and the unknown status values with their row counts. */
export declare function statusCodes(n: number, { status, captured, cancelledAt, afterSale, rules }: StatusInputs): {
    codes: Uint8Array<ArrayBuffer>;
    statusText: Map<number, string>;
};
/** Counts the unknown status values of the rows that remain excluded for that reason. */
export declare function unknownValues(rows: Iterable<{
    reason: DropReason;
    value: string;
}>): Map<string, number>;
/** Refunds per row, as positive amounts (0 where empty: exports write refunds as 10, -10 or (10.00)). */
export declare function refundAmounts(column: Column | undefined, n: number): Float64Array;
/** Each row's currency (an index into `names`, −1 when none is written), from a currency column or the amounts' symbols. */
export declare function rowCurrencies(currency: Column | undefined, amount: Column): {
    index: Int32Array;
    names: string[];
};
/**
 * The currency kept: the one asked for, else the one most rows are in (first seen on a tie), and
 * the row count of each currency. Rows without a currency are assumed to be in it.
 */
export declare function chooseCurrency(index: Int32Array, names: string[], skip: Uint8Array, wanted: string | undefined): {
    chosen: number;
    counts: number[];
};
export interface LineItemInput {
    orders: RowKeys;
    mode: 'first' | 'sum';
    amounts: Float64Array;
    refunds: Float64Array;
    rule: Uint8Array;
    refundPerLine: boolean;
}
/**
 * Merges the rows of each order into its first row, in place: 'first' keeps the first row's
 * amount (later rows repeat it or leave it empty), 'sum' adds the amounts of the rows that count;
 * refunds given per line add up. Returns a mask of the merged (later) rows and their number.
 */
export declare function mergeLineItems({ orders, mode, amounts, refunds, rule, refundPerLine }: LineItemInput): {
    follower: Uint8Array;
    merged: number;
};
