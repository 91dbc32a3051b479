/**
 * NPS × value: survey answers joined to the customers' segments or CLV deciles.
 */
import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface NpsByCustomersOptions {
    /** 'segment' (default), 'clvDecile' (deciles of the customers' `clv`, 10 = most valuable) or any column of `customers`. */
    by: string;
    /** One row per customer: `customerId` and the `by` column (e.g. `crm.rfm(tx)`, `crm.predictClv(…)`). */
    customers: TableInput;
    /** The responses' customer id column (default: `customerId` if present, else `respondentId`). */
    idColumn: string | undefined;
    /** Confidence of the intervals and margins of error (default 0.95). */
    confidence: number;
    scoreColumn: string;
    /** The value column for `clvDecile` (default `clv`). */
    valueColumn: string;
}
/**
 * NPS with its interval and margin of error (`moe`, half the interval's width, in NPS points) for
 * each segment or CLV decile. Each answer is matched to its customer by id; answers whose id is
 * not among `customers` form the group "(not a customer)". Segments come in the RFM grid's order
 * (Champions first), deciles from 10 (most valuable) down, other groups largest first.
 * Margins of error follow {@link nps} (Wald interval on the trinomial; spec §9).
 * @param responses survey answers (from prepareResponses) with a customer id and a score
 * @param options `{ by = 'segment' | 'clvDecile' | column, customers, idColumn, confidence = 0.95, valueColumn = 'clv' }`
 * @returns a table: group, n, nps, ciLow, ciHigh, moe, promoters, passives, detractors
 * @throws when a column is missing
 * @example crm.npsBy(survey.table, { by: 'segment', customers: crm.rfm(tx) }).objects()[0]
 * // → { group: 'Champions', n: 42, nps: 52.4, ciLow: 31.9, ciHigh: 72.9, moe: 20.5, … }
 */
export declare function npsByCustomers(responses: TableInput, options: Partial<NpsByCustomersOptions> & {
    customers: TableInput;
}): ColumnTable;
