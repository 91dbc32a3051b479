/**
 * Comparing two independent NPS surveys (spec §6, F-NPS-4).
 */
import { analyticsError } from '../analyticsError';
import { nps, type NpsResult } from './nps';
import { twoSidedP } from '../numerics/normal';

export interface NpsComparison {
  a: number;
  b: number;
  /** a − b in points. */
  difference: number;
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** p < 1 − confidence. */
  significant: boolean;
}

/**
 * z = (NPS₁ − NPS₂)/√(SE₁² + SE₂²), two-sided p = 2(1 − Φ(|z|)). Valid for independent samples
 * only (not the same respondents twice).
 * @param a, b NPS results or arrays of 0..10 scores
 * @example
 * crm.compareNps(crm.npsFromCounts(50, 30, 20), crm.npsFromCounts(40, 30, 30))
 * // → { a: 30, b: 10, difference: 20, z: 1.7541, p: 0.0794, significant: false }
 */
export function compareNps(
  a: NpsResult | ArrayLike<unknown>,
  b: NpsResult | ArrayLike<unknown>,
  options: { confidence?: number } = {},
): NpsComparison {
  const fn = 'compareNps';
  const ra = 'nps' in (a as object) && 'se' in (a as object) ? (a as NpsResult) : nps(a as ArrayLike<unknown>);
  const rb = 'nps' in (b as object) && 'se' in (b as object) ? (b as NpsResult) : nps(b as ArrayLike<unknown>);
  if (ra.nps === null || rb.nps === null || ra.se === null || rb.se === null)
    throw analyticsError(fn, 'both surveys need at least one valid response');
  const denom = Math.sqrt(ra.se ** 2 + rb.se ** 2);
  if (denom === 0)
    throw analyticsError(
      fn,
      'both surveys have a standard error of 0 (all answers in one category); compare adjusted scores or collect more answers',
    );
  const z = (ra.nps - rb.nps) / denom;
  const p = twoSidedP(z);
  const confidence = options.confidence ?? 0.95;
  return { a: ra.nps, b: rb.nps, difference: ra.nps - rb.nps, z, p, significant: p < 1 - confidence };
}
