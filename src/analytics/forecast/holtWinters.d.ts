export type HoltInitial = 'heuristic' | 'estimated' | {
    level: number;
    trend: number;
    season?: number[];
};
export type SmoothingParams = {
    alpha: number;
    beta: number;
    gamma: number;
};
export interface HoltFit {
    fitted: number[];
    forecast: number[];
    sd: number[];
    params: Record<string, number>;
    sigma: number;
    seasonal: boolean;
    df: null;
}
/** Checks the `initial` option. */
export declare function checkInitial(fn: string, initial: unknown): void;
/**
 * Fits (or applies given) smoothing parameters and forecasts `horizon` periods.
 * @example holtWinters([17.55, 21.86, 23.89], 1, 5, { alpha: 0.8, beta: 0.2, gamma: 0 }, { level: 17.55, trend: 4.31 })
 */
export declare function holtWinters(y: number[], m: number, horizon: number, fixed: SmoothingParams | undefined, initial?: HoltInitial): HoltFit;
