export interface CompressedSummary {
    /** Distinct values, and for each merged row the index of its x, t_x and T. */
    xs: Float64Array;
    txs: Float64Array;
    Ts: Float64Array;
    xi: Int32Array;
    txi: Int32Array;
    Ti: Int32Array;
    w: Float64Array;
    rows: number;
}
/** Merges identical rows; times are divided by `scale` first. */
export declare function compressSummary(x: Float64Array, tx: Float64Array, T: Float64Array, w: Float64Array, scale: number): CompressedSummary;
/** Every `every`-th merged row (a systematic sample, for a cheap first fit on large data). */
export declare function everyNthRow(s: CompressedSummary, every: number): CompressedSummary;
/** Σ w · ln L over the merged rows, for parameters (r, α, a, b) in the summary's scaled time. */
export declare function summaryLogLikelihood(s: CompressedSummary, r: number, alpha: number, a: number, b: number): number;
