import { type ParetoNbdParams } from '../numerics/paretoNbdLikelihood';
import { type SummaryColumns } from './summaryInput';
import type { TableInput } from '../columnar/tableInput';
export type { ParetoNbdParams } from '../numerics/paretoNbdLikelihood';
export { paretoNbdLogLikelihood } from '../numerics/paretoNbdLikelihood';
export interface ParetoNbdJson {
    type: 'crm-workbench/pareto-nbd';
    version: 1;
    params: ParetoNbdParams;
    logLikelihood: number;
    converged: boolean;
    standardErrors: ParetoNbdParams | null;
    covariance: number[][] | null;
    timeUnitDays: number;
    customers: number;
    warnings: string[];
}
/** A fitted (or loaded) Pareto/NBD model. Times are in the model's unit (`timeUnitDays` days). */
export declare class ParetoNbdModel {
    readonly params: ParetoNbdParams;
    readonly logLikelihood: number;
    readonly converged: boolean;
    readonly standardErrors: ParetoNbdParams | null;
    /** Asymptotic covariance of (r, α, s, β): the inverse Hessian of −ln L at the fit. */
    readonly covariance: number[][] | null;
    readonly timeUnitDays: number;
    readonly customers: number;
    readonly warnings: string[];
    constructor(params: ParetoNbdParams, logLikelihood: number, converged: boolean, standardErrors: ParetoNbdParams | null, 
    /** Asymptotic covariance of (r, α, s, β): the inverse Hessian of −ln L at the fit. */
    covariance: number[][] | null, timeUnitDays: number, customers: number, warnings: string[]);
    /** E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]: repeat purchases of a new customer in (0, t] (note 009 eq. 27). */
    expectedPurchases(t: number): number;
    /** P(alive | x, t_x, T) (note 009 eq. 36–37), as a logistic of the two likelihood terms. */
    probabilityAlive(x: number, tx: number, T: number): number;
    /**
     * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] (note 009 eq. 41):
     * P(alive) · (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)].
     */
    conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
    conditionalExpectedPurchases(t: number, summary: TableInput, columns?: Partial<SummaryColumns>): number[];
    /** A copy with other parameters (for drawing parameter sets); the fit statistics are kept. */
    withParams(params: ParetoNbdParams): ParetoNbdModel;
    /** Loads a model saved with `toJSON()`, checking its tag. */
    static fromJSON(json: unknown): ParetoNbdModel;
    toJSON(): ParetoNbdJson;
}
export interface FitParetoNbdOptions {
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
 * Fits Pareto/NBD by maximum likelihood over log-parameters (the optimiser BG/NBD uses), with time
 * rescaled so that the largest T is 1 (as lifetimes does; α and β are scaled back). The
 * likelihood is note 009's eq. (18) evaluated in log space (see `numerics/paretoNbdLikelihood.ts`).
 *
 * @param summary from {@link rfmSummary} (frequency, recency, T)
 * @param options `{ penalizer = 0, weights, timeUnitDays = 1, columns }`
 * @returns a {@link ParetoNbdModel}: params, logLikelihood, standardErrors, covariance, predictions
 * @throws when the summary is empty or inconsistent (t_x > T, negative or fractional x)
 * @example
 * const m = crm.fitParetoNbd(cdnowSummary, { timeUnitDays: 7 });
 * m.params // → { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.668 }, m.logLikelihood // → −9594.98 (REF-PNBD-01)
 * crm.predictClv(cdnowSummary, { paretoNbd: m, gammaGamma })
 */
export declare function fitParetoNbd(summary: TableInput, options?: Partial<FitParetoNbdOptions>): ParetoNbdModel;
