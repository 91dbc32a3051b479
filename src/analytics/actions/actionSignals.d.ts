/**
 * What {@link actionList}'s rules read about each customer: order history up to asOf, RFM scores,
 * the latest survey score, and predicted value.
 */
import type { ColumnTable } from 'arquero';
import type { DayMerger } from '../columnar/customerRows';
import type { TransactionArrays } from '../columnar/transactions';
import type { TableInput } from '../columnar/tableInput';
import type { ActionListOptions } from './actionList';
export interface Signals {
    id: string;
    segment: string | null;
    label: 'champion' | 'loyal' | undefined;
    orders: number;
    since: number;
    /** Median days between purchase days (two or more). */
    interval: number | undefined;
    /** A year of spend at the customer's usual pace (a one-time buyer: their spend). */
    paceValue: number;
    score: number | undefined;
    clv: number | undefined;
    pAlive: number | undefined;
    highValue: boolean;
}
export declare function customerSignals(fn: string, tx: TransactionArrays, merger: DayMerger, end: number, scores: ColumnTable, o: ActionListOptions): Signals[];
/** Latest score per id (by date when the responses have one, else the last row), answers after asOf left out. */
export declare function latestScores(fn: string, responses: TableInput, idColumn: string | undefined, end: number): Map<string, number>;
