import type { CompressedSummary } from './bgNbdLikelihood';
export interface ParetoNbdParams {
    r: number;
    alpha: number;
    s: number;
    beta: number;
}
/**
 * ln ₂F₁(a, b; a+1; z) for a > 0, 0 < b < a+1, 0 ≤ z < 1 (see the file comment).
 * @example Math.exp(lnHyp2f1Shifted(1, 1, 0.5)) // → ₂F₁(1, 1; 2; ½) = 2 ln 2 = 1.3862943611198906
 */
export declare function lnHyp2f1Shifted(a: number, b: number, z: number): number;
/** ln A₀ of note 009 eq. (19)–(20); −∞ when t_x = T. */
export declare function paretoLnA0(p: ParetoNbdParams, x: number, tx: number, T: number): number;
/**
 * The two parts of ln L of one customer: ln of the "alive at T" term and of the "died in (t_x, T]"
 * term, both without the common factor Γ(r+x) α^r β^s / Γ(r). P(alive) is their logistic.
 */
export declare function paretoTerms(p: ParetoNbdParams, x: number, tx: number, T: number): {
    alive: number;
    dead: number;
};
/**
 * ln L of one customer (note 009 eq. 18).
 * @example paretoNbdLogLikelihood({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 2, 30.43, 38.86)
 */
export declare function paretoNbdLogLikelihood(p: ParetoNbdParams, x: number, tx: number, T: number): number;
/** Σ w · ln L over the merged rows of a summary (rows merged as for BG/NBD). */
export declare function paretoSummaryLogLikelihood(d: CompressedSummary, p: ParetoNbdParams): number;
