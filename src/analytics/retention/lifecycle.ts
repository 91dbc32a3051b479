/**
 * Lifecycle stage of every customer on a date.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { dayLabel } from '../columnar/dates';
import { DayMerger } from '../columnar/customerRows';
import { resolveOptions } from '../options';
import { asOfDay, readTransactions } from '../columnar/transactions';
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
export function lifecycle(transactions: TableInput, options: Partial<LifecycleOptions> = {}): ColumnTable {
  const fn = 'lifecycle';
  const opts = resolveOptions(fn, { asOf: undefined, activeDays: 90, atRiskDays: 180 }, options);
  if (!(opts.activeDays > 0)) throw analyticsError(fn, `activeDays must be positive, not ${opts.activeDays}`);
  if (!(opts.atRiskDays > opts.activeDays))
    throw analyticsError(fn, `atRiskDays (${opts.atRiskDays}) must be greater than activeDays (${opts.activeDays})`);
  const tx = readTransactions(fn, transactions);
  const end = asOfDay(fn, tx, opts.asOf);
  const merger = new DayMerger(tx);
  const days = merger.days;
  const rows: Record<string, unknown>[] = [];
  for (let c = 0; c < tx.customers.length; c++) {
    const m = merger.merge(c, end);
    if (m === 0) continue;
    const since = end - days[m - 1];
    let stage: LifecycleStage;
    if (since > opts.atRiskDays) stage = 'churned';
    else if (since > opts.activeDays) stage = 'at risk';
    else if (end - days[0] <= opts.activeDays) stage = 'new';
    else {
      // Reactivated: the recent purchase came after a gap longer than atRiskDays.
      let k = m - 1;
      while (k > 0 && end - days[k - 1] <= opts.activeDays) k--;
      stage = k > 0 && days[k] - days[k - 1] > opts.atRiskDays ? 'reactivated' : 'active';
    }
    rows.push({
      customerId: tx.customers[c],
      firstOrder: dayLabel(days[0]),
      lastOrder: dayLabel(days[m - 1]),
      daysSinceLast: since,
      purchaseDays: m,
      stage,
    });
  }
  return aq.from(rows);
}
