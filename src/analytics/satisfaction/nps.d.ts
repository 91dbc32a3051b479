export interface NpsOptions {
    /** Confidence level of the interval (default 0.95). */
    confidence: number;
}
export interface NpsResult {
    /** NPS in points, −100..100; null when there is no valid response (never 0). */
    nps: number | null;
    /** Valid responses. */
    n: number;
    promoters: number;
    passives: number;
    detractors: number;
    /** Responses left out: null, non-numeric, non-integer or outside 0..10. */
    excluded: number;
    /** Standard error in points (Wald, trinomial: 100·√((p + d − (p − d)²)/n)). */
    se: number | null;
    /** Margin of error: z·se. */
    moe: number | null;
    /** Wald interval, clipped to [−100, 100]. */
    ci: [number, number] | null;
    /** Adjusted Wald (n + 3, ¾ added to promoters and detractors): better for small n and all-one-category samples. */
    adjusted: {
        nps: number;
        se: number;
        ci: [number, number];
    } | null;
    confidence: number;
}
/** Counts of promoters, passives, detractors and excluded values. */
/**
 * The NPS category of one answer: promoter (9–10), passive (7–8), detractor (0–6), or null when
 * the answer is not an integer from 0 to 10 (numeric strings are read as numbers).
 * @example npsCategory(9) // → 'promoter'
 */
export declare function npsCategory(v: unknown): 'promoter' | 'passive' | 'detractor' | null;
export declare function npsCounts(scores: ArrayLike<unknown>): {
    promoters: number;
    passives: number;
    detractors: number;
    excluded: number;
};
/** NPS, SE and interval from counts. */
export declare function npsFromCounts(promoters: number, passives: number, detractors: number, excluded?: number, confidence?: number): NpsResult;
/**
 * Net Promoter Score of 0..10 answers: promoters 9–10, passives 7–8, detractors 0–6;
 * NPS = 100·(p − d) points. Invalid answers are excluded and counted, never guessed.
 *
 * The standard error keeps the covariance term (a common blog formula drops it and understates
 * the error). With few answers, or all in one category (Wald SE 0), use `adjusted`.
 *
 * @param scores answers, e.g. `table.array('score')`
 * @param options `{ confidence = 0.95 }`
 * @example
 * crm.nps([...Array(50).fill(10), ...Array(30).fill(8), ...Array(20).fill(3)])
 * // → { nps: 30, n: 100, se: 7.8102, moe: 15.3079, ci: [14.69, 45.31], adjusted: { nps: 29.1262, se: 7.6915, ci: [14.0509, 44.2016] }, … }
 */
export declare function nps(scores: ArrayLike<unknown>, options?: Partial<NpsOptions>): NpsResult;
