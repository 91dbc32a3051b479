/**
 * Customer lifetime value: model-based (BG/NBD + Gamma-Gamma), discounted cash flows, the simple
 * formula and the retention "margin multiple" (spec §4.3, §5).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import type { BgNbdModel } from './bgnbd';
import type { ParetoNbdModel } from './paretoNbd';
import type { GammaGammaModel } from './gammaGamma';
import { resolveRequired } from '../options';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';
import { readMonetary, readSummary, type SummaryColumns } from './summaryInput';
import { customerClv } from './customerClv';
import { clvIntervals, type ClvIntervalOptions } from './clvIntervals';

/**
 * Model time units per month, as lifetimes and PyMC-Marketing use them: days 30, weeks 4.345,
 * months 1, hours 720; any other unit 30/days.
 */
export function periodsPerMonth(timeUnitDays: number): number {
  if (timeUnitDays === 1) return 30;
  if (timeUnitDays === 7) return 4.345;
  if (timeUnitDays === 30) return 1;
  if (Math.abs(timeUnitDays - 1 / 24) < 1e-12) return 720;
  return 30 / timeUnitDays;
}

/** What predictClv needs of a repeat-purchase model (BG/NBD or Pareto/NBD). */
export interface PurchaseModel {
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  probabilityAlive(x: number, tx: number, T: number): number;
  readonly timeUnitDays: number;
}

export interface PredictClvOptions {
  /** A fitted BG/NBD model (give this or `paretoNbd`). */
  bgnbd: BgNbdModel | undefined;
  /** A fitted Pareto/NBD model, used in place of BG/NBD. */
  paretoNbd: ParetoNbdModel | undefined;
  gammaGamma: GammaGammaModel;
  /** Horizon in months (default 12). */
  months: number;
  /** Discount rate per month (default 0.01); month k is discounted by (1 + d)^k. */
  monthlyDiscount: number;
  /** Days per time unit of the summary; default: the BG/NBD model's. */
  timeUnitDays: number | undefined;
  columns: Partial<SummaryColumns>;
  /**
   * Per-customer intervals from the fits' parameter uncertainty (`true` or `{ draws = 200, level = 0.9, seed = 42 }`;
   * default none): adds expectedLower/Upper, aliveLower/Upper and clvLower/Upper. See clvIntervals.ts
   * for what they cover (the parameters' uncertainty only) and what they do not.
   */
  intervals: Partial<ClvIntervalOptions> | true | undefined;
}

/**
 * Per customer (F-CLV-1, the lifetimes / PyMC-Marketing convention):
 * CLV = Σ_{k=1..months} m̂ · (E[Y(k·f)] − E[Y((k−1)·f)]) / (1 + d)^k, with m̂ the Gamma-Gamma
 * expected spend and f model units per month. The time unit matters: weekly data read as daily
 * inflates CLV several times over, so the unit is taken from the model unless given.
 * The purchase model is BG/NBD (`bgnbd`) or Pareto/NBD (`paretoNbd`); the formula is the same.
 *
 * With `intervals`, parameter sets are drawn from the fits' asymptotic normal distributions (the
 * purchase model's and, when it has one, the Gamma-Gamma model's covariance) and each customer's
 * percentiles over the draws are added. They show how much the estimates could move with other
 * parameter values that fit the data about as well; they do not include the randomness of the
 * customer's own future purchases, nor model misspecification.
 * @param summary from {@link rfmSummary}
 * @param options `{ bgnbd | paretoNbd, gammaGamma, months = 12, monthlyDiscount = 0.01, timeUnitDays, columns, intervals }`
 * @returns a table: customerId (when present), frequency, recency, T, expectedPurchases (over the horizon), probabilityAlive, expectedSpend, clv; with intervals also expectedLower/Upper, aliveLower/Upper, clvLower/Upper
 * @throws with intervals, when a model has no covariance (loaded from JSON: refit it)
 * @example crm.predictClv(summary, { bgnbd, gammaGamma }).objects()[0].clv // → 36.28 (CDNOW customer 1, REF-CLV-01)
 * @example crm.predictClv(summary, { bgnbd, gammaGamma, intervals: { draws: 500 } }).objects()[0] // → { clv: 36.28, clvLower: …, clvUpper: … }
 */
export function predictClv(summary: TableInput, options: Partial<PredictClvOptions> & { gammaGamma: GammaGammaModel }): ColumnTable {
  const fn = 'predictClv';
  const defaults: Omit<PredictClvOptions, 'gammaGamma'> = {
    bgnbd: undefined,
    paretoNbd: undefined,
    months: 12,
    monthlyDiscount: 0.01,
    timeUnitDays: undefined,
    columns: {},
    intervals: undefined,
  };
  const opts = resolveRequired<PredictClvOptions, 'gammaGamma'>(fn, defaults, options, ['gammaGamma']);
  if (opts.bgnbd && opts.paretoNbd) throw analyticsError(fn, 'give one purchase model, bgnbd or paretoNbd, not both');
  const purchases: PurchaseModel | undefined = opts.bgnbd ?? opts.paretoNbd;
  if (!purchases || typeof purchases.conditionalExpectedPurchases !== 'function') {
    throw analyticsError(
      fn,
      'needs a fitted BG/NBD or Pareto/NBD model: { bgnbd: crm.fitBgNbd(summary) } or { paretoNbd: crm.fitParetoNbd(summary) }',
    );
  }
  if (!opts.gammaGamma || typeof opts.gammaGamma.conditionalExpectedSpend !== 'function')
    throw analyticsError(fn, 'needs a fitted Gamma-Gamma model: { gammaGamma: crm.fitGammaGamma(summary) }');
  if (!Number.isInteger(opts.months) || opts.months < 1) throw analyticsError(fn, `months must be a whole number ≥ 1, not ${opts.months}`);
  if (!(opts.monthlyDiscount > -1)) throw analyticsError(fn, `monthlyDiscount must be above −1, not ${opts.monthlyDiscount}`);
  const unit = opts.timeUnitDays ?? purchases.timeUnitDays;
  const f = periodsPerMonth(unit);
  const s = readSummary(fn, summary, opts.columns);
  const { m } = readMonetary(fn, summary, opts.columns);
  const t = asTable(fn, summary);
  const ids = t.columnNames().includes('customerId') ? columnValues(fn, t, 'customerId') : undefined;
  const plan = { months: opts.months, f, monthlyDiscount: opts.monthlyDiscount };
  const est = customerClv(purchases, opts.gammaGamma, s, m, plan);
  const iv = opts.intervals ? clvIntervals(fn, purchases as never, opts.gammaGamma, s, m, plan, opts.intervals) : undefined;
  const out: Record<string, ArrayLike<unknown>> = {
    frequency: s.x,
    recency: s.tx,
    T: s.T,
    expectedPurchases: est.expected,
    ...(iv && { expectedLower: iv.expectedLower, expectedUpper: iv.expectedUpper }),
    probabilityAlive: est.alive,
    ...(iv && { aliveLower: iv.aliveLower, aliveUpper: iv.aliveUpper }),
    expectedSpend: est.spend,
    clv: est.clv,
    ...(iv && { clvLower: iv.clvLower, clvUpper: iv.clvUpper }),
  };
  const plain = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Array.from(v)]));
  return aq.table(ids ? { customerId: ids, ...plain } : plain);
}

/**
 * Discounted cash flows with end-of-period payments: Σ_{t=1..N} R_t/(1 + d)^t (F-CLV-5).
 * @example crm.dcfClv([1000, 1000, 1000, 1000, 1000], 0.1) // → 3790.79 (REF-DCF-01; not 3872.78)
 */
export function dcfClv(cashflows: number[], rate: number): number {
  const fn = 'dcfClv';
  if (!Array.isArray(cashflows) || cashflows.some((c) => typeof c !== 'number' || !Number.isFinite(c)))
    throw analyticsError(fn, 'cashflows must be an array of numbers, one per period');
  if (!(rate > -1)) throw analyticsError(fn, `the discount rate must be above −1, not ${rate}`);
  return cashflows.reduce((s, c, t) => s + c / Math.pow(1 + rate, t + 1), 0);
}

/**
 * Simple CLV = AOV × purchases per period × lifespan in periods × margin (F-CLV-3). With a
 * constant churn per period instead of a lifespan, lifespan = 1/churn.
 * @example crm.simpleClv({ aov: 50, frequency: 4, lifespan: 3, margin: 0.3 }) // → 180
 */
export function simpleClv(input: { aov: number; frequency: number; lifespan?: number; churn?: number; margin?: number }): number {
  const fn = 'simpleClv';
  const { aov, frequency, margin = 1 } = input ?? ({} as never);
  for (const [k, v] of Object.entries({ aov, frequency, margin }))
    if (typeof v !== 'number' || !(v >= 0)) throw analyticsError(fn, `${k} must be a number ≥ 0, not ${String(v)}`);
  let lifespan = input.lifespan;
  if (lifespan === undefined) {
    if (!(typeof input.churn === 'number' && input.churn > 0 && input.churn <= 1))
      throw analyticsError(fn, 'give lifespan (periods) or churn per period (0 < churn ≤ 1; 0 would mean an infinite lifespan)');
    lifespan = 1 / input.churn;
  }
  return aov * frequency * lifespan * margin;
}

/**
 * Retention-based CLV for a constant margin m per period, retention r and discount d, over an
 * infinite horizon (F-CLV-4). Default timing 'end-retained' is Gupta & Lehmann's margin multiple
 * m·r/(1 + d − r); 'end' is m/(1 + d − r) (first margin certain, at the end of period 1);
 * 'start' is m(1 + d)/(1 + d − r) (first margin now).
 * @example crm.marginMultipleClv({ margin: 100, retention: 0.8, discount: 0.1 }) // → 266.67 (REF-CLV-03)
 */
export function marginMultipleClv(input: {
  margin: number;
  retention: number;
  discount: number;
  timing?: 'end-retained' | 'end' | 'start';
}): number {
  const fn = 'marginMultipleClv';
  const { margin, retention, discount, timing = 'end-retained' } = input ?? ({} as never);
  if (!(typeof margin === 'number' && Number.isFinite(margin))) throw analyticsError(fn, `margin must be a number, not ${String(margin)}`);
  if (!(retention >= 0 && retention < 1)) throw analyticsError(fn, `retention must be in [0, 1), not ${retention}`);
  if (!(discount > -1)) throw analyticsError(fn, `discount must be above −1, not ${discount}`);
  if (retention >= 1 + discount) throw analyticsError(fn, 'retention ≥ 1 + discount makes the sum diverge');
  const base = margin / (1 + discount - retention);
  switch (timing) {
    case 'end-retained':
      return base * retention;
    case 'end':
      return base;
    case 'start':
      return base * (1 + discount);
    default:
      throw analyticsError(fn, `timing must be 'end-retained', 'end' or 'start', not ${String(timing)}`);
  }
}
