/**
 * Customer retention and churn over one period (spec §8, F-RET-1/2).
 */
import { analyticsError } from '../analyticsError';

export interface RetentionResult {
  /** (E − N)/S; null when S = 0 (undefined, not 0). */
  retention: number | null;
  /** L/S = 1 − retention. */
  churn: number | null;
  /** Customers lost: S − (E − N). */
  lost: number;
  /** Why a rate is null. */
  reason?: string;
}

/**
 * CRR = (E − N)/S and churn = L/S with L = S − (E − N). Not (S − E)/S, which nets new customers
 * against losses. Reactivated former customers count as new (N) in the caller's numbers. Not E/S
 * either, which exceeds 100% in a growing shop ("108.8%"): docs/formulas.md §2 (中文:
 * docs/formulas.zh-cn.md).
 * @param counts `{ start: S, end: E, acquired: N }` customer counts
 * @throws when a count is not a non-negative integer or E − N falls outside 0..S
 * @example crm.retentionRate({ start: 200, end: 180, acquired: 40 }) // → { retention: 0.7, churn: 0.3, lost: 60 }
 */
export function retentionRate(counts: { start: number; end: number; acquired: number }): RetentionResult {
  const fn = 'retentionRate';
  if (!counts || typeof counts !== 'object') throw analyticsError(fn, 'expects { start, end, acquired }');
  for (const k of ['start', 'end', 'acquired'] as const) {
    const v = counts[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw analyticsError(fn, `${k} must be a non-negative whole number of customers, not ${String(v)}`);
  }
  const { start: S, end: E, acquired: N } = counts;
  const kept = E - N;
  if (kept < 0)
    throw analyticsError(fn, `end − acquired is negative (${E} − ${N}): the period cannot end with fewer customers than it acquired`);
  if (kept > S) throw analyticsError(fn, `end − acquired (${kept}) exceeds start (${S}): more customers were kept than there were`);
  if (S === 0) return { retention: null, churn: null, lost: 0, reason: 'no customers at the start of the period' };
  return { retention: kept / S, churn: (S - kept) / S, lost: S - kept };
}

/**
 * Converts a per-period rate under a constant rate: annual retention = monthly^12 (F-RET-3).
 * @example crm.compoundChurn(0.05, 12) // → 0.45964 (not 0.60)
 */
export function compoundChurn(churnPerPeriod: number, periods: number): number {
  if (!(churnPerPeriod >= 0 && churnPerPeriod <= 1))
    throw analyticsError('compoundChurn', `churn must be between 0 and 1, not ${churnPerPeriod}`);
  return 1 - (1 - churnPerPeriod) ** periods;
}
