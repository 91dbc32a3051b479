import { type SummaryColumns } from './summaryInput';
import type { TableInput } from '../columnar/tableInput';
export interface BgNbdParams {
    r: number;
    alpha: number;
    a: number;
    b: number;
}
/**
 * ln L of one customer (F-BG-1), in log space with log-sum-exp so that large x cannot underflow
 * [Hardie note 027].
 * @example bgNbdLogLikelihood({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 200, 38, 40) // → 100.7957 (REF-BG-08)
 */
export declare function bgNbdLogLikelihood(p: BgNbdParams, x: number, tx: number, T: number): number;
export interface BgNbdJson {
    type: 'crm-workbench/bgnbd';
    version: 1;
    params: BgNbdParams;
    logLikelihood: number;
    converged: boolean;
    standardErrors: BgNbdParams | null;
    timeUnitDays: number;
    customers: number;
    warnings: string[];
}
/** What a BG/NBD model holds besides its parameters: how the fit went, and on what. */
export type BgNbdFit = Omit<BgNbdJson, 'type' | 'version' | 'params'>;
/**
 * A fitted (or loaded) BG/NBD model. Times are in the model's unit (`timeUnitDays` days).
 * @example
 * const m = new BgNbdModel({ params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnitDays: 7 });
 * m.expectedPurchases(52) // → about 1.45 repeat purchases in a year of weeks
 */
export declare class BgNbdModel {
    readonly params: BgNbdParams;
    readonly logLikelihood: number;
    readonly converged: boolean;
    readonly standardErrors: BgNbdParams | null;
    readonly timeUnitDays: number;
    readonly customers: number;
    readonly warnings: string[];
    /** Asymptotic covariance of (r, α, a, b), the inverse Hessian of −ln L at the fit (null when loaded or not computable). */
    readonly covariance: number[][] | null;
    constructor(model: {
        params: BgNbdParams;
        covariance?: number[][] | null;
    } & Partial<BgNbdFit>);
    /** A copy with other parameters (for drawing parameter sets); the fit statistics are kept. */
    withParams(params: BgNbdParams): BgNbdModel;
    /** E[X(t)]: repeat purchases a new customer makes in (0, t] (F-BG-2). */
    expectedPurchases(t: number): number;
    private aliveTerm;
    /** P(alive | x, t_x, T) (F-BG-5): 1 when x = 0; a logistic, so a huge x gives 0 without overflow. */
    probabilityAlive(x: number, tx: number, T: number): number;
    /**
     * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] (F-BG-4); with a summary table
     * instead of (x, t_x, T), one value per customer.
     */
    conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
    conditionalExpectedPurchases(t: number, summary: TableInput, columns?: Partial<SummaryColumns>): number[];
    /** P(X(t) = n): the chance of exactly n repeat purchases in (0, t] (F-BG-3). */
    probabilityOfPurchases(n: number, t: number): number;
    /** Loads a model saved with `toJSON()`, checking its tag. */
    static fromJSON(json: unknown): BgNbdModel;
    toJSON(): BgNbdJson;
}
export interface FitBgNbdOptions {
    /** L2 penalty on the parameters, as lifetimes' `penalizer_coef` (default 0). */
    penalizer: number;
    /** Column with the number of customers each row stands for (grouped data). */
    weights: string | undefined;
    /** Days per time unit of the summary (7 for weeks); kept with the model for CLV. */
    timeUnitDays: number;
    /** Column names of the summary. */
    columns: Partial<SummaryColumns>;
}
/**
 * Fits BG/NBD by maximum likelihood over log-parameters (Nelder–Mead with restarts), with time
 * rescaled so that the largest T is 1 (as lifetimes does; α is scaled back).
 *
 * @param summary from {@link rfmSummary} (frequency, recency, T)
 * @param options `{ penalizer = 0, weights, timeUnitDays = 1, columns }`
 * @returns a {@link BgNbdModel}: params, logLikelihood, converged, standardErrors, predictions
 * @throws when the summary is empty or inconsistent (t_x > T, negative or fractional x)
 * @example
 * const m = crm.fitBgNbd(cdnowSummary, { timeUnitDays: 7 });
 * m.params // → { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } (REF-BG-01)
 */
export declare function fitBgNbd(summary: TableInput, options?: Partial<FitBgNbdOptions>): BgNbdModel;
