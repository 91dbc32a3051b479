/**
 * Parameter sets drawn from a fit's asymptotic normal distribution, the machinery behind the
 * per-customer intervals ({@link customerIntervals}, `predictClv`'s `intervals`). Draws are made on
 * the log scale, log θ ~ N(log θ̂, D⁻¹ΣD⁻¹) with D = diag(θ̂) (the delta method), so that every
 * parameter stays positive; Σ is the inverse Hessian of −ln L at the fit.
 */
import { analyticsError } from '../analyticsError';

/** Lower-triangular L with L Lᵀ = m; null when m is not positive definite. */
export function cholesky(m: number[][]): number[][] | null {
  const n = m.length;
  const L = m.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i][i] = Math.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  }
  return L;
}

/** The q-quantile of sorted values, linear between order statistics (NumPy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/** A standard normal variate by Box–Muller (two uniforms per variate). */
export function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * A sampler of parameter sets around `params` with covariance `covariance` (in the order of
 * `params`' keys); each call takes one normal variate per parameter from `random`.
 * @throws when the covariance is missing or not positive definite (the message names `fn` and `what`)
 * @example parameterSampler('predictClv', 'the BG/NBD model', bgnbd.params, bgnbd.covariance)(seededRandom(42))
 * // → { r: 0.247, alpha: 4.52, a: 0.77, b: 2.31 } (one draw)
 */
export function parameterSampler<P extends object>(
  fn: string,
  what: string,
  params: P,
  covariance: number[][] | null | undefined,
): (random: () => number) => P {
  const keys = Object.keys(params);
  const theta = keys.map((k) => (params as Record<string, number>)[k]);
  const L = covariance ? cholesky(covariance.map((row, i) => row.map((v, j) => v / (theta[i] * theta[j])))) : null;
  if (!L)
    throw analyticsError(fn, `${what} has no usable covariance (a model loaded from JSON, or a fit whose Hessian is singular); refit it`);
  return (random) => {
    const z = theta.map(() => standardNormal(random));
    return Object.fromEntries(keys.map((k, i) => [k, theta[i] * Math.exp(L[i].reduce((acc, l, j) => acc + l * z[j], 0))])) as P;
  };
}
