/**
 * Net Promoter Score with its standard error and confidence intervals (spec §6, F-NPS-1..3).
 */
import { analyticsError } from '../analyticsError';
import { normalQuantile } from '../numerics/normal';
import { resolveOptions } from '../options';

export interface NpsOptions {
  /** Confidence level of the interval (default 0.95). */
  confidence: number;
}

export interface NpsResult {
  /** NPS in points, −100..100; null when there is no valid response (never 0). */
  nps: number | null;
  /** Valid responses. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Responses left out: null, non-numeric, non-integer or outside 0..10. */
  excluded: number;
  /** Standard error in points (Wald, trinomial: 100·√((p + d − (p − d)²)/n)). */
  se: number | null;
  /** Margin of error: z·se. */
  moe: number | null;
  /** Wald interval, clipped to [−100, 100]. */
  ci: [number, number] | null;
  /** Adjusted Wald (n + 3, ¾ added to promoters and detractors): better for small n and all-one-category samples. */
  adjusted: { nps: number; se: number; ci: [number, number] } | null;
  confidence: number;
}

/** Counts of promoters, passives, detractors and excluded values. */
/**
 * The NPS category of one answer: promoter (9–10), passive (7–8), detractor (0–6), or null when
 * the answer is not an integer from 0 to 10 (numeric strings are read as numbers).
 * @example npsCategory(9) // → 'promoter'
 */
export function npsCategory(v: unknown): 'promoter' | 'passive' | 'detractor' | null {
  const s = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isInteger(s) || s < 0 || s > 10) return null;
  return s >= 9 ? 'promoter' : s >= 7 ? 'passive' : 'detractor';
}

export function npsCounts(scores: ArrayLike<unknown>): { promoters: number; passives: number; detractors: number; excluded: number } {
  const c = { promoters: 0, passives: 0, detractors: 0, excluded: 0 };
  for (let i = 0; i < scores.length; i++) {
    const k = npsCategory(scores[i]);
    if (k === 'promoter') c.promoters++;
    else if (k === 'passive') c.passives++;
    else if (k === 'detractor') c.detractors++;
    else c.excluded++;
  }
  return c;
}

const clip = (x: number) => Math.max(-100, Math.min(100, x));

/** NPS, SE and interval from counts. */
export function npsFromCounts(promoters: number, passives: number, detractors: number, excluded = 0, confidence = 0.95): NpsResult {
  const n = promoters + passives + detractors;
  const base = { n, promoters, passives, detractors, excluded, confidence };
  if (n === 0) return { ...base, nps: null, se: null, moe: null, ci: null, adjusted: null };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const wald = (p: number, d: number, m: number) => 100 * Math.sqrt((p + d - (p - d) ** 2) / m);
  const p = promoters / n;
  const d = detractors / n;
  const nps = 100 * (p - d);
  const se = wald(p, d, n);
  const n2 = n + 3;
  const p2 = (promoters + 0.75) / n2;
  const d2 = (detractors + 0.75) / n2;
  const adjNps = 100 * (p2 - d2);
  const adjSe = wald(p2, d2, n2);
  return {
    ...base,
    nps,
    se,
    moe: z * se,
    ci: [clip(nps - z * se), clip(nps + z * se)],
    adjusted: { nps: adjNps, se: adjSe, ci: [clip(adjNps - z * adjSe), clip(adjNps + z * adjSe)] },
  };
}

/**
 * Net Promoter Score of 0..10 answers: promoters 9–10, passives 7–8, detractors 0–6;
 * NPS = 100·(p − d) points. Invalid answers are excluded and counted, never guessed.
 *
 * The standard error keeps the covariance term (a common blog formula drops it and understates
 * the error). With few answers, or all in one category (Wald SE 0), use `adjusted`.
 * NPS is not the mean score nor the mean of (score − 1): see docs/formulas.md §1 (中文:
 * docs/formulas.zh-cn.md) for the common version, a worked example and why they differ.
 *
 * @param scores answers, e.g. `table.array('score')`
 * @param options `{ confidence = 0.95 }`
 * @example
 * crm.nps([...Array(50).fill(10), ...Array(30).fill(8), ...Array(20).fill(3)])
 * // → { nps: 30, n: 100, se: 7.8102, moe: 15.3079, ci: [14.69, 45.31], adjusted: { nps: 29.1262, se: 7.6915, ci: [14.0509, 44.2016] }, … }
 */
export function nps(scores: ArrayLike<unknown>, options: Partial<NpsOptions> = {}): NpsResult {
  const fn = 'nps';
  const opts = resolveOptions(fn, { confidence: 0.95 }, options);
  if (!(opts.confidence > 0 && opts.confidence < 1)) throw analyticsError(fn, `confidence must be between 0 and 1, not ${opts.confidence}`);
  if (!scores || typeof scores.length !== 'number') throw analyticsError(fn, 'expects an array of scores, e.g. table.array("score")');
  const c = npsCounts(scores);
  return npsFromCounts(c.promoters, c.passives, c.detractors, c.excluded, opts.confidence);
}
