import type { ColumnTable } from 'arquero';
import { type HoltInitial } from './holtWinters';
export type ForecastMethod = 'holt-winters' | 'linear';
export interface ForecastOptions {
    /** Periods to forecast (default 6). */
    horizon: number;
    /** Periods per season: 12 for months, 52 for weeks, 4 for quarters; 1 for no season (default 12). */
    seasonLength: number;
    method: ForecastMethod;
    /** Coverage of the prediction interval (default 0.95). */
    level: number;
    /** Holt-Winters smoothing parameters to use instead of fitting them (α, β*, γ). */
    params: {
        alpha: number;
        beta: number;
        gamma: number;
    } | undefined;
    /** Periods held out for the backtest (default: the horizon, fewer when the series is short; 0 for none). */
    backtest: number | undefined;
    /**
     * Holt-Winters start state: 'heuristic' (default; from the first two seasons, or y₀ and y₁ − y₀),
     * 'estimated' (least squares, as statsmodels' 'estimated'), or a known state before the first
     * period `{ level, trend, season? }` (statsmodels' 'known'). statsmodels' `Holt` with
     * `initialization_method='legacy-heuristic'` is `{ level: y[0], trend: y[1] - y[0] }`.
     */
    initial: HoltInitial;
}
export interface ForecastResult {
    method: ForecastMethod;
    /** True when Holt-Winters ran without its season (too little data) or linear without dummies. */
    seasonal: boolean;
    /** One row per period: `period`, `actual` (history), `fitted` (one-step), `forecast`, `lower`, `upper`. */
    table: ColumnTable;
    forecast: number[];
    lower: number[];
    upper: number[];
    level: number;
    /** Holt-Winters: alpha, beta (β*), gamma; linear: intercept, slope. */
    params: Record<string, number>;
    /** Standard deviation of the one-step errors (residuals for linear). */
    sigma: number;
    /** Held-out accuracy: MAPE (%) of this method and of the seasonal-naive forecast. */
    backtest: {
        points: number;
        mape: number | null;
        naiveMape: number | null;
        table: ColumnTable;
    } | null;
    warnings: string[];
}
/**
 * @param series numbers oldest first, or the table of {@link revenueSeries} (its partial first and
 *   last periods are left out of the fit, with a warning)
 * @param options `{ horizon = 6, seasonLength = 12, method = 'holt-winters', level = 0.95, params?, backtest?, initial = 'heuristic' }`
 * @example
 * const f = crm.forecast(crm.revenueSeries(tx), { horizon: 3 });
 * f.forecast            // → next three months' revenue
 * [f.lower[0], f.upper[0]] // 95% prediction interval of the first
 * f.backtest.mape       // error of the same method on the last 3 known months, in %
 * // statsmodels' Holt(air, initialization_method='legacy-heuristic').fit(0.8, 0.2) (its test_holt fit1):
 * crm.forecast(air, { seasonLength: 1, horizon: 5, params: { alpha: 0.8, beta: 0.2, gamma: 0 }, initial: { level: air[0], trend: air[1] - air[0] } })
 * // .forecast → [43.76, 45.59, 47.43, 49.27, 51.10]
 */
export declare function forecast(series: number[] | ColumnTable | Record<string, unknown>[], options?: Partial<ForecastOptions>): ForecastResult;
