/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005; spec §3).
 */
import { analyticsError } from '../analyticsError';
import { hessian, invert } from '../numerics/nelderMead';
import { minimize } from '../numerics/minimize';
import { hyp2f1, lnBeta, lnGamma, logistic, logSumExp } from '../numerics/special';
import { resolveOptions } from '../options';
import { readSummary, type SummaryColumns } from './summaryInput';
import { btydFitInput, edgeParameters, fitWarnings, penalizedObjective, sampledObjective } from './btydFit';
import { checkCustomer } from './checkCustomer';
import type { Language } from '../segments/index';
import type { TableInput } from '../columnar/tableInput';
import { summaryLogLikelihood, type CompressedSummary } from '../numerics/bgNbdLikelihood';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * ln L of one customer (F-BG-1), in log space with log-sum-exp so that large x cannot underflow
 * [Hardie note 027].
 * @example bgNbdLogLikelihood({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 200, 38, 40) // → 100.7957 (REF-BG-08)
 */
export function bgNbdLogLikelihood(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnA = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
  const t1 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return lnA + t1;
  const t2 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return lnA + logSumExp([t1, t2]);
}

export interface BgNbdJson {
  type: 'crm-workbench/bgnbd';
  version: 1;
  params: BgNbdParams;
  logLikelihood: number;
  converged: boolean;
  standardErrors: BgNbdParams | null;
  timeUnitDays: number;
  customers: number;
  warnings: string[];
}

/** What a BG/NBD model holds besides its parameters: how the fit went, and on what. */
export type BgNbdFit = Omit<BgNbdJson, 'type' | 'version' | 'params'>;

/** A model known only by its parameters (a published fit): no likelihood, not converged, 1-day unit. */
const BGNBD_FIT_DEFAULTS: BgNbdFit = {
  logLikelihood: NaN,
  converged: false,
  standardErrors: null,
  timeUnitDays: 1,
  customers: 0,
  warnings: [],
};

/**
 * A fitted (or loaded) BG/NBD model. Times are in the model's unit (`timeUnitDays` days).
 * @example
 * const m = new BgNbdModel({ params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnitDays: 7 });
 * m.expectedPurchases(52) // → about 1.45 repeat purchases in a year of weeks
 */
export class BgNbdModel {
  readonly params: BgNbdParams;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly standardErrors: BgNbdParams | null;
  readonly timeUnitDays: number;
  readonly customers: number;
  readonly warnings: string[];
  /** Asymptotic covariance of (r, α, a, b), the inverse Hessian of −ln L at the fit (null when loaded or not computable). */
  readonly covariance: number[][] | null;

  constructor(model: { params: BgNbdParams; covariance?: number[][] | null } & Partial<BgNbdFit>) {
    const { covariance = null, ...rest } = model;
    this.covariance = covariance;
    const fit = resolveOptions('BgNbdModel', { ...BGNBD_FIT_DEFAULTS, params: model.params }, rest);
    this.params = fit.params;
    this.logLikelihood = fit.logLikelihood;
    this.converged = fit.converged;
    this.standardErrors = fit.standardErrors;
    this.timeUnitDays = fit.timeUnitDays;
    this.customers = fit.customers;
    this.warnings = fit.warnings;
  }

  /** A copy with other parameters (for drawing parameter sets); the fit statistics are kept. */
  withParams(params: BgNbdParams): BgNbdModel {
    const { logLikelihood, converged, standardErrors, timeUnitDays, customers, warnings, covariance } = this;
    return new BgNbdModel({ params, logLikelihood, converged, standardErrors, timeUnitDays, customers, warnings, covariance });
  }

  /** E[X(t)]: repeat purchases a new customer makes in (0, t] (F-BG-2). */
  expectedPurchases(t: number): number {
    const { r, alpha } = this.params;
    const a = this.params.a === 1 ? 1 + 1e-9 : this.params.a;
    const b = this.params.b;
    if (t === 0) return 0;
    return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
  }

  private aliveTerm(x: number, tx: number, T: number): number {
    const { r, alpha, a, b } = this.params;
    return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  }

  /** P(alive | x, t_x, T) (F-BG-5): 1 when x = 0; a logistic, so a huge x gives 0 without overflow. */
  probabilityAlive(x: number, tx: number, T: number): number {
    checkCustomer('probabilityAlive', x, tx, T);
    return x === 0 ? 1 : logistic(-this.aliveTerm(x, tx, T));
  }

  /**
   * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] (F-BG-4); with a summary table
   * instead of (x, t_x, T), one value per customer.
   */
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  conditionalExpectedPurchases(t: number, summary: TableInput, columns?: Partial<SummaryColumns>): number[];
  conditionalExpectedPurchases(t: number, x: number | TableInput, tx?: number | Partial<SummaryColumns>, T?: number): number | number[] {
    if (typeof x !== 'number') {
      const s = readSummary('conditionalExpectedPurchases', x, tx as Partial<SummaryColumns> | undefined);
      return Array.from(s.x, (_, i) => this.conditionalExpectedPurchases(t, s.x[i], s.tx[i], s.T[i]));
    }
    checkCustomer('conditionalExpectedPurchases', x, tx as number, T as number);
    const { r, alpha, b } = this.params;
    const a = this.params.a === 1 ? 1 + 1e-9 : this.params.a;
    if (t === 0) return 0;
    // A customer certainly gone (P(alive) underflows to 0, e.g. a huge x long ago) expects nothing;
    // the expression below would be 0 · ∞ there.
    const alive = x === 0 ? 1 : logistic(-this.aliveTerm(x, tx as number, T as number));
    if (alive === 0) return 0;
    const z = t / (alpha + (T as number) + t);
    const num =
      ((a + b + x - 1) / (a - 1)) *
      (1 - Math.pow((alpha + (T as number)) / (alpha + (T as number) + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
    return num * alive;
  }

  /** P(X(t) = n): the chance of exactly n repeat purchases in (0, t] (F-BG-3). */
  probabilityOfPurchases(n: number, t: number): number {
    if (!Number.isInteger(n) || n < 0) throw analyticsError('probabilityOfPurchases', `n must be a whole number ≥ 0, not ${n}`);
    const { r, alpha, a, b } = this.params;
    const lp = Math.log(alpha / (alpha + t));
    const lq = Math.log(t / (alpha + t));
    const lnGr = lnGamma(r);
    const term1 = Math.exp(lnBeta(a, b + n) - lnBeta(a, b) + lnGamma(r + n) - lnGr - lnGamma(n + 1) + r * lp + n * lq);
    if (n === 0) return term1;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.exp(lnGamma(r + j) - lnGr - lnGamma(j + 1) + j * lq);
    return term1 + Math.exp(lnBeta(a + 1, b + n - 1) - lnBeta(a, b)) * (1 - Math.exp(r * lp) * sum);
  }

  /** Loads a model saved with `toJSON()`, checking its tag. */
  static fromJSON(json: unknown): BgNbdModel {
    const j = json as Partial<BgNbdJson> | null;
    if (!j || j.type !== 'crm-workbench/bgnbd' || j.version !== 1 || !j.params)
      throw analyticsError('loadModel', 'this JSON is not a BG/NBD model saved by CRM Workbench (type crm-workbench/bgnbd, version 1)');
    const { r, alpha, a, b } = j.params;
    if (![r, alpha, a, b].every((v) => typeof v === 'number' && v > 0))
      throw analyticsError('loadModel', 'BG/NBD parameters must be positive numbers');
    const { logLikelihood, converged, standardErrors, timeUnitDays, customers, warnings } = j;
    return new BgNbdModel({ params: { r, alpha, a, b }, logLikelihood, converged, standardErrors, timeUnitDays, customers, warnings });
  }

  toJSON(): BgNbdJson {
    return {
      type: 'crm-workbench/bgnbd',
      version: 1,
      params: { ...this.params },
      logLikelihood: this.logLikelihood,
      converged: this.converged,
      standardErrors: this.standardErrors,
      timeUnitDays: this.timeUnitDays,
      customers: this.customers,
      warnings: [...this.warnings],
    };
  }
}

export interface FitBgNbdOptions {
  /** L2 penalty on the parameters, as lifetimes' `penalizer_coef` (default 0). */
  penalizer: number;
  /** Column with the number of customers each row stands for (grouped data). */
  weights: string | undefined;
  /** Days per time unit of the summary (7 for weeks); kept with the model for CLV. */
  timeUnitDays: number;
  /** Column names of the summary. */
  columns: Partial<SummaryColumns>;
  /** The language of the warnings: 'en' (default) or 'zh-cn'. */
  language: Language;
}

const DEFAULTS: FitBgNbdOptions = { penalizer: 0, weights: undefined, timeUnitDays: 1, columns: {}, language: 'en' };

/**
 * Fits BG/NBD by maximum likelihood over log-parameters (Nelder–Mead with restarts), with time
 * rescaled so that the largest T is 1 (as lifetimes does; α is scaled back).
 *
 * @param summary from {@link rfmSummary} (frequency, recency, T)
 * @param options `{ penalizer = 0, weights, timeUnitDays = 1, columns, language = 'en' }` (language: of the warnings)
 * @returns a {@link BgNbdModel}: params, logLikelihood, converged, standardErrors, predictions
 * @throws when the summary is empty or inconsistent (t_x > T, negative or fractional x), when no
 *   customer bought more than once, or when every T is 0. On little repeat data the fit may end at
 *   the edge of the parameter space: then its warnings say "too little repeat data to fit BG/NBD …"
 * @example
 * const m = crm.fitBgNbd(cdnowSummary, { timeUnitDays: 7 });
 * m.params // → { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } (REF-BG-01)
 */
export function fitBgNbd(summary: TableInput, options: Partial<FitBgNbdOptions> = {}): BgNbdModel {
  const fn = 'fitBgNbd';
  const opts = resolveOptions(fn, DEFAULTS, options);
  const { s, scale, data } = btydFitInput(fn, summary, opts.columns, opts.weights);
  const logLikelihood = (d: CompressedSummary, [r, alpha, a, b]: number[]) => summaryLogLikelihood(d, r, alpha, a, b);
  // Large data: a first fit on a systematic sample of about 10,000 merged rows.
  const sample = sampledObjective(data, logLikelihood);
  const fit = minimize(penalizedObjective(data, opts.penalizer, logLikelihood), [0.1, 0.1, 0.1, 0.1], { tol: 1e-14, sample });
  const [r, alphaScaled, a, b] = fit.x.map(Math.exp);
  const params = { r, alpha: alphaScaled * scale, a, b };
  // The log-likelihood in the data's own time unit: ln L shifts by −Σ x·ln(scale) under rescaling.
  let shift = 0;
  for (let i = 0; i < s.x.length; i++) shift += s.w[i] * s.x[i] * Math.log(scale);
  const ll = summaryLogLikelihood(data, r, alphaScaled, a, b) - shift;
  const nll = (v: number[]) => {
    if (!(v[0] > 0 && v[1] > 0 && v[2] > 0 && v[3] > 0)) return Infinity;
    return -(summaryLogLikelihood(data, v[0], v[1] / scale, v[2], v[3]) - shift);
  };
  const cov = invert(hessian(nll, [r, params.alpha, a, b]));
  const se =
    cov && cov.every((row, i) => row[i] > 0)
      ? { r: Math.sqrt(cov[0][0]), alpha: Math.sqrt(cov[1][1]), a: Math.sqrt(cov[2][2]), b: Math.sqrt(cov[3][3]) }
      : null;
  const edge = edgeParameters(fit.x, params);
  const warnings = fitWarnings(fit, s, se !== null, opts.language, { name: 'BG/NBD', edge });
  const customers = s.w.reduce((a2, b2) => a2 + b2, 0);
  return new BgNbdModel({
    params,
    logLikelihood: ll,
    converged: fit.converged,
    standardErrors: se,
    timeUnitDays: opts.timeUnitDays,
    customers,
    warnings,
    covariance: se ? cov : null,
  });
}
