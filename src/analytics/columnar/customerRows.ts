/**
 * Rows grouped by customer in O(n) (a counting sort): customer c's rows are
 * `rows[start[c]] … rows[start[c + 1] - 1]`, in input order.
 */
import type { TransactionArrays } from './transactions';

export interface CustomerRows {
  start: Int32Array;
  rows: Int32Array;
}

/** Where each customer's rows begin in customer order (a counting sort's offsets). */
function customerStarts(tx: TransactionArrays): Int32Array {
  const c = tx.customers.length;
  const start = new Int32Array(c + 1);
  for (let i = 0; i < tx.n; i++) start[tx.customer[i] + 1]++;
  for (let k = 0; k < c; k++) start[k + 1] += start[k];
  return start;
}

export function rowsByCustomer(tx: TransactionArrays): CustomerRows {
  const start = customerStarts(tx);
  const fill = start.slice(0, tx.customers.length);
  const rows = new Int32Array(tx.n);
  for (let i = 0; i < tx.n; i++) rows[fill[tx.customer[i]]++] = i;
  return { start, rows };
}

/**
 * Each customer's purchase days, merged: distinct days ascending in `days` and the summed amount
 * of each in `sums`. The two buffers are sized once and reused for every customer. Days and
 * amounts are first copied into customer order, so merging reads memory in sequence (reading
 * them through `rows` would jump across the whole table for every purchase).
 * @example
 * const merger = new DayMerger(tx);
 * const m = merger.merge(c, asOf); // merger.days[0 … m−1], merger.sums[0 … m−1]
 */
export class DayMerger {
  readonly days: Int32Array;
  readonly sums: Float64Array;
  private readonly start: Int32Array;
  private readonly rowDay: Int32Array;
  private readonly rowAmount: Float64Array;

  constructor(tx: TransactionArrays) {
    const start = (this.start = customerStarts(tx));
    const fill = start.slice(0, tx.customers.length);
    const rowDay = (this.rowDay = new Int32Array(tx.n));
    const rowAmount = (this.rowAmount = new Float64Array(tx.n));
    for (let i = 0; i < tx.n; i++) {
      const p = fill[tx.customer[i]]++;
      rowDay[p] = tx.day[i];
      rowAmount[p] = tx.amount[i];
    }
    let max = 0;
    for (let c = 0; c < tx.customers.length; c++) max = Math.max(max, start[c + 1] - start[c]);
    this.days = new Int32Array(max);
    this.sums = new Float64Array(max);
  }

  /** Merges customer c's purchases up to `maxDay`; returns the number of distinct days. */
  merge(c: number, maxDay = Infinity): number {
    const { rowDay, rowAmount, days, sums } = this;
    let m = 0;
    for (let p = this.start[c]; p < this.start[c + 1]; p++) {
      const d = rowDay[p];
      if (d > maxDay) continue;
      // Insertion into a short sorted list: customers have few purchase days.
      let j = m - 1;
      while (j >= 0 && days[j] > d) j--;
      if (j >= 0 && days[j] === d) {
        sums[j] += rowAmount[p];
        continue;
      }
      for (let k = m; k > j + 1; k--) {
        days[k] = days[k - 1];
        sums[k] = sums[k - 1];
      }
      days[j + 1] = d;
      sums[j + 1] = rowAmount[p];
      m++;
    }
    return m;
  }
}
