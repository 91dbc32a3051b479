import type { ColumnTable } from 'arquero';
import { type TieRule } from './scoring';
import type { TableInput } from '../columnar/tableInput';
import { type Language } from './rfmSegments';
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
export declare function rfm(transactions: TableInput, options?: Partial<RfmOptions>): ColumnTable;
