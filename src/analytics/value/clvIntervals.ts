/**
 * Per-customer intervals of expected purchases, P(alive) and CLV for `predictClv`: parameter sets
 * are drawn from each fit's asymptotic normal distribution (parameterDraws.ts, as
 * {@link customerIntervals} does), every customer's CLV is recomputed under each draw, and the
 * interval is the draws' percentiles.
 *
 * What it covers: the uncertainty of the estimated parameters of the purchase model (BG/NBD or
 * Pareto/NBD) and, when the Gamma-Gamma model has its covariance (a fresh fit, not one loaded
 * from JSON), of the spend model; the two fits are separate, so their draws are independent.
 * What it does not cover: the randomness of each customer's own future purchases and spend (a
 * customer expected to buy 1.2 times buys 0, 1, 2, …), nor the risk that the models are wrong for
 * the data. It is an interval for the expected CLV, not a prediction interval for the CLV realised.
 * A spend draw with q ≤ 1 (no finite mean spend) is drawn again.
 */
import { analyticsError } from '../analyticsError';
import { seededRandom } from '../numerics/rng';
import { resolveOptions } from '../options';
import { purchaseCurve, type ClvPlan, type PurchaseCurve, type SpendModel } from './customerClv';
import { parameterSampler, quantile } from './parameterDraws';
import type { SummaryArrays } from './summaryInput';

export interface ClvIntervalOptions {
  /** Parameter sets drawn (default 200). */
  draws: number;
  /** Central coverage of the interval (default 0.9: the 5th to 95th percentiles). */
  level: number;
  /** Seed of the draws (default 42). */
  seed: number;
}

const DEFAULTS: ClvIntervalOptions = { draws: 200, level: 0.9, seed: 42 };

/** A fitted model whose parameters can be drawn. */
interface Drawable<M> {
  params: object;
  covariance: number[][] | null;
  withParams(params: never): M;
}

export const CLV_INTERVAL_COLUMNS = ['expectedLower', 'expectedUpper', 'aliveLower', 'aliveUpper', 'clvLower', 'clvUpper'] as const;

/** Values held at once: distinct (x, t_x, T) per chunk × draws × 3 measures stays near 6 million numbers. */
const CHUNK_VALUES = 2_000_000;

/**
 * @param purchases the fitted purchase model (with its covariance)
 * @param spend the fitted Gamma-Gamma model (its parameters are held fixed when it has no covariance)
 * @returns the interval columns, one value per customer of `s`
 * @example clvIntervals('predictClv', bgnbd, gammaGamma, s, m, { months: 12, f: 4.345, monthlyDiscount: 0.01 }, { draws: 200 })
 * // → { clvLower: Float64Array [31.9, …], clvUpper: Float64Array [40.8, …], … }
 */
export function clvIntervals(
  fn: string,
  purchases: Drawable<PurchaseCurve>,
  spend: SpendModel & Partial<Drawable<SpendModel>>,
  s: SummaryArrays,
  m: Float64Array,
  plan: ClvPlan,
  options: Partial<ClvIntervalOptions> | true,
): Record<(typeof CLV_INTERVAL_COLUMNS)[number], Float64Array> {
  const o = resolveOptions(`${fn} (intervals)`, DEFAULTS, options === true ? {} : options);
  if (!Number.isInteger(o.draws) || o.draws < 10 || o.draws > 100_000)
    throw analyticsError(fn, `intervals.draws must be a whole number from 10 to 100,000, not ${String(o.draws)}`);
  if (!(o.level > 0 && o.level < 1)) throw analyticsError(fn, `intervals.level must be between 0 and 1, not ${String(o.level)}`);
  if (!Number.isInteger(o.seed)) throw analyticsError(fn, `intervals.seed must be an integer, not ${String(o.seed)}`);
  if (typeof purchases.withParams !== 'function') throw analyticsError(fn, 'intervals need a fitted BG/NBD or Pareto/NBD model');
  const drawPurchases = parameterSampler(fn, 'the purchase model', purchases.params, purchases.covariance);
  const drawSpend =
    spend.covariance && spend.params && typeof spend.withParams === 'function'
      ? parameterSampler(fn, 'the Gamma-Gamma model', spend.params, spend.covariance)
      : null;
  const random = seededRandom(o.seed);
  // A spend draw with q ≤ 1 has no mean spend (pγ/(q − 1)): it is drawn again (a truncated normal).
  const spendDraw = () => {
    for (let k = 0; k < 100; k++) {
      const g = drawSpend!(random) as { q: number };
      if (g.q > 1) return spend.withParams!(g as never);
    }
    throw analyticsError(
      fn,
      'the Gamma-Gamma parameters are too uncertain to draw from (q ≤ 1 in 100 draws in a row); fit on more repeat buyers',
    );
  };
  // All purchase draws first (the same as customerIntervals' for this seed), then the spend draws.
  const purchaseModels = Array.from({ length: o.draws }, () => purchases.withParams(drawPurchases(random) as never));
  const models = purchaseModels.map((p) => ({ purchases: p, spend: drawSpend ? spendDraw() : spend }));
  const out = Object.fromEntries(CLV_INTERVAL_COLUMNS.map((c) => [c, new Float64Array(s.n)])) as Record<
    (typeof CLV_INTERVAL_COLUMNS)[number],
    Float64Array
  >;
  // The customers of each distinct (x, t_x, T): their purchase curves are the same under every draw.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < s.n; i++) {
    const key = `${s.x[i]},${s.tx[i]},${s.T[i]}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const keys = [...groups.values()];
  const lo = (1 - o.level) / 2;
  const D = o.draws;
  const chunk = Math.max(1, Math.floor(CHUNK_VALUES / D));
  const clv = new Float64Array(D);
  for (let from = 0; from < keys.length; from += chunk) {
    const part = keys.slice(from, from + chunk);
    const total = new Float64Array(part.length * D);
    const alive = new Float64Array(part.length * D);
    const discounted = new Float64Array(part.length * D);
    models.forEach((model, d) =>
      part.forEach(([i], k) => {
        const c = purchaseCurve(model.purchases, s.x[i], s.tx[i], s.T[i], plan);
        total[k * D + d] = c.total;
        alive[k * D + d] = c.alive;
        discounted[k * D + d] = c.discounted;
      }),
    );
    part.forEach((members, k) => {
      const e = total.subarray(k * D, (k + 1) * D).sort();
      const a = alive.subarray(k * D, (k + 1) * D).sort();
      const disc = discounted.subarray(k * D, (k + 1) * D);
      for (const i of members) {
        out.expectedLower[i] = quantile(e, lo);
        out.expectedUpper[i] = quantile(e, 1 - lo);
        out.aliveLower[i] = quantile(a, lo);
        out.aliveUpper[i] = quantile(a, 1 - lo);
        const x = s.x[i];
        for (let d = 0; d < D; d++) clv[d] = models[d].spend.conditionalExpectedSpend(x, x > 0 ? m[i] : 0) * disc[d];
        clv.sort();
        out.clvLower[i] = quantile(clv, lo);
        out.clvUpper[i] = quantile(clv, 1 - lo);
      }
    });
  }
  return out;
}
