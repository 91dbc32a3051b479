import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
export type LifecycleStage = 'new' | 'active' | 'at risk' | 'churned' | 'reactivated';
export interface LifecycleOptions {
    asOf: Date | string | undefined;
    /** A purchase within this many days makes a customer active (default 90). */
    activeDays: number;
    /** No purchase for more than this many days makes a customer churned (default 180); between the two: at risk. */
    atRiskDays: number;
}
/**
 * Stages, as of `asOf` (default: the latest order):
 * - new: first purchase within `activeDays`;
 * - reactivated: purchased within `activeDays` after a gap longer than `atRiskDays`;
 * - active: purchased within `activeDays` otherwise;
 * - at risk: last purchase `activeDays`..`atRiskDays` days ago;
 * - churned: last purchase more than `atRiskDays` days ago.
 * @param transactions from {@link prepareTransactions}
 * @returns a table: customerId, firstOrder, lastOrder, daysSinceLast, purchaseDays, stage
 * @example crm.lifecycle(tx, { activeDays: 60, atRiskDays: 120 }).groupby('stage').count()
 */
export declare function lifecycle(transactions: TableInput, options?: Partial<LifecycleOptions>): ColumnTable;
