/**
 * RFM scoring and named segments (spec §7).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { DayMerger } from '../columnar/customerRows';
import { resolveOptions } from '../options';
import { scoreBins, type TieRule } from './scoring';
import { asOfDay, readTransactions } from '../columnar/transactions';
import type { TableInput } from '../columnar/tableInput';
import { SEGMENTS, segmentName, segmentOf, toQuintile, type Language } from './rfmSegments';
import { CodedColumn } from '../columnar/columns';

export interface RfmOptions {
  /** Analysis date (default: the latest order date). Recency is counted in days up to it. */
  asOf: Date | string | undefined;
  /** Number of score bins (default 5, quintiles). */
  bins: number;
  /** Tie rule: 'split' (SQL NTILE, ties broken by customer id) or 'min' (ties share the lower score). */
  ties: TieRule;
  /** M as the total (default) or the mean per purchase day. */
  monetary: 'sum' | 'mean';
  /** Put R = 1, F = 1 in "Lost" (default; a CRM Workbench convention) instead of "Hibernating". */
  lost: boolean;
  /** Language of the segment names: 'en' (default) or 'zh-cn'. */
  language: Language;
}

const DEFAULTS: RfmOptions = { asOf: undefined, bins: 5, ties: 'split', monetary: 'sum', lost: true, language: 'en' };

/**
 * Scores every customer on Recency, Frequency and Monetary value and names their segment.
 *
 * - recency = days from the last purchase to `asOf` (smaller is better, so it is ranked descending);
 * - frequency = distinct purchase days (same-day orders count once, as in PyMC-Marketing);
 * - monetary = total spend (or the mean per purchase day);
 * - r, f, m = scores 1..bins; rfm = the three digits ("545"); segment from the R×F grid (rfmSegments).
 *
 * Transactions after `asOf` are ignored. With `monetary: 'mean'`, an extra `revenue` column holds the
 * total spend (with the default `'sum'`, `monetary` is the total spend and no copy of it is added).
 *
 * @param transactions from {@link prepareTransactions} (columns customerId, orderDate, amount)
 * @param options `{ asOf, bins = 5, ties = 'split' | 'min', monetary = 'sum' | 'mean', lost = true, language = 'en' | 'zh-cn' }`
 * @returns a table: customerId, recency, frequency, monetary, (revenue when `monetary: 'mean'`), r, f, m, rfm, segment
 * @throws when the transactions lack a column or options are invalid
 * @example
 * const scores = crm.rfm(tx, { asOf: '2024-12-31' });
 * scores.objects()[0] // → { customerId: 'C042', recency: 3, frequency: 12, monetary: 1480, r: 5, f: 5, m: 5, rfm: '555', segment: 'Champions' }
 */
export function rfm(transactions: TableInput, options: Partial<RfmOptions> = {}): ColumnTable {
  const fn = 'rfm';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!Number.isInteger(opts.bins) || opts.bins < 2 || opts.bins > 10)
    throw analyticsError(fn, `bins must be an integer from 2 to 10, not ${opts.bins}`);
  if (opts.ties !== 'split' && opts.ties !== 'min') throw analyticsError(fn, `ties must be 'split' or 'min', not ${String(opts.ties)}`);
  if (opts.monetary !== 'sum' && opts.monetary !== 'mean')
    throw analyticsError(fn, `monetary must be 'sum' or 'mean', not ${String(opts.monetary)}`);
  const tx = readTransactions(fn, transactions);
  const end = asOfDay(fn, tx, opts.asOf);
  const merger = new DayMerger(tx);
  const { days, sums } = merger;

  const count = tx.customers.length;
  const ids: string[] = [];
  const recency = new Float64Array(count);
  const frequency = new Float64Array(count);
  const revenue = new Float64Array(count);
  let n = 0;
  for (let c = 0; c < count; c++) {
    const m = merger.merge(c, end);
    if (m === 0) continue; // every purchase after asOf
    let total = 0;
    for (let k = 0; k < m; k++) total += sums[k];
    ids.push(tx.customers[c]);
    recency[n] = end - days[m - 1];
    frequency[n] = m;
    revenue[n++] = total;
  }
  const rec = recency.subarray(0, n);
  const freq = frequency.subarray(0, n);
  const rev = revenue.subarray(0, n);
  const monetary = opts.monetary === 'sum' ? rev : rev.map((r, i) => r / freq[i]);
  const r = scoreBins(rec, ids, { bins: opts.bins, better: 'lower', ties: opts.ties });
  const f = scoreBins(freq, ids, { bins: opts.bins, better: 'higher', ties: opts.ties });
  const m = scoreBins(monetary, ids, { bins: opts.bins, better: 'higher', ties: opts.ties });
  // rfm and segment as codes into their few distinct strings (100k customers, ≤ 1000 and 11 values).
  const rfmCode = new Int32Array(n);
  const segmentCode = new Int32Array(n);
  const names = SEGMENTS.map((name) => segmentName(name, opts.language));
  for (let i = 0; i < n; i++) {
    rfmCode[i] = (r[i] * 11 + f[i]) * 11 + m[i];
    segmentCode[i] = SEGMENTS.indexOf(segmentOf(toQuintile(r[i], opts.bins), toQuintile(f[i], opts.bins), opts.lost));
  }
  const columns: Record<string, unknown> = {
    customerId: ids,
    recency: rec,
    frequency: freq,
    monetary,
    ...(opts.monetary === 'mean' ? { revenue: rev } : {}),
    r,
    f,
    m,
    rfm: new CodedColumn(rfmCode, 11 * 11 * 11, (code) => `${Math.floor(code / 121)}${Math.floor(code / 11) % 11}${code % 11}`),
    segment: CodedColumn.of(segmentCode, names),
  };
  return aq.table(columns as Record<string, unknown[]>);
}
