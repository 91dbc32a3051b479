/**
 * A regular time series from orders: revenue, orders or active customers per period, with empty
 * periods as 0 and the incomplete first and last periods marked, ready for {@link forecast}.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { DAY_MS, PERIODS, periodIndex, periodLabel, periodStartDay, type Period } from '../columnar/dates';
import { resolveOptions } from '../options';
import { readTransactions } from '../columnar/transactions';
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
export function revenueSeries(transactions: TableInput, options: Partial<RevenueSeriesOptions> = {}): ColumnTable {
  const fn = 'revenueSeries';
  const defaults: RevenueSeriesOptions = { period: 'month', measure: 'revenue' };
  const o = resolveOptions(fn, defaults, options);
  if (!PERIODS.includes(o.period)) throw analyticsError(fn, `period must be ${PERIODS.join(', ')}; not ${String(o.period)}`);
  if (!['revenue', 'orders', 'customers'].includes(o.measure))
    throw analyticsError(fn, `measure must be revenue, orders or customers, not ${String(o.measure)}`);
  const tx = readTransactions(fn, transactions);
  if (tx.n === 0) throw analyticsError(fn, 'needs at least one transaction');
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < tx.n; i++) {
    firstDay = Math.min(firstDay, tx.day[i]);
    lastDay = Math.max(lastDay, tx.day[i]);
  }
  const first = periodIndex(firstDay, o.period);
  const last = periodIndex(lastDay, o.period);
  const values = new Float64Array(last - first + 1);
  const seen: Set<number>[] = o.measure === 'customers' ? Array.from(values, () => new Set<number>()) : [];
  for (let i = 0; i < tx.n; i++) {
    const k = periodIndex(tx.day[i], o.period) - first;
    if (o.measure === 'revenue') values[k] += tx.amount[i];
    else if (o.measure === 'orders') values[k]++;
    else seen[k].add(tx.customer[i]);
  }
  if (o.measure === 'customers') seen.forEach((s, k) => (values[k] = s.size));
  const rows = Array.from(values, (value, k) => {
    const start = periodStartDay(first + k, o.period);
    const end = periodStartDay(first + k + 1, o.period) - 1;
    return {
      period: periodLabel(first + k, o.period),
      start: new Date(start * DAY_MS),
      value,
      partial: (k === 0 && firstDay > start) || (first + k === last && lastDay < end),
    };
  });
  return aq.from(rows);
}
