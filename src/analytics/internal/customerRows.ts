/**
 * Rows grouped by customer in O(n) (a counting sort): customer c's rows are
 * `rows[start[c]] … rows[start[c + 1] - 1]`, in input order.
 */
import type { TransactionArrays } from './transactions';

export interface CustomerRows {
  start: Int32Array;
  rows: Int32Array;
}

export function rowsByCustomer(tx: TransactionArrays): CustomerRows {
  const c = tx.customers.length;
  const start = new Int32Array(c + 1);
  for (let i = 0; i < tx.n; i++) start[tx.customer[i] + 1]++;
  for (let k = 0; k < c; k++) start[k + 1] += start[k];
  const fill = start.slice(0, c);
  const rows = new Int32Array(tx.n);
  for (let i = 0; i < tx.n; i++) rows[fill[tx.customer[i]]++] = i;
  return { start, rows };
}

/**
 * Each customer's purchase days, merged: distinct days ascending in `days` and the summed amount
 * of each in `sums`. The two buffers are sized once and reused for every customer.
 * @example
 * const merger = new DayMerger(tx);
 * const m = merger.merge(c, asOf); // merger.days[0 … m−1], merger.sums[0 … m−1]
 */
export class DayMerger {
  readonly days: Int32Array;
  readonly sums: Float64Array;
  private readonly cr: CustomerRows;

  constructor(private readonly tx: TransactionArrays) {
    this.cr = rowsByCustomer(tx);
    let max = 0;
    for (let c = 0; c < tx.customers.length; c++) max = Math.max(max, this.cr.start[c + 1] - this.cr.start[c]);
    this.days = new Int32Array(max);
    this.sums = new Float64Array(max);
  }

  /** Merges customer c's purchases up to `maxDay`; returns the number of distinct days. */
  merge(c: number, maxDay = Infinity): number {
    const { tx, cr, days, sums } = this;
    let m = 0;
    for (let p = cr.start[c]; p < cr.start[c + 1]; p++) {
      const i = cr.rows[p];
      const d = tx.day[i];
      if (d > maxDay) continue;
      // Insertion into a short sorted list: customers have few purchase days.
      let j = m - 1;
      while (j >= 0 && days[j] > d) j--;
      if (j >= 0 && days[j] === d) {
        sums[j] += tx.amount[i];
        continue;
      }
      for (let k = m; k > j + 1; k--) {
        days[k] = days[k - 1];
        sums[k] = sums[k - 1];
      }
      days[j + 1] = d;
      sums[j + 1] = tx.amount[i];
      m++;
    }
    return m;
  }
}
