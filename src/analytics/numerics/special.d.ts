/**
 * Special functions for the probabilistic models (spec §14).
 */
/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; about 1e-15 relative).
 * @example lnGamma(5) // → ln 24 = 3.1780538303479458
 */
export declare function lnGamma(x: number): number;
/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export declare function lnBeta(a: number, b: number): number;
/**
 * ln(Σ exp(xᵢ)) without overflow; −∞ for no finite terms.
 * @example logSumExp([1000, 1000]) // → 1000 + ln 2
 */
export declare function logSumExp(xs: number[]): number;
/** The logistic function 1/(1 + e^−x), stable for large |x|. */
export declare function logistic(x: number): number;
/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series. When the
 * direct series overflows or loses its terms' sign balance, Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z) is used instead.
 * @example hyp2f1(1, 1, 2, 0.5) // → −ln(1 − 0.5)/0.5 = 1.3862943611198906
 */
export declare function hyp2f1(a: number, b: number, c: number, z: number): number;
