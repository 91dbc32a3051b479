import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
import { type SummaryColumns } from './summaryInput';
import type { BgNbdModel } from './bgnbd';
import type { ParetoNbdModel } from './paretoNbd';
export interface CustomerIntervalOptions {
    /** Horizon in model time units for the expected purchases (required). */
    t: number;
    /** Parameter sets drawn (default 500). */
    draws: number;
    /** Central coverage of the interval (default 0.9: the 5th to 95th percentiles). */
    level: number;
    seed: number;
    columns: Partial<SummaryColumns>;
}
type Model = BgNbdModel | ParetoNbdModel;
/**
 * @param model a fitted `crm.fitBgNbd` or `crm.fitParetoNbd` model (with its covariance)
 * @param summary the customers (frequency, recency, T), e.g. from {@link rfmSummary}
 * @param options `{ t, draws = 500, level = 0.9, seed = 42, columns }`
 * @returns a table: customerId (when present), expectedPurchases with expectedLower/expectedUpper, probabilityAlive with aliveLower/aliveUpper
 * @throws when the model has no covariance (loaded from JSON, or the Hessian was singular)
 * @example crm.customerIntervals(paretoModel, summary, { t: 52 }).objects()[0] // → { expectedPurchases: 1.2, expectedLower: 1.1, … }
 */
export declare function customerIntervals(fitted: Model, summary: TableInput, options: Partial<CustomerIntervalOptions> & {
    t: number;
}): ColumnTable;
export {};
