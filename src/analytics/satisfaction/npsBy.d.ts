import type { ColumnTable } from 'arquero';
import { type Period } from '../columnar/dates';
import { type TableInput } from '../columnar/tableInput';
import { type NpsByCustomersOptions } from './npsByCustomers';
/** One row of NPS per group (with `moe`, the margin of error, when asked). */
export declare function rowsOf(groups: Map<string | number, unknown[]>, confidence: number, labelName: string, label: (k: string | number) => string, withMoe?: boolean): ColumnTable;
/**
 * NPS with its interval for each value of a column (e.g. plan, country, channel), or — with
 * `{ by, customers }` — for each segment or CLV decile of the customers who answered
 * (see {@link npsByCustomers}).
 * @param responses a table with a `score` column (from {@link prepareResponses})
 * @param column the grouping column, or `{ by: 'segment' | 'clvDecile' | column, customers }`
 * @example crm.npsBy(responses, 'plan').objects() // → [{ group: 'Pro', n: 120, nps: 41.7, ciLow: 29.1, ciHigh: 54.2, … }, …]
 * @example crm.npsBy(responses, { by: 'segment', customers: crm.rfm(tx) }) // → NPS of Champions vs At Risk, with `moe`
 */
export declare function npsBy(responses: TableInput, column: string | (Partial<NpsByCustomersOptions> & {
    customers: TableInput;
}), options?: Partial<{
    confidence: number;
    scoreColumn: string;
}>): ColumnTable;
/**
 * NPS with its interval per calendar period (month by default), oldest first. Responses without
 * a date are left out.
 * @param responses a table with `date` and `score` columns (from {@link prepareResponses})
 * @param options `{ period = 'month' | 'week' | 'quarter' | 'year', confidence = 0.95 }`
 * @example crm.npsTrend(responses).objects()[0] // → { period: '2024-01', n: 84, nps: 27.4, ciLow: 11.2, ciHigh: 43.6, … }
 */
export declare function npsTrend(responses: TableInput, options?: Partial<{
    period: Period;
    confidence: number;
    dateColumn: string;
    scoreColumn: string;
}>): ColumnTable;
