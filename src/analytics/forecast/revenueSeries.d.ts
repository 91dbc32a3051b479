import type { ColumnTable } from 'arquero';
import { type Period } from '../columnar/dates';
import type { TableInput } from '../columnar/tableInput';
export interface RevenueSeriesOptions {
    period: Period;
    measure: 'revenue' | 'orders' | 'customers';
}
/**
 * Columns: `period` (label such as 2024-03), `start` (the period's first day), `value`, and
 * `partial` (true when the data starts after the period's first day or ends before its last).
 * @param transactions from {@link prepareTransactions}
 * @param options `{ period = 'month', measure = 'revenue' }` (orders = rows, customers = distinct buyers)
 * @example
 * const monthly = crm.revenueSeries(tx, { period: 'month' });
 * crm.forecast(monthly, { horizon: 6 }) // the partial last month is left out of the fit
 */
export declare function revenueSeries(transactions: TableInput, options?: Partial<RevenueSeriesOptions>): ColumnTable;
