/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005b; Hardie note 025;
 * spec §4).
 */
import { analyticsError } from '../analyticsError';
import { minimize } from '../numerics/minimize';
import { hessian, invert } from '../numerics/nelderMead';
import { lnGamma } from '../numerics/special';
import { resolveOptions } from '../options';
import { readMonetary, type SummaryColumns } from './summaryInput';
import type { TableInput } from '../columnar/tableInput';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';
import { edgeParameters, LOG_PARAMETER_BOUND } from './btydFit';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaJson {
  type: 'crm-workbench/gamma-gamma';
  version: 1;
  params: GammaGammaParams;
  logLikelihood: number;
  converged: boolean;
  customers: number;
  spendFrequencyCorrelation: number;
  warnings: string[];
}

/** ln f(z̄ | p, q, γ, x) of one customer (F-GG-1). */
export function gammaGammaLogLikelihood(g: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, gamma } = g;
  return (
    lnGamma(p * x + q) -
    lnGamma(p * x) -
    lnGamma(q) +
    q * Math.log(gamma) +
    (p * x - 1) * Math.log(zbar) +
    p * x * Math.log(x) -
    (p * x + q) * Math.log(gamma + x * zbar)
  );
}

/** What a Gamma-Gamma model holds besides its parameters: how the fit went, and on what. */
export type GammaGammaFit = Omit<GammaGammaJson, 'type' | 'version' | 'params'>;

/** A model known only by its parameters: no likelihood, not converged, no customers. */
const GAMMA_GAMMA_FIT_DEFAULTS: GammaGammaFit = {
  logLikelihood: NaN,
  converged: false,
  customers: 0,
  spendFrequencyCorrelation: NaN,
  warnings: [],
};

/**
 * A fitted (or loaded) Gamma-Gamma spend model.
 * @example
 * new GammaGammaModel({ params: { p: 6.25, q: 3.74, gamma: 15.44 } }).meanSpend // → 35.22
 */
export class GammaGammaModel {
  readonly params: GammaGammaParams;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly customers: number;
  /** corr(x, z̄) over the repeat buyers: the model assumes spend does not depend on frequency. */
  readonly spendFrequencyCorrelation: number;
  readonly warnings: string[];
  /**
   * Asymptotic covariance of (p, q, γ), the inverse Hessian of −ln L at the fit (null when loaded
   * from JSON or not computable); `predictClv`'s intervals draw spend parameters from it.
   */
  readonly covariance: number[][] | null;

  constructor(model: { params: GammaGammaParams; covariance?: number[][] | null } & Partial<GammaGammaFit>) {
    const { covariance = null, ...rest } = model;
    this.covariance = covariance;
    const fit = resolveOptions('GammaGammaModel', { ...GAMMA_GAMMA_FIT_DEFAULTS, params: model.params }, rest);
    this.params = fit.params;
    this.logLikelihood = fit.logLikelihood;
    this.converged = fit.converged;
    this.customers = fit.customers;
    this.spendFrequencyCorrelation = fit.spendFrequencyCorrelation;
    this.warnings = fit.warnings;
  }

  /** The same model with other parameters (the fit's notes and covariance kept), e.g. a parameter draw. */
  withParams(params: GammaGammaParams): GammaGammaModel {
    const { logLikelihood, converged, customers, spendFrequencyCorrelation, warnings, covariance } = this;
    return new GammaGammaModel({ params, logLikelihood, converged, customers, spendFrequencyCorrelation, warnings, covariance });
  }

  /** Population mean spend per transaction, pγ/(q − 1). */
  get meanSpend(): number {
    return (this.params.p * this.params.gamma) / (this.params.q - 1);
  }

  /**
   * E[M | x, z̄] = p(γ + x·z̄)/(px + q − 1) (F-GG-2): the customer's expected spend per
   * transaction, between their own mean and the population's; the population mean when x = 0.
   */
  conditionalExpectedSpend(x: number, meanSpend: number): number {
    const { p, q, gamma } = this.params;
    if (!(x >= 0)) throw analyticsError('conditionalExpectedSpend', `frequency must be ≥ 0, not ${x}`);
    if (x === 0) return this.meanSpend;
    return (p * (gamma + x * meanSpend)) / (p * x + q - 1);
  }

  static fromJSON(json: unknown): GammaGammaModel {
    const j = json as Partial<GammaGammaJson> | null;
    if (!j || j.type !== 'crm-workbench/gamma-gamma' || j.version !== 1 || !j.params)
      throw analyticsError(
        'loadModel',
        'this JSON is not a Gamma-Gamma model saved by CRM Workbench (type crm-workbench/gamma-gamma, version 1)',
      );
    const { logLikelihood, converged, customers, spendFrequencyCorrelation, warnings } = j;
    return new GammaGammaModel({ params: { ...j.params }, logLikelihood, converged, customers, spendFrequencyCorrelation, warnings });
  }

  toJSON(): GammaGammaJson {
    return {
      type: 'crm-workbench/gamma-gamma',
      version: 1,
      params: { ...this.params },
      logLikelihood: this.logLikelihood,
      converged: this.converged,
      customers: this.customers,
      spendFrequencyCorrelation: this.spendFrequencyCorrelation,
      warnings: [...this.warnings],
    };
  }
}

function correlation(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

export interface FitGammaGammaOptions {
  /** Column names of the summary. */
  columns: Partial<SummaryColumns>;
  /** The language of the warnings: 'en' (default) or 'zh-cn'. */
  language: Language;
}

/**
 * Fits Gamma-Gamma on the repeat buyers of a summary (frequency ≥ 1 and mean repeat spend > 0;
 * others are left out), by maximum likelihood over log-parameters.
 * @param summary from {@link rfmSummary} (frequency, monetaryValue)
 * @param options `{ columns, language = 'en' }` (language: of the warnings)
 * @throws when fewer than two customers qualify, or when the fit gives q ≤ 1 (the mean spend
 *   would be infinite: the data do not fit the model). A fit at the edge of the parameter space
 *   (e.g. identical spends) says so in its warnings ("too little spend data to fit Gamma-Gamma …")
 * @example crm.fitGammaGamma(summary).params // → { p: 6.25, q: 3.74, gamma: 15.44 } on CDNOW (REF-GG-01)
 */
export function fitGammaGamma(summary: TableInput, options: Partial<FitGammaGammaOptions> = {}): GammaGammaModel {
  const fn = 'fitGammaGamma';
  const opts = resolveOptions<FitGammaGammaOptions>(fn, { columns: {}, language: 'en' }, options);
  const { x: allX, m: allM } = readMonetary(fn, summary, opts.columns);
  const x: number[] = [];
  const z: number[] = [];
  for (let i = 0; i < allX.length; i++)
    if (allX[i] >= 1 && allM[i] > 0) {
      x.push(allX[i]);
      z.push(allM[i]);
    }
  if (x.length < 2) throw analyticsError(fn, `needs at least two repeat buyers with a positive mean spend; found ${x.length}`);
  const scale = z.reduce((s, v) => s + v, 0) / z.length; // condition γ: spend in units of its mean
  // Σ gammaGammaLogLikelihood reordered for speed: the gamma-function terms once per distinct x,
  // the logs of x and z̄ once per customer.
  const xs = [...new Set(x)];
  const position = new Map(xs.map((v, k) => [v, k]));
  const xIndex = Int32Array.from(x, (v) => position.get(v)!);
  const zs = Float64Array.from(z, (v) => v / scale);
  const lnZ = zs.map(Math.log);
  const lnX = Float64Array.from(x, Math.log);
  const meanNll = (every: number) => (lp: number[]) => {
    if (!lp.every((v) => Math.abs(v) <= LOG_PARAMETER_BOUND)) return Infinity; // the box (see btydFit.ts)
    const [p, q, g] = lp.map(Math.exp);
    const perX = xs.map((v) => lnGamma(p * v + q) - lnGamma(p * v));
    let ll = 0;
    let n = 0;
    for (let i = 0; i < x.length; i += every) {
      const px = p * x[i];
      ll += perX[xIndex[i]] + (px - 1) * lnZ[i] + px * lnX[i] - (px + q) * Math.log(g + x[i] * zs[i]);
      n++;
    }
    return -(ll / n + q * Math.log(g) - lnGamma(q));
  };
  // Large data: a first fit on a systematic sample of about 10,000 buyers.
  const sample = x.length > 20_000 ? meanNll(Math.ceil(x.length / 10_000)) : undefined;
  const fit = minimize(meanNll(1), [0, 0.5, 0], { tol: 1e-12, sample });
  const [p, q, gs] = fit.x.map(Math.exp);
  const params = { p, q, gamma: gs * scale };
  if (!(q > 1))
    throw analyticsError(
      fn,
      `the fit gives q = ${q.toFixed(3)} ≤ 1, so the mean spend is undefined: the spend data do not fit the Gamma-Gamma model (check for extreme values)`,
    );
  const nll = (lp: number[]) => {
    const g = { p: Math.exp(lp[0]), q: Math.exp(lp[1]), gamma: Math.exp(lp[2]) };
    let s = 0;
    for (let i = 0; i < x.length; i++) s -= gammaGammaLogLikelihood(g, x[i], z[i]);
    return s;
  };
  const ll = -nll([p, q, params.gamma].map(Math.log));
  // Covariance over log-parameters (better conditioned), then back by the delta method: Σ_ij = θ_i θ_j Σ^log_ij.
  const theta = [p, q, params.gamma];
  const covLog = invert(hessian(nll, theta.map(Math.log)));
  const covariance =
    covLog && covLog.every((row, i) => row[i] > 0) ? covLog.map((row, i) => row.map((v, j) => v * theta[i] * theta[j])) : null;
  const corr = correlation(x, z);
  const warnings: string[] = [];
  if (!fit.converged) warnings.push(warningText(opts.language, 'spendFitNotConverged', fit.message));
  const edge = edgeParameters(fit.x, params);
  if (edge) warnings.push(warningText(opts.language, 'spendFitAtEdge', x.length, edge));
  if (Math.abs(corr) > 0.3) warnings.push(warningText(opts.language, 'spendFrequencyCorrelated', corr.toFixed(2)));
  if (x.length < 100) warnings.push(warningText(opts.language, 'fewRepeatBuyers', x.length));
  return new GammaGammaModel({
    params,
    logLikelihood: ll,
    converged: fit.converged,
    customers: x.length,
    spendFrequencyCorrelation: corr,
    warnings,
    covariance,
  });
}
