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
export declare function regressionMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionMetrics;
