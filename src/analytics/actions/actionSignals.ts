/**
 * What {@link actionList}'s rules read about each customer: order history up to asOf, RFM scores,
 * the latest survey score, and predicted value.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import type { DayMerger } from '../columnar/customerRows';
import { asTable, columnValues } from '../columnar/tableInput';
import type { TransactionArrays } from '../columnar/transactions';
import { DAY_MS, toMillis } from '../columnar/dates';
import type { TableInput } from '../columnar/tableInput';
import type { ActionListOptions } from './actionList';

export interface Signals {
  id: string;
  segment: string | null;
  label: 'champion' | 'loyal' | undefined;
  orders: number;
  since: number;
  /** Median days between purchase days (two or more). */
  interval: number | undefined;
  /** A year of spend at the customer's usual pace (a one-time buyer: their spend). */
  paceValue: number;
  score: number | undefined;
  clv: number | undefined;
  pAlive: number | undefined;
  highValue: boolean;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

export function customerSignals(
  fn: string,
  tx: TransactionArrays,
  merger: DayMerger,
  end: number,
  scores: ColumnTable,
  o: ActionListOptions,
): Signals[] {
  const rfmAt = new Map<string, number>();
  const rfmIds = scores.array('customerId') as ArrayLike<unknown>;
  for (let i = 0; i < rfmIds.length; i++) rfmAt.set(String(rfmIds[i]), i);
  const f = scores.array('f') as ArrayLike<number>;
  const m = scores.array('m') as ArrayLike<number>;
  const segment = scores.array('segment') as ArrayLike<unknown>;
  const latest = o.responses !== undefined ? latestScores(fn, o.responses, o.responseIdColumn, end) : new Map<string, number>();
  const clv = new Map<string, { clv: number; pAlive: number }>();
  let cut = Infinity;
  if (o.clv !== undefined) {
    const t = asTable(fn, o.clv, 'clv');
    if (!t.columnNames().includes('customerId'))
      throw analyticsError(fn, 'clv needs a customerId column: pass the table of predictClv(rfmSummary(tx), …) for identified customers');
    const ids = columnValues(fn, t, 'customerId');
    const values = columnValues(fn, t, 'clv').map(Number);
    const alive = columnValues(fn, t, 'probabilityAlive').map(Number);
    ids.forEach((id, i) => clv.set(String(id), { clv: values[i], pAlive: alive[i] }));
    const sorted = values.filter(Number.isFinite).sort((a, b) => b - a);
    cut = sorted.length ? sorted[Math.max(0, Math.ceil(o.highValueShare * sorted.length) - 1)] : Infinity;
  }
  const out: Signals[] = [];
  for (let c = 0; c < tx.customers.length; c++) {
    const k = merger.merge(c, end);
    if (k === 0) continue;
    const id = tx.customers[c];
    let total = 0;
    for (let j = 0; j < k; j++) total += merger.sums[j];
    const gaps: number[] = [];
    for (let j = 1; j < k; j++) gaps.push(merger.days[j] - merger.days[j - 1]);
    const interval = gaps.length ? median(gaps) : undefined;
    const r = rfmAt.get(id);
    const label = r === undefined ? undefined : f[r] >= 4 && m[r] >= 4 ? 'champion' : f[r] >= 3 ? 'loyal' : undefined;
    const value = clv.get(id);
    out.push({
      id,
      segment: r === undefined ? null : String(segment[r]),
      label,
      orders: k,
      since: end - merger.days[k - 1],
      interval,
      paceValue: interval ? ((total / k) * 365) / Math.max(1, interval) : total,
      score: latest.get(id),
      clv: value && Number.isFinite(value.clv) ? value.clv : undefined,
      pAlive: value && Number.isFinite(value.pAlive) ? value.pAlive : undefined,
      highValue: !!value && value.clv >= cut,
    });
  }
  return out;
}

/** Latest score per id (by date when the responses have one, else the last row), answers after asOf left out. */
export function latestScores(fn: string, responses: TableInput, idColumn: string | undefined, end: number): Map<string, number> {
  const t = asTable(fn, responses, 'responses');
  const idCol = idColumn ?? (t.columnNames().includes('customerId') ? 'customerId' : 'respondentId');
  const ids = columnValues(fn, t, idCol);
  const scores = columnValues(fn, t, 'score');
  const dates = t.columnNames().includes('date') ? columnValues(fn, t, 'date') : undefined;
  const best = new Map<string, { at: number; score: number }>();
  ids.forEach((id, i) => {
    const score = Number(scores[i]);
    if (id === null || id === undefined || scores[i] === null || !Number.isFinite(score)) return;
    const at = dates ? toMillis(dates[i]) : i;
    if (dates && Number.isFinite(at) && at >= (end + 1) * DAY_MS) return;
    const prev = best.get(String(id));
    if (!prev || at >= prev.at) best.set(String(id), { at: Number.isFinite(at) ? at : -Infinity, score });
  });
  return new Map([...best].map(([k, v]) => [k, v.score]));
}
