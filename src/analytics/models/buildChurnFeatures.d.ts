import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
export interface ChurnFeatureOptions {
    /** The day features are measured at (default: the last order day, minus horizonDays when labelling). */
    asOf: Date | string | undefined;
    /** A customer with no purchase in the horizonDays after asOf has churned (default 90). */
    horizonDays: number;
    /** The window of the recent-activity features (default 90 days). */
    windowDays: number;
    /** Add the `churned` label (default true); false scores today's customers, with asOf the last order day. */
    label: boolean;
}
/**
 * Columns: `customerId`, `recency` (days since the last purchase day), `orders` (purchase days),
 * `revenue`, `aov` (revenue per purchase day), `tenure` (days since the first purchase),
 * `recentOrders` and `recentRevenue` (within windowDays before asOf), and, when labelling,
 * `churned` (1 = no purchase in the horizon). Customers whose first order is after asOf are left out.
 * @param transactions from {@link prepareTransactions}
 * @param options `{ asOf?, horizonDays = 90, windowDays = 90, label = true }`
 * @example
 * const data = crm.buildChurnFeatures(tx, { horizonDays: 90 });  // asOf = last order − 90 days
 * crm.trainChurnModel(data, { label: 'churned' });
 * const today = crm.buildChurnFeatures(tx, { label: false });    // features as of the last order
 */
export declare function buildChurnFeatures(transactions: TableInput, options?: Partial<ChurnFeatureOptions>): ColumnTable;
