/**
 * RFM scoring and named segments (spec §7).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from './analyticsError';
import { DayMerger } from './internal/customerRows';
import { resolveOptions } from './internal/options';
import { idRanks, scoreBins, type TieRule } from './internal/scoring';
import { asOfDay, readTransactions } from './internal/transactions';
import type { TableInput } from './internal/tableInput';
import { segmentName, segmentOf, toQuintile, type Language } from './rfmSegments';

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
 * Transactions after `asOf` are ignored. An extra `revenue` column holds the total spend.
 *
 * @param transactions from {@link prepareTransactions} (columns customerId, orderDate, amount)
 * @param options `{ asOf, bins = 5, ties = 'split' | 'min', monetary = 'sum' | 'mean', lost = true, language = 'en' | 'zh-cn' }`
 * @returns a table: customerId, recency, frequency, monetary, revenue, r, f, m, rfm, segment
 * @throws when the transactions lack a column or options are invalid
 * @example
 * const scores = crm.rfm(tx, { asOf: '2024-12-31' });
 * scores.objects()[0] // → { customerId: 'C042', recency: 3, frequency: 12, monetary: 1480, revenue: 1480, r: 5, f: 5, m: 5, rfm: '555', segment: 'Champions' }
 */
export function rfm(transactions: TableInput, options: Partial<RfmOptions> = {}): ColumnTable {
  const fn = 'rfm';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!Number.isInteger(opts.bins) || opts.bins < 2 || opts.bins > 10) throw analyticsError(fn, `bins must be an integer from 2 to 10, not ${opts.bins}`);
  if (opts.ties !== 'split' && opts.ties !== 'min') throw analyticsError(fn, `ties must be 'split' or 'min', not ${String(opts.ties)}`);
  if (opts.monetary !== 'sum' && opts.monetary !== 'mean') throw analyticsError(fn, `monetary must be 'sum' or 'mean', not ${String(opts.monetary)}`);
  const tx = readTransactions(fn, transactions);
  const end = asOfDay(fn, tx, opts.asOf);
  const merger = new DayMerger(tx);
  const { days, sums } = merger;

  const ids: string[] = [];
  const recency: number[] = [];
  const frequency: number[] = [];
  const revenue: number[] = [];
  for (let c = 0; c < tx.customers.length; c++) {
    const m = merger.merge(c, end);
    if (m === 0) continue; // every purchase after asOf
    let total = 0;
    for (let k = 0; k < m; k++) total += sums[k];
    ids.push(tx.customers[c]);
    recency.push(end - days[m - 1]);
    frequency.push(m);
    revenue.push(total);
  }
  const monetary = opts.monetary === 'sum' ? revenue : revenue.map((r, i) => r / frequency[i]);
  const rank = idRanks(ids);
  const r = scoreBins(recency, rank, opts.bins, false, opts.ties);
  const f = scoreBins(frequency, rank, opts.bins, true, opts.ties);
  const m = scoreBins(monetary, rank, opts.bins, true, opts.ties);
  const seg = ids.map((_, i) => segmentName(segmentOf(toQuintile(r[i], opts.bins), toQuintile(f[i], opts.bins), opts.lost), opts.language));
  return aq.table({
    customerId: ids,
    recency,
    frequency,
    monetary,
    revenue,
    r: Array.from(r),
    f: Array.from(f),
    m: Array.from(m),
    rfm: ids.map((_, i) => `${r[i]}${f[i]}${m[i]}`),
    segment: seg,
  });
}
