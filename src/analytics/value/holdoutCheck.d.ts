import type { ColumnTable } from 'arquero';
import { type BgNbdModel } from './bgnbd';
import type { TableInput } from '../columnar/tableInput';
export interface HoldoutOptions {
    /** Last day of the calibration period (required). */
    calibrationEnd: Date | string;
    /** Last day of the holdout (default: the latest order). */
    holdoutEnd: Date | string | undefined;
    /** Days per model time unit (default 7: weeks). */
    timeUnitDays: number;
    /** Frequencies from this value up share the last bucket (default 7: "7+"). */
    maxBucket: number;
}
export interface HoldoutResult {
    model: BgNbdModel;
    /** Per calibration frequency: customers, mean predicted and mean actual repeat purchases in the holdout. */
    table: ColumnTable;
    totalPredicted: number;
    totalActual: number;
    /** Holdout length in model time units. */
    holdoutLength: number;
    warnings: string[];
}
/**
 * @param transactions from {@link prepareTransactions}
 * @param options `{ calibrationEnd, holdoutEnd, timeUnitDays = 7, maxBucket = 7 }`
 * @example
 * const check = crm.holdoutCheck(tx, { calibrationEnd: '1997-09-30' });
 * [check.totalPredicted, check.totalActual] // → [1653.4, 1882] on CDNOW
 */
export declare function holdoutCheck(transactions: TableInput, options: Partial<HoldoutOptions> & {
    calibrationEnd: Date | string;
}): HoldoutResult;
