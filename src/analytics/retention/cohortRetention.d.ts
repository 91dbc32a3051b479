import type { ColumnTable } from 'arquero';
import type { TableInput } from '../columnar/tableInput';
export interface CohortRetentionOptions {
    /** Cohort and activity period (default month). */
    period: 'week' | 'month' | 'quarter';
    /** Share of cohort customers active (default), or cohort revenue relative to its first period. */
    measure: 'customers' | 'revenue';
    /** 'classic': active in exactly period c + k (default); 'unbounded': in c + k or any later period. */
    mode: 'classic' | 'unbounded';
}
/**
 * Cohort c = customers whose first purchase falls in period c; cell (c, k) = the share of them
 * active in period c + k (k = 0 is 1 by definition). Cells after the last observed period are
 * null, never 0. With `measure: 'revenue'`, cell (c, k) = the cohort's revenue in period c + k
 * divided by its revenue in period c.
 *
 * @param transactions from {@link prepareTransactions}
 * @param options `{ period = 'month' | 'week' | 'quarter', measure = 'customers' | 'revenue', mode = 'classic' | 'unbounded' }`
 * @returns a table: cohort, size, then one column per offset "0", "1", …
 * @example
 * crm.cohortRetention(tx).objects()[0] // → { cohort: '2024-01', size: 3, '0': 1, '1': 0.333, '2': 0.667 }
 */
export declare function cohortRetention(transactions: TableInput, options?: Partial<CohortRetentionOptions>): ColumnTable;
/**
 * The average retention curve of a cohort table, weighted by cohort size over the cohorts where
 * each offset is observed (Σ retained / Σ size; not the mean of the percentages).
 * @example crm.cohortAverage(crm.cohortRetention(tx)) // → [1, 0.4, 0.667]
 */
export declare function cohortAverage(cohortTable: ColumnTable): (number | null)[];
