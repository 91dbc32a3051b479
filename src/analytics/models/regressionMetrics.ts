/**
 * Error measures for numeric predictions (CLV, revenue): mean absolute error, root mean squared
 * error and the coefficient of determination, as scikit-learn defines them.
 */
import { analyticsError } from '../analyticsError';

export interface RegressionMetrics {
  mae: number;
  rmse: number;
  /** 1 − SS_res / SS_tot; null when every actual value is the same (SS_tot = 0). */
  r2: number | null;
  n: number;
}

/**
 * @example
 * crm.regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8])
 * // → { mae: 0.5, rmse: 0.6124, r2: 0.9486, n: 4 } (scikit-learn's r2_score documentation example)
 */
export function regressionMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionMetrics {
  const fn = 'regressionMetrics';
  const n = yTrue.length;
  if (n === 0) throw analyticsError(fn, 'needs at least one observation');
  if (yPred.length !== n) throw analyticsError(fn, `yTrue (${n}) and yPred (${yPred.length}) differ in length`);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(yTrue[i]) || !Number.isFinite(yPred[i]))
      throw analyticsError(fn, `row ${i + 1} is not a pair of finite numbers (${yTrue[i]}, ${yPred[i]})`);
    mean += yTrue[i] / n;
  }
  let abs = 0;
  let res = 0;
  let tot = 0;
  for (let i = 0; i < n; i++) {
    const e = yTrue[i] - yPred[i];
    abs += Math.abs(e);
    res += e * e;
    tot += (yTrue[i] - mean) ** 2;
  }
  return { mae: abs / n, rmse: Math.sqrt(res / n), r2: tot === 0 ? null : 1 - res / tot, n };
}
