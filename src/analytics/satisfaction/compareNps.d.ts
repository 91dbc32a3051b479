import { type NpsResult } from './nps';
export interface NpsComparison {
    a: number;
    b: number;
    /** a − b in points. */
    difference: number;
    z: number;
    /** Two-sided p-value. */
    p: number;
    /** p < 1 − confidence. */
    significant: boolean;
}
/**
 * z = (NPS₁ − NPS₂)/√(SE₁² + SE₂²), two-sided p = 2(1 − Φ(|z|)). Valid for independent samples
 * only (not the same respondents twice).
 * @param a, b NPS results or arrays of 0..10 scores
 * @example
 * crm.compareNps(crm.npsFromCounts(50, 30, 20), crm.npsFromCounts(40, 30, 30))
 * // → { a: 30, b: 10, difference: 20, z: 1.7541, p: 0.0794, significant: false }
 */
export declare function compareNps(a: NpsResult | ArrayLike<unknown>, b: NpsResult | ArrayLike<unknown>, options?: {
    confidence?: number;
}): NpsComparison;
