/**
 * Historic value per customer, repeat rate and Pareto concentration.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { dayLabel } from '../columnar/dates';
import { rowsByCustomer } from '../columnar/customerRows';
import { readTransactions } from '../columnar/transactions';
import type { TableInput } from '../columnar/tableInput';

/**
 * Per customer: orders (rows; with order ids, distinct ids), revenue, AOV (revenue/orders),
 * first and last order day, tenure in days (last − first). Sorted by revenue, highest first.
 * @param transactions from {@link prepareTransactions}
 * @example crm.customerValue(tx).objects()[0] // → { customerId: 'C042', orders: 12, revenue: 1480, aov: 123.33, firstOrder: '2023-02-01', lastOrder: '2024-12-28', tenureDays: 696 }
 */
export function customerValue(transactions: TableInput): ColumnTable {
  const fn = 'customerValue';
  const tx = readTransactions(fn, transactions);
  const cr = rowsByCustomer(tx);
  const rows: Record<string, unknown>[] = [];
  for (let c = 0; c < tx.customers.length; c++) {
    let revenue = 0;
    let first = Infinity;
    let last = -Infinity;
    for (let p = cr.start[c]; p < cr.start[c + 1]; p++) {
      const i = cr.rows[p];
      revenue += tx.amount[i];
      first = Math.min(first, tx.day[i]);
      last = Math.max(last, tx.day[i]);
    }
    const orders = cr.start[c + 1] - cr.start[c];
    rows.push({
      customerId: tx.customers[c],
      orders,
      revenue,
      aov: revenue / orders,
      firstOrder: dayLabel(first),
      lastOrder: dayLabel(last),
      tenureDays: last - first,
    });
  }
  rows.sort((a, b) => (b.revenue as number) - (a.revenue as number));
  return aq.from(rows);
}

export interface RepeatRateResult {
  customers: number;
  repeatCustomers: number;
  /** Share of customers with purchases on two or more days; null with no customers. */
  repeatRate: number | null;
}

/**
 * Share of customers who bought again: purchases on two or more distinct days.
 * @example crm.repeatRate(tx) // → { customers: 2000, repeatCustomers: 620, repeatRate: 0.31 }
 */
export function repeatRate(transactions: TableInput): RepeatRateResult {
  const tx = readTransactions('repeatRate', transactions);
  const firstDay = new Int32Array(tx.customers.length).fill(-1);
  const repeat = new Uint8Array(tx.customers.length);
  for (let i = 0; i < tx.n; i++) {
    const c = tx.customer[i];
    if (firstDay[c] === -1) firstDay[c] = tx.day[i];
    else if (firstDay[c] !== tx.day[i]) repeat[c] = 1;
  }
  const repeatCustomers = repeat.reduce((a, b) => a + b, 0);
  const customers = tx.customers.length;
  return { customers, repeatCustomers, repeatRate: customers ? repeatCustomers / customers : null };
}

export interface ParetoResult {
  /** Per customer, highest revenue first: revenue, share of revenue, cumulative share, customer rank share. */
  table: ColumnTable;
  /** Share of revenue from the top 1%, 5%, 10%, 20% and 50% of customers. */
  topShares: { top: number; revenueShare: number }[];
  /** Smallest share of customers that brings 80% of revenue. */
  customersFor80: number;
}

/**
 * Revenue concentration: how much of the revenue the best customers bring ("80/20").
 * Customers with net revenue ≤ 0 count as customers and bring nothing.
 * @example crm.pareto(tx).topShares.find((s) => s.top === 0.2).revenueShare // → 0.62
 */
export function pareto(transactions: TableInput): ParetoResult {
  const fn = 'pareto';
  const tx = readTransactions(fn, transactions);
  if (tx.customers.length === 0) throw analyticsError(fn, 'needs at least one customer');
  const rev = new Float64Array(tx.customers.length);
  for (let i = 0; i < tx.n; i++) rev[tx.customer[i]] += tx.amount[i];
  const order = Array.from(rev.keys()).sort((a, b) => rev[b] - rev[a] || (tx.customers[a] < tx.customers[b] ? -1 : 1));
  const total = order.reduce((s, c) => s + Math.max(0, rev[c]), 0);
  if (total <= 0) throw analyticsError(fn, 'total revenue is not positive');
  const n = order.length;
  let cum = 0;
  const rows = order.map((c, k) => {
    cum += Math.max(0, rev[c]);
    return {
      customerId: tx.customers[c],
      revenue: rev[c],
      share: Math.max(0, rev[c]) / total,
      cumulativeShare: cum / total,
      customerShare: (k + 1) / n,
    };
  });
  const at = (q: number) => {
    const k = Math.max(1, Math.round(q * n));
    return rows[Math.min(n, k) - 1].cumulativeShare;
  };
  const k80 = rows.findIndex((r) => r.cumulativeShare >= 0.8 - 1e-12);
  return {
    table: aq.from(rows),
    topShares: [0.01, 0.05, 0.1, 0.2, 0.5].map((top) => ({ top, revenueShare: at(top) })),
    customersFor80: (k80 + 1) / n,
  };
}
