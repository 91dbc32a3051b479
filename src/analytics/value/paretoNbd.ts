/**
 * The Pareto/NBD model of repeat buying (Schmittlein, Morrison & Colombo 1987), fitted by maximum
 * likelihood as Fader, Hardie & Lee (2005) report it for CDNOW. Unlike BG/NBD, a customer can drop
 * out at any moment (exponential lifetime with rate μ ~ Gamma(s, β)), not only after a purchase, so
 * a customer who never came back (x = 0) is not certainly alive.
 */
import { analyticsError } from '../analyticsError';
import { hessian, invert } from '../numerics/nelderMead';
import { minimize } from '../numerics/minimize';
import { compressSummary, type CompressedSummary } from '../numerics/bgNbdLikelihood';
import { paretoSummaryLogLikelihood, paretoTerms, type ParetoNbdParams } from '../numerics/paretoNbdLikelihood';
import { logistic } from '../numerics/special';
import { resolveOptions } from '../options';
import { readSummary, type SummaryColumns } from './summaryInput';
import type { FitBgNbdOptions } from './bgnbd';
import { btydFitInput, edgeParameters, fitWarnings, penalizedObjective, sampledObjective } from './btydFit';
import { checkCustomer } from './checkCustomer';
import type { TableInput } from '../columnar/tableInput';

export type { ParetoNbdParams } from '../numerics/paretoNbdLikelihood';
export { paretoNbdLogLikelihood } from '../numerics/paretoNbdLikelihood';

const KEYS = ['r', 'alpha', 's', 'beta'] as const;

export interface ParetoNbdJson {
  type: 'crm-workbench/pareto-nbd';
  version: 1;
  params: ParetoNbdParams;
  logLikelihood: number;
  converged: boolean;
  standardErrors: ParetoNbdParams | null;
  covariance: number[][] | null;
  timeUnitDays: number;
  customers: number;
  warnings: string[];
}

/** (1 − q^(s−1))/(s − 1) for 0 < q ≤ 1, with its limit −ln q at s = 1. */
function powerTerm(s: number, lnq: number): number {
  return Math.abs(s - 1) < 1e-10 ? -lnq : -Math.expm1((s - 1) * lnq) / (s - 1);
}

/** A fitted (or loaded) Pareto/NBD model. Times are in the model's unit (`timeUnitDays` days). */
export class ParetoNbdModel {
  constructor(
    readonly params: ParetoNbdParams,
    readonly logLikelihood: number,
    readonly converged: boolean,
    readonly standardErrors: ParetoNbdParams | null,
    /** Asymptotic covariance of (r, α, s, β): the inverse Hessian of −ln L at the fit. */
    readonly covariance: number[][] | null,
    readonly timeUnitDays: number,
    readonly customers: number,
    readonly warnings: string[],
  ) {}

  /** E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]: repeat purchases of a new customer in (0, t] (note 009 eq. 27). */
  expectedPurchases(t: number): number {
    if (!(t >= 0)) throw analyticsError('expectedPurchases', `t must be ≥ 0, not ${t}`);
    const { r, alpha, s, beta } = this.params;
    return ((r * beta) / alpha) * powerTerm(s, Math.log(beta / (beta + t)));
  }

  /** P(alive | x, t_x, T) (note 009 eq. 36–37), as a logistic of the two likelihood terms. */
  probabilityAlive(x: number, tx: number, T: number): number {
    checkCustomer('probabilityAlive', x, tx, T);
    const { alive, dead } = paretoTerms(this.params, x, tx, T);
    return dead === -Infinity ? 1 : logistic(alive - dead);
  }

  /**
   * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] (note 009 eq. 41):
   * P(alive) · (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)].
   */
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  conditionalExpectedPurchases(t: number, summary: TableInput, columns?: Partial<SummaryColumns>): number[];
  conditionalExpectedPurchases(
    t: number,
    xOrSummary: number | TableInput,
    txOrColumns?: number | Partial<SummaryColumns>,
    T = 0,
  ): number | number[] {
    if (typeof xOrSummary !== 'number') {
      const d = readSummary('conditionalExpectedPurchases', xOrSummary, txOrColumns as Partial<SummaryColumns> | undefined);
      return Array.from(d.x, (x, i) => this.conditionalExpectedPurchases(t, x, d.tx[i], d.T[i]));
    }
    const x = xOrSummary;
    const tx = txOrColumns as number;
    checkCustomer('conditionalExpectedPurchases', x, tx, T);
    if (!(t >= 0)) throw analyticsError('conditionalExpectedPurchases', `t must be ≥ 0, not ${t}`);
    const { r, alpha, s, beta } = this.params;
    const rate = ((r + x) * (beta + T)) / (alpha + T);
    return this.probabilityAlive(x, tx, T) * rate * powerTerm(s, Math.log((beta + T) / (beta + T + t)));
  }

  /** A copy with other parameters (for drawing parameter sets); the fit statistics are kept. */
  withParams(params: ParetoNbdParams): ParetoNbdModel {
    return new ParetoNbdModel(
      params,
      this.logLikelihood,
      this.converged,
      this.standardErrors,
      this.covariance,
      this.timeUnitDays,
      this.customers,
      this.warnings,
    );
  }

  /** Loads a model saved with `toJSON()`, checking its tag. */
  static fromJSON(json: unknown): ParetoNbdModel {
    const j = json as Partial<ParetoNbdJson> | null;
    if (!j || j.type !== 'crm-workbench/pareto-nbd' || j.version !== 1 || !j.params)
      throw analyticsError(
        'loadModel',
        'this JSON is not a Pareto/NBD model saved by CRM Workbench (type crm-workbench/pareto-nbd, version 1)',
      );
    const { r, alpha, s, beta } = j.params;
    if (![r, alpha, s, beta].every((v) => typeof v === 'number' && v > 0))
      throw analyticsError('loadModel', 'Pareto/NBD parameters must be positive numbers');
    return new ParetoNbdModel(
      { r, alpha, s, beta },
      j.logLikelihood ?? NaN,
      j.converged ?? false,
      j.standardErrors ?? null,
      j.covariance ?? null,
      j.timeUnitDays ?? 1,
      j.customers ?? 0,
      j.warnings ?? [],
    );
  }

  toJSON(): ParetoNbdJson {
    const { params, logLikelihood, converged, standardErrors, covariance, timeUnitDays, customers, warnings } = this;
    return {
      type: 'crm-workbench/pareto-nbd',
      version: 1,
      params: { ...params },
      logLikelihood,
      converged,
      standardErrors,
      covariance,
      timeUnitDays,
      customers,
      warnings: [...warnings],
    };
  }
}

/** The same options as BG/NBD's fit: `{ penalizer, weights, timeUnitDays, columns }`. */
export type FitParetoNbdOptions = FitBgNbdOptions;

const DEFAULTS: FitParetoNbdOptions = { penalizer: 0, weights: undefined, timeUnitDays: 1, columns: {}, language: 'en' };

/**
 * Fits Pareto/NBD by maximum likelihood over log-parameters (the optimiser BG/NBD uses), with time
 * rescaled so that the largest T is 1 (as lifetimes does; α and β are scaled back). The
 * likelihood is note 009's eq. (18) evaluated in log space (see `numerics/paretoNbdLikelihood.ts`).
 *
 * @param summary from {@link rfmSummary} (frequency, recency, T)
 * @param options `{ penalizer = 0, weights, timeUnitDays = 1, columns, language = 'en' }` (language: of the warnings)
 * @returns a {@link ParetoNbdModel}: params, logLikelihood, standardErrors, covariance, predictions
 * @throws when the summary is empty or inconsistent (t_x > T, negative or fractional x), when no
 *   customer bought more than once, or when every T is 0. On little repeat data the fit may end at
 *   the edge of the parameter space: then its warnings say "too little repeat data to fit Pareto/NBD …"
 * @example
 * const m = crm.fitParetoNbd(cdnowSummary, { timeUnitDays: 7 });
 * m.params // → { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.668 }, m.logLikelihood // → −9594.98 (REF-PNBD-01)
 * crm.predictClv(cdnowSummary, { paretoNbd: m, gammaGamma })
 */
export function fitParetoNbd(summary: TableInput, options: Partial<FitParetoNbdOptions> = {}): ParetoNbdModel {
  const fn = 'fitParetoNbd';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!(opts.timeUnitDays > 0 && Number.isFinite(opts.timeUnitDays)))
    throw analyticsError(fn, `timeUnitDays must be a positive number, not ${opts.timeUnitDays}`);
  if (!(opts.penalizer >= 0)) throw analyticsError(fn, `penalizer must be ≥ 0, not ${opts.penalizer}`);
  const { s, scale, data: scaled } = btydFitInput(fn, summary, opts.columns, opts.weights);
  const logLikelihood = (d: CompressedSummary, [r, alpha, sh, beta]: number[]) => paretoSummaryLogLikelihood(d, { r, alpha, s: sh, beta });
  const sample = sampledObjective(scaled, logLikelihood);
  const fit = minimize(penalizedObjective(scaled, opts.penalizer, logLikelihood), [0, 0, 0, 0], { tol: 1e-14, sample });
  const [r, alpha, sh, beta] = fit.x.map(Math.exp);
  const params: ParetoNbdParams = { r, alpha: alpha * scale, s: sh, beta: beta * scale };
  // The log-likelihood and its Hessian in the data's own time unit.
  const data = compressSummary(s.x, s.tx, s.T, s.w, 1);
  const nll = (v: number[]) =>
    v.every((p) => p > 0) ? -paretoSummaryLogLikelihood(data, { r: v[0], alpha: v[1], s: v[2], beta: v[3] }) : Infinity;
  const ll = -nll(KEYS.map((k) => params[k]));
  const cov = invert(
    hessian(
      nll,
      KEYS.map((k) => params[k]),
    ),
  );
  const ok = cov !== null && cov.every((row, i) => row[i] > 0);
  const se = ok ? { r: Math.sqrt(cov[0][0]), alpha: Math.sqrt(cov[1][1]), s: Math.sqrt(cov[2][2]), beta: Math.sqrt(cov[3][3]) } : null;
  const edge = edgeParameters(fit.x, { ...params });
  const warnings = fitWarnings(fit, s, se !== null, opts.language, { name: 'Pareto/NBD', edge });
  const customers = s.w.reduce((a, b) => a + b, 0);
  return new ParetoNbdModel(params, ll, fit.converged, se, ok ? cov : null, opts.timeUnitDays, customers, warnings);
}
