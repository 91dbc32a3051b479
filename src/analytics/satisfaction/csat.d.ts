export interface CsatResult {
    /** Share of ratings in the top two boxes, in percent; null with no valid rating. */
    csat: number | null;
    n: number;
    satisfied: number;
    excluded: number;
    /** Binomial standard error in percentage points: 100·√(p(1 − p)/n). */
    se: number | null;
    ci: [number, number] | null;
    /** The mean rating (a different metric; shown for context). */
    mean: number | null;
    /** Count of each rating 1..scale. */
    distribution: number[];
}
/**
 * CSAT% = 100·(#4 + #5)/n on a 1–5 scale (the top two boxes of any scale). Non-integer,
 * out-of-range and empty ratings are excluded and counted.
 * @param ratings e.g. `table.array('rating')`
 * @param options `{ scale = 5, confidence = 0.95 }`
 * @example crm.csat([1, 2, 3, 4, 4, 5, 5, 5]) // → { csat: 62.5, n: 8, … }
 */
export declare function csat(ratings: ArrayLike<unknown>, options?: Partial<{
    scale: number;
    confidence: number;
}>): CsatResult;
