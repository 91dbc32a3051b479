/**
 * Purchase (or churn) probability with logistic regression, fitted by Newton's method
 * (iteratively reweighted least squares) on standardised features, with an optional L2 penalty.
 * Coefficients come back in the features' own units with standard errors from the inverse
 * Hessian, Wald z and p-values, and odds ratios.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import type { ClassificationMetrics } from './classificationMetrics';
import { numericColumns } from '../learn/featureMatrix';
import { evaluationRows, featureList, probabilityMetrics, readLabel, sum, takeRows, takeValues, trainTestSplit } from './modelData';
import { requirePositiveInteger, resolveRequired } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { LogisticModel } from './LogisticModel';
import { invert } from '../numerics/nelderMead';
import { twoSidedP } from '../numerics/normal';
import { logistic } from '../numerics/special';
import type { Language } from '../segments/index';
import { warningText } from '../warningText';

export interface LogisticOptions {
  /** The 0/1 column to predict (required). */
  label: string;
  /** Feature columns (default: every numeric column except the label and customerId). */
  features: string[] | undefined;
  /** Share of rows held out for the metrics (default 0.25). */
  testSize: number;
  seed: number;
  /** L2 penalty on the standardised coefficients (not the intercept); default 0 (plain maximum likelihood). */
  penalizer: number;
  maxIter: number;
  /** Stop when no coefficient moves more than this (standardised scale). */
  tol: number;
  threshold: number;
  /** The language of the warnings: 'en' (default) or 'zh-cn'. */
  language: Language;
}

export interface LogisticResult {
  model: LogisticModel;
  metrics: ClassificationMetrics;
  /** feature (with "(intercept)"), coefficient, standardError, z, p, oddsRatio — in the features' units. */
  coefficients: ColumnTable;
  converged: boolean;
  iterations: number;
  logLikelihood: number;
  testPredictions: ColumnTable;
  warnings: string[];
}

/** Newton–Raphson for the penalised log-likelihood; returns standardised coefficients and their covariance. */
function fitIrls(z: Float64Array[], y: Float64Array, penalizer: number, maxIter: number, tol: number) {
  const n = y.length;
  const p = z.length + 1;
  const beta = new Array<number>(p).fill(0);
  const at = (j: number, i: number) => (j === 0 ? 1 : z[j - 1][i]);
  let converged = false;
  let iterations = 0;
  let info: number[][] = [];
  for (; iterations < maxIter && !converged;) {
    iterations++;
    const grad = new Array<number>(p).fill(0);
    info = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let j = 0; j < p; j++) eta += beta[j] * at(j, i);
      const mu = logistic(eta);
      const w = mu * (1 - mu);
      for (let j = 0; j < p; j++) {
        const xj = at(j, i);
        grad[j] += (y[i] - mu) * xj;
        for (let k = 0; k <= j; k++) info[j][k] += w * xj * at(k, i);
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) info[k][j] = info[j][k];
    for (let j = 1; j < p; j++) {
      grad[j] -= penalizer * beta[j];
      info[j][j] += penalizer;
    }
    const inv = invert(info);
    if (!inv) break;
    let move = 0;
    for (let j = 0; j < p; j++) {
      let step = 0;
      for (let k = 0; k < p; k++) step += inv[j][k] * grad[k];
      beta[j] += step;
      move = Math.max(move, Math.abs(step));
    }
    if (!beta.every(Number.isFinite)) break;
    converged = move < tol;
  }
  let ll = 0;
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += beta[j] * at(j, i);
    ll += y[i] * eta - Math.log1p(Math.exp(-Math.abs(eta))) - Math.max(eta, 0);
  }
  return { beta, cov: invert(info), converged, iterations, logLikelihood: ll };
}

/**
 * @param table one row per customer with numeric features and a 0/1 label
 * @param options `{ label, features?, testSize = 0.25, seed = 42, penalizer = 0, maxIter = 50, tol = 1e-8, threshold = 0.5, language = 'en' }` (language: of the warnings)
 * @example
 * const r = crm.trainLogisticModel(data, { label: 'purchased', features: ['recency', 'frequency'] });
 * r.coefficients // feature, coefficient, standardError, z, p, oddsRatio
 * r.model.predict(today) // adds probability and predicted
 */
const LOGISTIC_DEFAULTS: Omit<LogisticOptions, 'label'> = {
  features: undefined,
  testSize: 0.25,
  seed: 42,
  penalizer: 0,
  maxIter: 50,
  tol: 1e-8,
  threshold: 0.5,
  language: 'en',
};

export function trainLogisticModel(table: TableInput, options: Partial<LogisticOptions> & { label: string }): LogisticResult {
  const fn = 'trainLogisticModel';
  const o = resolveRequired<LogisticOptions, 'label'>(fn, LOGISTIC_DEFAULTS, options, ['label']);
  requirePositiveInteger(fn, 'maxIter', o.maxIter);
  if (!(o.penalizer >= 0)) throw analyticsError(fn, `penalizer must be 0 or more, not ${String(o.penalizer)}`);
  const t = asTable(fn, table);
  const y = readLabel(fn, t, o.label);
  const features = featureList(fn, t, o.features, o.label);
  const x = numericColumns(fn, t, features);
  const split = trainTestSplit(fn, y.length, o.testSize, o.seed, y);
  const yTrain = takeValues(y, split.train);
  const pos = sum(yTrain);
  if (pos === 0 || pos === yTrain.length)
    throw analyticsError(
      fn,
      `label "${o.label}" has only one class in the training rows (${pos} of ${yTrain.length} are 1); a model needs both`,
    );
  const xTrain = takeRows(x, split.train);
  const warnings: string[] = [];
  // Standardise (population SD) so Newton steps are well scaled; constant columns are an error.
  const means = xTrain.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
  const sds = xTrain.map((c, j) => Math.sqrt(c.reduce((a, v) => a + (v - means[j]) ** 2, 0) / c.length));
  sds.forEach((s, j) => {
    if (s === 0)
      throw analyticsError(fn, `feature "${features[j]}" is constant in the training rows, so its coefficient is not identified; drop it`);
  });
  const zTrain = xTrain.map((c, j) => c.map((v) => (v - means[j]) / sds[j]));
  const fit = fitIrls(zTrain, yTrain, o.penalizer, o.maxIter, o.tol);
  if (!fit.converged) warnings.push(warningText(o.language, 'logisticNotConverged', fit.iterations));
  // Back to original units: β_j = β̃_j / sd_j, β_0 = β̃_0 − Σ β̃_j mean_j / sd_j; Cov = A Coṽ Aᵀ.
  const p = features.length + 1;
  const A = Array.from({ length: p }, (_, r) =>
    Array.from({ length: p }, (_, c) => (r === 0 ? (c === 0 ? 1 : -means[c - 1] / sds[c - 1]) : r === c ? 1 / sds[r - 1] : 0)),
  );
  const beta = A.map((row) => row.reduce((s, a, c) => s + a * fit.beta[c], 0));
  const cov = fit.cov
    ? A.map((row) => A.map((col) => row.reduce((s, a, c) => s + a * fit.cov![c].reduce((s2, v, d) => s2 + v * col[d], 0), 0)))
    : null;
  const se = beta.map((_, j) => (cov ? Math.sqrt(Math.max(0, cov[j][j])) : NaN));
  const names = ['(intercept)', ...features];
  const coefficients = aq.from(
    names.map((feature, j) => ({
      feature,
      coefficient: beta[j],
      standardError: se[j],
      z: beta[j] / se[j],
      p: twoSidedP(beta[j] / se[j]),
      oddsRatio: Math.exp(beta[j]),
    })),
  );
  if (o.penalizer > 0) warnings.push(warningText(o.language, 'penalizedErrors'));
  const model = new LogisticModel(o.label, features, beta[0], beta.slice(1), o.threshold);
  const evalIdx = evaluationRows(split, warnings, o.language);
  const xEval = takeRows(x, evalIdx);
  const yEval = takeValues(y, evalIdx);
  const prob = Array.from(evalIdx, (_, i) => model.probabilityAt(xEval, i));
  const metrics = probabilityMetrics(yEval, prob, o.threshold);
  return {
    model,
    metrics,
    coefficients,
    converged: fit.converged,
    iterations: fit.iterations,
    logLikelihood: fit.logLikelihood,
    testPredictions: aq.table({ actual: Array.from(yEval), probability: prob }),
    warnings,
  };
}
