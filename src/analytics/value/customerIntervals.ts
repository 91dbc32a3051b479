/**
 * Per-customer intervals for the repeat-buying models (BG/NBD, Pareto/NBD): parameter sets are
 * drawn from the fit's asymptotic normal distribution and each customer's expected purchases and
 * P(alive) are recomputed under every draw; the interval is the draws' percentiles.
 *
 * What the interval covers: the uncertainty of the estimated population parameters only (how far
 * r, α, … could be from their estimates given this many customers). It does not cover the
 * randomness of the customer's own future purchases (a customer expected to buy 1.2 times buys 0,
 * 1, 2, …), nor the risk that the model itself is wrong for the data. Draws are made on the log
 * scale (log θ ~ N(log θ̂, D⁻¹ΣD⁻¹) by the delta method) so that every parameter stays positive
 * (parameterDraws.ts, shared with `predictClv`'s `intervals`, which adds CLV).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { seededRandom } from '../numerics/rng';
import { parameterSampler, quantile } from './parameterDraws';
import { resolveOptions } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { readSummary, type SummaryColumns } from './summaryInput';
import type { BgNbdModel } from './bgnbd';
import type { ParetoNbdModel } from './paretoNbd';

export interface CustomerIntervalOptions {
  /** Horizon in model time units for the expected purchases (required). */
  t: number;
  /** Parameter sets drawn (default 500). */
  draws: number;
  /** Central coverage of the interval (default 0.9: the 5th to 95th percentiles). */
  level: number;
  seed: number;
  columns: Partial<SummaryColumns>;
}

const DEFAULTS: CustomerIntervalOptions = { t: NaN, draws: 500, level: 0.9, seed: 42, columns: {} };

type Model = BgNbdModel | ParetoNbdModel;

/** What the draws need of either model. */
interface Predictor {
  params: object;
  covariance: number[][] | null;
  withParams(params: never): Predictor;
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  probabilityAlive(x: number, tx: number, T: number): number;
}

/**
 * @param model a fitted `crm.fitBgNbd` or `crm.fitParetoNbd` model (with its covariance)
 * @param summary the customers (frequency, recency, T), e.g. from {@link rfmSummary}
 * @param options `{ t, draws = 500, level = 0.9, seed = 42, columns }`
 * @returns a table: customerId (when present), expectedPurchases with expectedLower/expectedUpper, probabilityAlive with aliveLower/aliveUpper
 * @throws when the model has no covariance (loaded from JSON, or the Hessian was singular)
 * @example crm.customerIntervals(paretoModel, summary, { t: 52 }).objects()[0] // → { expectedPurchases: 1.2, expectedLower: 1.1, … }
 */
export function customerIntervals(
  fitted: Model,
  summary: TableInput,
  options: Partial<CustomerIntervalOptions> & { t: number },
): ColumnTable {
  const fn = 'customerIntervals';
  const o = resolveOptions(fn, DEFAULTS, options);
  if (!(o.t > 0 && Number.isFinite(o.t)))
    throw analyticsError(fn, `t (the horizon in model time units) must be a positive number, not ${String(o.t)}`);
  if (!Number.isInteger(o.draws) || o.draws < 10) throw analyticsError(fn, `draws must be a whole number ≥ 10, not ${String(o.draws)}`);
  if (!(o.level > 0 && o.level < 1)) throw analyticsError(fn, `level must be between 0 and 1, not ${String(o.level)}`);
  const model = fitted as unknown as Predictor;
  if (!model || typeof model.withParams !== 'function') throw analyticsError(fn, 'needs a fitted BG/NBD or Pareto/NBD model');
  const draw = parameterSampler(fn, 'the model', model.params, model.covariance);
  const s = readSummary(fn, summary, o.columns);
  const t = asTable(fn, summary);
  const random = seededRandom(o.seed);
  const expected = Array.from({ length: s.n }, () => new Float64Array(o.draws));
  const alive = Array.from({ length: s.n }, () => new Float64Array(o.draws));
  for (let d = 0; d < o.draws; d++) {
    const params = draw(random);
    const m = model.withParams(params as never);
    const cache = new Map<string, [number, number]>();
    for (let i = 0; i < s.n; i++) {
      const key = `${s.x[i]},${s.tx[i]},${s.T[i]}`;
      let v = cache.get(key);
      if (!v)
        cache.set(key, (v = [m.conditionalExpectedPurchases(o.t, s.x[i], s.tx[i], s.T[i]), m.probabilityAlive(s.x[i], s.tx[i], s.T[i])]));
      expected[i][d] = v[0];
      alive[i][d] = v[1];
    }
  }
  const lo = (1 - o.level) / 2;
  const out: Record<string, number[]> = {
    expectedPurchases: [],
    expectedLower: [],
    expectedUpper: [],
    probabilityAlive: [],
    aliveLower: [],
    aliveUpper: [],
  };
  for (let i = 0; i < s.n; i++) {
    const e = expected[i].sort();
    const a = alive[i].sort();
    out.expectedPurchases.push(model.conditionalExpectedPurchases(o.t, s.x[i], s.tx[i], s.T[i]));
    out.expectedLower.push(quantile(e, lo));
    out.expectedUpper.push(quantile(e, 1 - lo));
    out.probabilityAlive.push(model.probabilityAlive(s.x[i], s.tx[i], s.T[i]));
    out.aliveLower.push(quantile(a, lo));
    out.aliveUpper.push(quantile(a, 1 - lo));
  }
  const ids = t.columnNames().includes('customerId') ? { customerId: columnValues(fn, t, 'customerId') } : {};
  return aq.table({ ...ids, ...out });
}
