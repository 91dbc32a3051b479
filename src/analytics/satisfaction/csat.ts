/**
 * Customer satisfaction, top-2-box (spec §6, F-CSAT-1).
 */
import { analyticsError } from '../analyticsError';
import { normalQuantile } from '../numerics/normal';
import { resolveOptions } from '../options';

export interface CsatResult {
  /** Share of ratings in the top two boxes, in percent; null with no valid rating. */
  csat: number | null;
  n: number;
  satisfied: number;
  excluded: number;
  /** Binomial standard error in percentage points: 100·√(p(1 − p)/n). */
  se: number | null;
  ci: [number, number] | null;
  /** The mean rating (a different metric; shown for context). */
  mean: number | null;
  /** Count of each rating 1..scale. */
  distribution: number[];
}

/**
 * CSAT% = 100·(#4 + #5)/n on a 1–5 scale (the top two boxes of any scale). Non-integer,
 * out-of-range and empty ratings are excluded and counted.
 * @param ratings e.g. `table.array('rating')`
 * @param options `{ scale = 5, confidence = 0.95 }`
 * @example crm.csat([1, 2, 3, 4, 4, 5, 5, 5]) // → { csat: 62.5, n: 8, … }
 */
export function csat(ratings: ArrayLike<unknown>, options: Partial<{ scale: number; confidence: number }> = {}): CsatResult {
  const fn = 'csat';
  const opts = resolveOptions(fn, { scale: 5, confidence: 0.95 }, options);
  if (!Number.isInteger(opts.scale) || opts.scale < 3)
    throw analyticsError(fn, `scale must be an integer of at least 3, not ${opts.scale}`);
  const distribution = new Array<number>(opts.scale).fill(0);
  let excluded = 0;
  let sum = 0;
  for (let i = 0; i < ratings.length; i++) {
    const v = ratings[i];
    const s = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isInteger(s) || s < 1 || s > opts.scale) excluded++;
    else {
      distribution[s - 1]++;
      sum += s;
    }
  }
  const n = distribution.reduce((a, b) => a + b, 0);
  const satisfied = distribution[opts.scale - 1] + distribution[opts.scale - 2];
  if (n === 0) return { csat: null, n, satisfied, excluded, se: null, ci: null, mean: null, distribution };
  const p = satisfied / n;
  const se = 100 * Math.sqrt((p * (1 - p)) / n);
  const z = normalQuantile(1 - (1 - opts.confidence) / 2);
  return {
    csat: 100 * p,
    n,
    satisfied,
    excluded,
    se,
    ci: [Math.max(0, 100 * p - z * se), Math.min(100, 100 * p + z * se)],
    mean: sum / n,
    distribution,
  };
}
