/**
 * The warning sentences of the order rules: what was excluded and why, and how to change it.
 */
import type { DroppedRow } from './dataQualityReport';
export interface WarningInput {
    dropped: DroppedRow[];
    statusColumn: string | undefined;
    lineItems: boolean;
    merged: number;
    orderColumn: string | undefined;
    currencies: {
        names: string[];
        counts: number[];
        chosen: number;
    } | undefined;
    late: {
        reason: 'after asOf' | 'future date';
        latest: number;
    } | undefined;
    partial: {
        count: number;
        total: number;
    };
}
/** One sentence per topic: merged line items, exclusions by status, unknown statuses, currencies, late dates, partial refunds. */
export declare function ruleWarnings({ dropped, statusColumn, lineItems, merged, orderColumn, currencies, late, partial }: WarningInput): string[];
