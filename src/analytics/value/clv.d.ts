import type { ColumnTable } from 'arquero';
import type { BgNbdModel } from './bgnbd';
import type { ParetoNbdModel } from './paretoNbd';
import type { GammaGammaModel } from './gammaGamma';
import { type TableInput } from '../columnar/tableInput';
import { type SummaryColumns } from './summaryInput';
/**
 * Model time units per month, as lifetimes and PyMC-Marketing use them: days 30, weeks 4.345,
 * months 1, hours 720; any other unit 30/days.
 */
export declare function periodsPerMonth(timeUnitDays: number): number;
/** What predictClv needs of a repeat-purchase model (BG/NBD or Pareto/NBD). */
export interface PurchaseModel {
    conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
    probabilityAlive(x: number, tx: number, T: number): number;
    readonly timeUnitDays: number;
}
export interface PredictClvOptions {
    /** A fitted BG/NBD model (give this or `paretoNbd`). */
    bgnbd: BgNbdModel | undefined;
    /** A fitted Pareto/NBD model, used in place of BG/NBD. */
    paretoNbd: ParetoNbdModel | undefined;
    gammaGamma: GammaGammaModel;
    /** Horizon in months (default 12). */
    months: number;
    /** Discount rate per month (default 0.01); month k is discounted by (1 + d)^k. */
    monthlyDiscount: number;
    /** Days per time unit of the summary; default: the BG/NBD model's. */
    timeUnitDays: number | undefined;
    columns: Partial<SummaryColumns>;
}
/**
 * Per customer (F-CLV-1, the lifetimes / PyMC-Marketing convention):
 * CLV = Σ_{k=1..months} m̂ · (E[Y(k·f)] − E[Y((k−1)·f)]) / (1 + d)^k, with m̂ the Gamma-Gamma
 * expected spend and f model units per month. The time unit matters: weekly data read as daily
 * inflates CLV several times over, so the unit is taken from the model unless given.
 * The purchase model is BG/NBD (`bgnbd`) or Pareto/NBD (`paretoNbd`); the formula is the same.
 * @param summary from {@link rfmSummary}
 * @returns a table: customerId (when present), frequency, recency, T, expectedPurchases (over the horizon), probabilityAlive, expectedSpend, clv
 * @example crm.predictClv(summary, { bgnbd, gammaGamma }).objects()[0].clv // → 36.28 (CDNOW customer 1, REF-CLV-01)
 */
export declare function predictClv(summary: TableInput, options: Partial<PredictClvOptions> & {
    gammaGamma: GammaGammaModel;
}): ColumnTable;
/**
 * Discounted cash flows with end-of-period payments: Σ_{t=1..N} R_t/(1 + d)^t (F-CLV-5).
 * @example crm.dcfClv([1000, 1000, 1000, 1000, 1000], 0.1) // → 3790.79 (REF-DCF-01; not 3872.78)
 */
export declare function dcfClv(cashflows: number[], rate: number): number;
/**
 * Simple CLV = AOV × purchases per period × lifespan in periods × margin (F-CLV-3). With a
 * constant churn per period instead of a lifespan, lifespan = 1/churn.
 * @example crm.simpleClv({ aov: 50, frequency: 4, lifespan: 3, margin: 0.3 }) // → 180
 */
export declare function simpleClv(input: {
    aov: number;
    frequency: number;
    lifespan?: number;
    churn?: number;
    margin?: number;
}): number;
/**
 * Retention-based CLV for a constant margin m per period, retention r and discount d, over an
 * infinite horizon (F-CLV-4). Default timing 'end-retained' is Gupta & Lehmann's margin multiple
 * m·r/(1 + d − r); 'end' is m/(1 + d − r) (first margin certain, at the end of period 1);
 * 'start' is m(1 + d)/(1 + d − r) (first margin now).
 * @example crm.marginMultipleClv({ margin: 100, retention: 0.8, discount: 0.1 }) // → 266.67 (REF-CLV-03)
 */
export declare function marginMultipleClv(input: {
    margin: number;
    retention: number;
    discount: number;
    timing?: 'end-retained' | 'end' | 'start';
}): number;
