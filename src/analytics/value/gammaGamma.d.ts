import { type SummaryColumns } from './summaryInput';
import type { TableInput } from '../columnar/tableInput';
export interface GammaGammaParams {
    p: number;
    q: number;
    gamma: number;
}
export interface GammaGammaJson {
    type: 'crm-workbench/gamma-gamma';
    version: 1;
    params: GammaGammaParams;
    logLikelihood: number;
    converged: boolean;
    customers: number;
    spendFrequencyCorrelation: number;
    warnings: string[];
}
/** ln f(z̄ | p, q, γ, x) of one customer (F-GG-1). */
export declare function gammaGammaLogLikelihood(g: GammaGammaParams, x: number, zbar: number): number;
/** What a Gamma-Gamma model holds besides its parameters: how the fit went, and on what. */
export type GammaGammaFit = Omit<GammaGammaJson, 'type' | 'version' | 'params'>;
/**
 * A fitted (or loaded) Gamma-Gamma spend model.
 * @example
 * new GammaGammaModel({ params: { p: 6.25, q: 3.74, gamma: 15.44 } }).meanSpend // → 35.22
 */
export declare class GammaGammaModel {
    readonly params: GammaGammaParams;
    readonly logLikelihood: number;
    readonly converged: boolean;
    readonly customers: number;
    /** corr(x, z̄) over the repeat buyers: the model assumes spend does not depend on frequency. */
    readonly spendFrequencyCorrelation: number;
    readonly warnings: string[];
    constructor(model: {
        params: GammaGammaParams;
    } & Partial<GammaGammaFit>);
    /** Population mean spend per transaction, pγ/(q − 1). */
    get meanSpend(): number;
    /**
     * E[M | x, z̄] = p(γ + x·z̄)/(px + q − 1) (F-GG-2): the customer's expected spend per
     * transaction, between their own mean and the population's; the population mean when x = 0.
     */
    conditionalExpectedSpend(x: number, meanSpend: number): number;
    static fromJSON(json: unknown): GammaGammaModel;
    toJSON(): GammaGammaJson;
}
/**
 * Fits Gamma-Gamma on the repeat buyers of a summary (frequency ≥ 1 and mean repeat spend > 0;
 * others are left out), by maximum likelihood over log-parameters.
 * @param summary from {@link rfmSummary} (frequency, monetaryValue)
 * @throws when fewer than two customers qualify, or when the fit gives q ≤ 1 (the mean spend
 *   would be infinite: the data do not fit the model)
 * @example crm.fitGammaGamma(summary).params // → { p: 6.25, q: 3.74, gamma: 15.44 } on CDNOW (REF-GG-01)
 */
export declare function fitGammaGamma(summary: TableInput, options?: Partial<{
    columns: Partial<SummaryColumns>;
}>): GammaGammaModel;
