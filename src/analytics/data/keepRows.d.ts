import type { RowKeys } from '../columnar/rowValues';
import type { DroppedRow } from './dataQualityReport';
export interface RowInput {
    n: number;
    ids: RowKeys;
    times: Float64Array;
    amounts: Float64Array;
    /** Refunds to subtract (positive), per row. */
    refunds: Float64Array;
    /** The amount is already net of refunds: a refund only marks an order with nothing left as refunded. */
    amountIsNet: boolean;
    orders: RowKeys | undefined;
    /** Rows merged into their order's first row (line items): skipped, not dropped. */
    follower: Uint8Array | undefined;
    /** Per row: 0 counts, else 1 + index into RULE_REASONS. */
    rule: Uint8Array;
    statusText: Map<number, string>;
    /** Per row: the currency index, −1 when none is written; rows in another currency than `currency` are dropped. */
    currencyIndex: Int32Array | undefined;
    currency: number;
    currencyName: (index: number) => string;
    lastDay: number;
    /** The reason for a date after lastDay: 'after asOf' when asOf was given, else 'future date'. */
    lateReason: 'after asOf' | 'future date';
    dropRefunds: boolean;
    dateText: (row: number) => string;
    amountText: (row: number) => string;
}
export declare function keepRows(input: RowInput): {
    customer: Int32Array<ArrayBuffer>;
    outTime: Float64Array<ArrayBuffer>;
    outDay: Int32Array<ArrayBuffer>;
    outAmount: Float64Array<ArrayBuffer>;
    outOrder: Int32Array<ArrayBuffer>;
    outRow: Int32Array<ArrayBuffer>;
    rowsKept: number;
    dropped: DroppedRow[];
    refundCount: number;
    refundTotal: number;
    partialCount: number;
    partialTotal: number;
    lateMax: number;
};
