/**
 * Cohort retention matrix (spec §8, F-RET-4).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { periodIndex, periodLabel, type Period } from '../columnar/dates';
import { resolveOptions } from '../options';
import { readTransactions } from '../columnar/transactions';
import type { TableInput } from '../columnar/tableInput';

export interface CohortRetentionOptions {
  /** Cohort and activity period (default month). */
  period: 'week' | 'month' | 'quarter';
  /** Share of cohort customers active (default), or cohort revenue relative to its first period. */
  measure: 'customers' | 'revenue';
  /** 'classic': active in exactly period c + k (default); 'unbounded': in c + k or any later period. */
  mode: 'classic' | 'unbounded';
}

const DEFAULTS: CohortRetentionOptions = { period: 'month', measure: 'customers', mode: 'classic' };

/**
 * Cohort c = customers whose first purchase falls in period c; cell (c, k) = the share of them
 * active in period c + k (k = 0 is 1 by definition). Cells after the last observed period are
 * null, never 0. With `measure: 'revenue'`, cell (c, k) = the cohort's revenue in period c + k
 * divided by its revenue in period c.
 *
 * @param transactions from {@link prepareTransactions}
 * @param options `{ period = 'month' | 'week' | 'quarter', measure = 'customers' | 'revenue', mode = 'classic' | 'unbounded' }`
 * @returns a table: cohort, size, then one column per offset named after the period: "month 0", "month 1", … ("week 0", "quarter 0")
 * @example
 * crm.cohortRetention(tx).objects()[0] // → { cohort: '2024-01', size: 3, 'month 0': 1, 'month 1': 0.333, 'month 2': 0.667 }
 */
export function cohortRetention(transactions: TableInput, options: Partial<CohortRetentionOptions> = {}): ColumnTable {
  const fn = 'cohortRetention';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!['week', 'month', 'quarter'].includes(opts.period))
    throw analyticsError(fn, `period must be week, month or quarter, not ${String(opts.period)}`);
  if (opts.measure !== 'customers' && opts.measure !== 'revenue')
    throw analyticsError(fn, `measure must be 'customers' or 'revenue', not ${String(opts.measure)}`);
  if (opts.mode !== 'classic' && opts.mode !== 'unbounded')
    throw analyticsError(fn, `mode must be 'classic' or 'unbounded', not ${String(opts.mode)}`);
  if (opts.measure === 'revenue' && opts.mode === 'unbounded')
    throw analyticsError(fn, "mode 'unbounded' applies to measure 'customers' only");
  const tx = readTransactions(fn, transactions);
  if (tx.n === 0) throw analyticsError(fn, 'needs at least one transaction');
  const period = opts.period as Period;
  const p = new Int32Array(tx.n);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < tx.n; i++) {
    p[i] = periodIndex(tx.day[i], period);
    first = Math.min(first, p[i]);
    last = Math.max(last, p[i]);
  }
  const C = tx.customers.length;
  const cohortOf = new Int32Array(C).fill(2 ** 30);
  for (let i = 0; i < tx.n; i++) if (p[i] < cohortOf[tx.customer[i]]) cohortOf[tx.customer[i]] = p[i];
  const span = last - first + 1;
  // active[c * span + k]: customer c active at offset k from their cohort; revenue likewise.
  const active = new Uint8Array(C * span);
  const revenue = new Float64Array(span * span);
  for (let i = 0; i < tx.n; i++) {
    const c = tx.customer[i];
    const k = p[i] - cohortOf[c];
    active[c * span + k] = 1;
    revenue[(cohortOf[c] - first) * span + k] += tx.amount[i];
  }
  const size = new Float64Array(span);
  const counts = new Float64Array(span * span);
  const latest = new Int32Array(C).fill(-1);
  for (let c = 0; c < C; c++) {
    const row = cohortOf[c] - first;
    size[row]++;
    for (let k = 0; k < span; k++) if (active[c * span + k]) latest[c] = k;
    for (let k = 0; k < span; k++) {
      const on = opts.mode === 'classic' ? active[c * span + k] === 1 : latest[c] >= k;
      if (on) counts[row * span + k]++;
    }
  }
  const rows: Record<string, unknown>[] = [];
  for (let row = 0; row < span; row++) {
    if (size[row] === 0) continue;
    const observed = last - (first + row); // offsets 0..observed exist in the data
    const r: Record<string, unknown> = { cohort: periodLabel(first + row, period), size: size[row] };
    for (let k = 0; k < span; k++) {
      const name = `${period} ${k}`;
      if (k > observed) r[name] = null;
      else if (opts.measure === 'customers') r[name] = counts[row * span + k] / size[row];
      else {
        const base = revenue[row * span];
        r[name] = base === 0 ? null : revenue[row * span + k] / base;
      }
    }
    rows.push(r);
  }
  return aq.from(rows);
}

/**
 * The offset of a cohort table's column: 'month 3' → 3 ('week 3', 'quarter 3', and the bare '3' of
 * tables saved before 0.x), else null (cohort, size).
 * @example cohortOffset('quarter 2') // → 2
 */
export function cohortOffset(column: string): number | null {
  const m = /^(?:(?:week|month|quarter) )?(\d+)$/.exec(column);
  return m ? Number(m[1]) : null;
}

/**
 * The average retention curve of a cohort table, weighted by cohort size over the cohorts where
 * each offset is observed (Σ retained / Σ size; not the mean of the percentages).
 * @example crm.cohortAverage(crm.cohortRetention(tx)) // → [1, 0.4, 0.667]
 */
export function cohortAverage(cohortTable: ColumnTable): (number | null)[] {
  const fn = 'cohortAverage';
  const names = cohortTable.columnNames().filter((c) => cohortOffset(c) !== null);
  if (!cohortTable.columnNames().includes('size') || names.length === 0)
    throw analyticsError(fn, 'expects the output of crm.cohortRetention');
  const size = cohortTable.array('size') as ArrayLike<number>;
  return names.map((k) => {
    const v = cohortTable.array(k) as ArrayLike<number | null>;
    let num = 0;
    let den = 0;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === null || x === undefined) continue;
      num += x * size[i];
      den += size[i];
    }
    return den === 0 ? null : num / den;
  });
}
