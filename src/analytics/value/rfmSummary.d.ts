import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
export interface RfmSummaryOptions {
    /** End of observation (default: the latest order date). */
    asOf: Date | string | undefined;
    /** Days per model time unit: 1 = days (default), 7 = weeks (as the CDNOW reference). */
    timeUnitDays: number;
    /** End of the calibration period: later orders are ignored and T is measured to this day. */
    calibrationEnd: Date | string | undefined;
    /**
     * 'day' (default): purchases on the same day merge and times are (Δ days)/timeUnitDays.
     * 'week': calendar weeks Monday to Sunday, as lifetimes' `freq='W'` (pandas' W-SUN periods):
     * purchases in the same week merge and times are whole weeks between week periods.
     */
    period: 'day' | 'week';
}
/**
 * Per customer, in model time units of `timeUnitDays` days:
 * - frequency x = distinct purchase days − 1 (repeat purchases; same-day orders merge);
 * - recency t_x = last − first purchase day (the age at the last purchase, not "days since");
 * - T = observation end − first purchase day (the customer's age);
 * - monetaryValue = mean merged day value over the repeat days (the first day excluded; 0 when x = 0).
 *
 * With `period: 'week'` the same holds with calendar weeks in place of days (lifetimes' `freq='W'`):
 * frequency counts distinct weeks − 1 and recency, T are whole weeks (model time unit 7 days).
 *
 * Customers whose first purchase is after the observation end are left out. A customer first
 * seen on the last day has T = 0; the models accept it (it carries no information).
 *
 * @param transactions from {@link prepareTransactions}
 * @param options `{ asOf, timeUnitDays = 1, calibrationEnd, period = 'day' }`
 * @returns a table: customerId, frequency, recency, T, monetaryValue
 * @example
 * crm.rfmSummary(tx, { timeUnitDays: 7, calibrationEnd: '1997-09-30' }).objects()[0]
 * // → { customerId: '0001', frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }
 * crm.rfmSummary(tx, { period: 'week' }) // calendar weeks, as lifetimes' freq='W'
 */
export declare function rfmSummary(transactions: TableInput, options?: Partial<RfmSummaryOptions>): ColumnTable;
