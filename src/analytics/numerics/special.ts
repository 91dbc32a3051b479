/**
 * Special functions for the probabilistic models (spec §14).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; about 1e-15 relative).
 * @example lnGamma(5) // → ln 24 = 3.1780538303479458
 */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x); // reflection
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/**
 * ln(Σ exp(xᵢ)) without overflow; −∞ for no finite terms.
 * @example logSumExp([1000, 1000]) // → 1000 + ln 2
 */
export function logSumExp(xs: number[]): number {
  let max = -Infinity;
  for (const x of xs) if (x > max) max = x;
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const x of xs) s += Math.exp(x - max);
  return max + Math.log(s);
}

/** The logistic function 1/(1 + e^−x), stable for large |x|. */
export function logistic(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 200_000; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) return sum;
  }
  return sum;
}

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series. When the
 * direct series overflows or loses its terms' sign balance, Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z) is used instead.
 * @example hyp2f1(1, 1, 2, 0.5) // → −ln(1 − 0.5)/0.5 = 1.3862943611198906
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new Error(`hyp2f1: z must be in [0, 1), not ${z}`);
  if (z === 0) return 1;
  const direct = hyp2f1Series(a, b, c, z);
  if (Number.isFinite(direct) && direct > 0) return direct;
  return Math.pow(1 - z, c - a - b) * hyp2f1Series(c - a, c - b, c, z);
}
