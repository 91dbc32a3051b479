/**
 * From orders to a churn training table in one call: per customer, what they did up to `asOf`
 * (the features) and whether they bought again in the `horizonDays` after it (the label).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { DayMerger } from '../columnar/customerRows';
import { dayLabel } from '../columnar/dates';
import { requirePositiveInteger, resolveOptions } from '../options';
import { asOfDay, readTransactions } from '../columnar/transactions';
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
export function buildChurnFeatures(transactions: TableInput, options: Partial<ChurnFeatureOptions> = {}): ColumnTable {
  const fn = 'buildChurnFeatures';
  const o = resolveOptions(fn, { asOf: undefined, horizonDays: 90, windowDays: 90, label: true }, options);
  requirePositiveInteger(fn, 'horizonDays', o.horizonDays);
  requirePositiveInteger(fn, 'windowDays', o.windowDays);
  const tx = readTransactions(fn, transactions);
  const last = asOfDay(fn, tx, undefined);
  const asOf = o.asOf !== undefined ? asOfDay(fn, tx, o.asOf) : o.label ? last - o.horizonDays : last;
  if (o.label && asOf + o.horizonDays > last) {
    throw analyticsError(
      fn,
      `the ${o.horizonDays}-day horizon after asOf ${dayLabel(asOf)} ends after the last order (${dayLabel(last)}), so churn cannot be observed; use an asOf on or before ${dayLabel(last - o.horizonDays)}, or label: false to score today's customers`,
    );
  }
  const merger = new DayMerger(tx);
  const cols = {
    customerId: [] as string[],
    recency: [] as number[],
    orders: [] as number[],
    revenue: [] as number[],
    aov: [] as number[],
    tenure: [] as number[],
    recentOrders: [] as number[],
    recentRevenue: [] as number[],
    churned: [] as number[],
  };
  const end = o.label ? asOf + o.horizonDays : asOf;
  for (let c = 0; c < tx.customers.length; c++) {
    const m = merger.merge(c, end);
    if (m === 0 || merger.days[0] > asOf) continue;
    let orders = 0;
    let revenue = 0;
    let recentOrders = 0;
    let recentRevenue = 0;
    let lastDay = merger.days[0];
    let later = 0;
    for (let k = 0; k < m; k++) {
      const d = merger.days[k];
      if (d > asOf) {
        later++;
        continue;
      }
      orders++;
      revenue += merger.sums[k];
      lastDay = d;
      if (d > asOf - o.windowDays) {
        recentOrders++;
        recentRevenue += merger.sums[k];
      }
    }
    cols.customerId.push(tx.customers[c]);
    cols.recency.push(asOf - lastDay);
    cols.orders.push(orders);
    cols.revenue.push(revenue);
    cols.aov.push(revenue / orders);
    cols.tenure.push(asOf - merger.days[0]);
    cols.recentOrders.push(recentOrders);
    cols.recentRevenue.push(recentRevenue);
    cols.churned.push(later === 0 ? 1 : 0);
  }
  if (cols.customerId.length === 0) throw analyticsError(fn, `no customer ordered on or before asOf ${dayLabel(asOf)}`);
  const { churned, ...features } = cols;
  return aq.table(o.label ? { ...features, churned } : features);
}
