/**
 * The per-customer summary that the probabilistic models (BG/NBD, Pareto/NBD, Gamma-Gamma) take
 * (spec §2, F-RFM-1; as lifetimes' `summary_data_from_transaction_data` and PyMC-Marketing's
 * `rfm_summary`).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { dayNumber, toMillis } from '../columnar/dates';
import { DayMerger } from '../columnar/customerRows';
import { resolveOptions } from '../options';
import { asOfDay, readTransactions } from '../columnar/transactions';
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

const DEFAULTS: RfmSummaryOptions = { asOf: undefined, timeUnitDays: 1, calibrationEnd: undefined, period: 'day' };

/** Monday-to-Sunday week number of a day number (day 0 = Thursday 1970-01-01; day 4 a Monday). */
const weekOf = (day: number) => Math.floor((day - 4) / 7);

/** Merges the sorted days (and their sums) of one customer into weeks, in place; returns the count. */
function mergeWeeks(days: Int32Array, sums: Float64Array, m: number): number {
  let k = 0;
  for (let i = 0; i < m; i++) {
    const w = weekOf(days[i]);
    if (k > 0 && days[k - 1] === w) {
      sums[k - 1] += sums[i];
      continue;
    }
    days[k] = w;
    sums[k] = sums[i];
    k++;
  }
  return k;
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
export function rfmSummary(transactions: TableInput, options: Partial<RfmSummaryOptions> = {}): ColumnTable {
  const fn = 'rfmSummary';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!(opts.timeUnitDays > 0) || !Number.isFinite(opts.timeUnitDays))
    throw analyticsError(fn, `timeUnitDays must be a positive number, not ${opts.timeUnitDays}`);
  if (opts.period !== 'day' && opts.period !== 'week')
    throw analyticsError(fn, `period must be 'day' or 'week', not ${String(opts.period)}`);
  const weekly = opts.period === 'week';
  if (weekly && options.timeUnitDays !== undefined && options.timeUnitDays !== 7) {
    throw analyticsError(fn, `with period 'week' times are whole weeks; leave timeUnitDays out (or 7), not ${options.timeUnitDays}`);
  }
  const tx = readTransactions(fn, transactions);
  let end = asOfDay(fn, tx, opts.asOf);
  if (opts.calibrationEnd !== undefined) {
    const t = toMillis(opts.calibrationEnd);
    if (!Number.isFinite(t)) throw analyticsError(fn, `calibrationEnd must be a date, not ${String(opts.calibrationEnd)}`);
    end = Math.min(end, dayNumber(t));
    if (opts.asOf === undefined) end = dayNumber(t);
  }
  const unit = weekly ? 1 : opts.timeUnitDays;
  const last = weekly ? weekOf(end) : end;
  const merger = new DayMerger(tx);
  const { days, sums } = merger;
  const out = {
    customerId: [] as string[],
    frequency: [] as number[],
    recency: [] as number[],
    T: [] as number[],
    monetaryValue: [] as number[],
  };
  for (let c = 0; c < tx.customers.length; c++) {
    const merged = merger.merge(c, end);
    if (merged === 0) continue;
    const m = weekly ? mergeWeeks(days, sums, merged) : merged;
    let repeat = 0;
    for (let k = 1; k < m; k++) repeat += sums[k];
    out.customerId.push(tx.customers[c]);
    out.frequency.push(m - 1);
    out.recency.push((days[m - 1] - days[0]) / unit);
    out.T.push((last - days[0]) / unit);
    out.monetaryValue.push(m > 1 ? repeat / (m - 1) : 0);
  }
  return aq.table(out);
}
