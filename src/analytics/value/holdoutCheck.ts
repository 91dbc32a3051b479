/**
 * Does the BG/NBD model predict well? Fit on a calibration period, predict the holdout period
 * that follows, and compare with what customers actually did (as in Fader, Hardie & Lee 2005).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { fitBgNbd, type BgNbdModel } from './bgnbd';
import { dayNumber, toMillis } from '../columnar/dates';
import { resolveRequired } from '../options';
import { asOfDay, readTransactions } from '../columnar/transactions';
import type { TableInput } from '../columnar/tableInput';
import { rfmSummary } from './rfmSummary';

export interface HoldoutOptions {
  /** Last day of the calibration period (required). */
  calibrationEnd: Date | string;
  /** Last day of the holdout (default: the latest order). */
  holdoutEnd: Date | string | undefined;
  /** Days per model time unit (default 7: weeks). */
  timeUnitDays: number;
  /** Frequencies from this value up share the last bucket (default 7: "7+"). */
  maxBucket: number;
}

export interface HoldoutResult {
  model: BgNbdModel;
  /** Per calibration frequency: customers, mean predicted and mean actual repeat purchases in the holdout. */
  table: ColumnTable;
  totalPredicted: number;
  totalActual: number;
  /** Holdout length in model time units. */
  holdoutLength: number;
  warnings: string[];
}

/**
 * @param transactions from {@link prepareTransactions}
 * @param options `{ calibrationEnd, holdoutEnd, timeUnitDays = 7, maxBucket = 7 }`
 * @example
 * const check = crm.holdoutCheck(tx, { calibrationEnd: '1997-09-30' });
 * [check.totalPredicted, check.totalActual] // → [1653.4, 1882] on CDNOW
 */
export function holdoutCheck(
  transactions: TableInput,
  options: Partial<HoldoutOptions> & { calibrationEnd: Date | string },
): HoldoutResult {
  const fn = 'holdoutCheck';
  const opts = resolveRequired<HoldoutOptions, 'calibrationEnd'>(fn, { holdoutEnd: undefined, timeUnitDays: 7, maxBucket: 7 }, options, [
    'calibrationEnd',
  ]);
  const calMs = toMillis(opts.calibrationEnd);
  if (!Number.isFinite(calMs)) throw analyticsError(fn, `calibrationEnd must be a date, not ${String(opts.calibrationEnd)}`);
  const tx = readTransactions(fn, transactions);
  const cal = dayNumber(calMs);
  const end = asOfDay(fn, tx, opts.holdoutEnd);
  if (!(end > cal))
    throw analyticsError(fn, 'the holdout is empty: there are no orders after calibrationEnd (or holdoutEnd is not after it)');
  const summary = rfmSummary(transactions, { calibrationEnd: opts.calibrationEnd, timeUnitDays: opts.timeUnitDays });
  const model = fitBgNbd(summary, { timeUnitDays: opts.timeUnitDays });
  const length = (end - cal) / opts.timeUnitDays;
  // Actual repeat purchases in the holdout: distinct purchase days in (calibrationEnd, holdoutEnd].
  const holdoutDays = new Map<string, Set<number>>();
  for (let i = 0; i < tx.n; i++) {
    if (tx.day[i] <= cal || tx.day[i] > end) continue;
    const id = tx.customers[tx.customer[i]];
    (holdoutDays.get(id) ?? holdoutDays.set(id, new Set()).get(id)!).add(tx.day[i]);
  }
  const ids = summary.array('customerId') as string[];
  const x = summary.array('frequency') as number[];
  const t = summary.array('recency') as number[];
  const T = summary.array('T') as number[];
  const buckets = new Map<number, { customers: number; predicted: number; actual: number }>();
  let totalPredicted = 0;
  let totalActual = 0;
  ids.forEach((id, i) => {
    const predicted = model.conditionalExpectedPurchases(length, x[i], t[i], T[i]);
    const actual = holdoutDays.get(id)?.size ?? 0;
    const k = Math.min(x[i], opts.maxBucket);
    const b = buckets.get(k) ?? { customers: 0, predicted: 0, actual: 0 };
    b.customers++;
    b.predicted += predicted;
    b.actual += actual;
    buckets.set(k, b);
    totalPredicted += predicted;
    totalActual += actual;
  });
  const table = aq.from(
    [...buckets.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([k, b]) => ({
        frequency: k === opts.maxBucket ? `${k}+` : String(k),
        customers: b.customers,
        predicted: b.predicted / b.customers,
        actual: b.actual / b.customers,
      })),
  );
  return { model, table, totalPredicted, totalActual, holdoutLength: length, warnings: [...model.warnings] };
}
