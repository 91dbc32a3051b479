/**
 * The standard normal distribution.
 */
/**
 * Φ(x), the standard normal CDF. For |x| < 3, Marsaglia's Taylor series (2004, "Evaluating the
 * Normal Distribution"); beyond, Laplace's continued fraction for the tail, so small tail
 * probabilities keep their relative accuracy. Accurate to about 1e-15.
 * @example normalCdf(1.959963984540054) // → 0.975
 */
export declare function normalCdf(x: number): number;
/**
 * Φ⁻¹(p), the standard normal quantile (Acklam's algorithm with one Halley refinement step,
 * accurate to about 1e-12).
 * @example normalQuantile(0.975) // → 1.959963984540054
 */
export declare function normalQuantile(p: number): number;
/** Two-sided p-value of a z statistic: 2(1 − Φ(|z|)). */
export declare function twoSidedP(z: number): number;
