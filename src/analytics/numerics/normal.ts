/**
 * The standard normal distribution.
 */

const LN_SQRT_2PI = 0.9189385332046728; // ln √(2π), to double precision

/**
 * Φ(x), the standard normal CDF. For |x| < 3, Marsaglia's Taylor series (2004, "Evaluating the
 * Normal Distribution"); beyond, Laplace's continued fraction for the tail, so small tail
 * probabilities keep their relative accuracy. Accurate to about 1e-15.
 * @example normalCdf(1.959963984540054) // → 0.975
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 40) return 1;
  if (x < -40) return 0;
  const q = x * x;
  if (Math.abs(x) < 3) {
    let s = x;
    let t = 0;
    let b = x;
    for (let i = 1; s !== t;) s = (t = s) + (b *= q / (i += 2));
    return 0.5 + s * Math.exp(-0.5 * q - LN_SQRT_2PI);
  }
  // Upper tail of |x|: φ(|x|) / (|x| + 1/(|x| + 2/(|x| + 3/(|x| + …)))), evaluated from the back.
  const z = Math.abs(x);
  let f = z;
  for (let k = 80; k >= 1; k--) f = z + k / f;
  const tail = Math.exp(-0.5 * q - LN_SQRT_2PI) / f;
  return x > 0 ? 1 - tail : tail;
}

/**
 * Φ⁻¹(p), the standard normal quantile (Acklam's algorithm with one Halley refinement step,
 * accurate to about 1e-12).
 * @example normalQuantile(0.975) // → 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let x: number;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step against the accurate Φ above.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Two-sided p-value of a z statistic: 2(1 − Φ(|z|)). */
export function twoSidedP(z: number): number {
  return 2 * (1 - normalCdf(Math.abs(z)));
}
