/**
 * Regularised incomplete beta I_x(a, b).
 * @example incompleteBeta(0.5, 2, 3) // → 0.6875
 */
export declare function incompleteBeta(x: number, a: number, b: number): number;
/**
 * P(T ≤ t) for Student's t with `df` degrees of freedom.
 * @example studentTCdf(2.228139, 10) // → 0.975
 */
export declare function studentTCdf(t: number, df: number): number;
/**
 * The t value below which a share p of the distribution lies.
 * @example studentTQuantile(0.975, 10) // → 2.228139
 */
export declare function studentTQuantile(p: number, df: number): number;
