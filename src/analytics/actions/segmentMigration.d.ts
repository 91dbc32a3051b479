import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
export interface SegmentMigrationOptions {
    /** Contact details to join onto `movers` (pass `tx.customers` from prepareTransactions). */
    contacts: TableInput | undefined;
    /** The customer id column of both tables (default `customerId`). */
    idColumn: string;
    /** The segment column of both tables (default `segment`). */
    segmentColumn: string;
}
export interface SegmentMigration {
    /** One row per (from, to) pair with customers: from, to, customers; `new` and `gone` included. */
    table: ColumnTable;
    /** Customers whose segment changed (or who are new or gone): customerId, from, to, then the after table's revenue and contacts when present. */
    movers: ColumnTable;
    /** Counts: customers in either table, stayed in the same segment, moved, new, gone. */
    counts: {
        customers: number;
        stayed: number;
        moved: number;
        new: number;
        gone: number;
    };
    /** One sentence on what matters most, e.g. "14 customers left Champions; 9 of them are now At Risk". */
    summary: string;
}
export declare const NEW = "new";
export declare const GONE = "gone";
/**
 * Compares two segmentations of the same customers, e.g. last month's and this month's RFM:
 * each customer's segment `before` and `after`. Customers missing from `before` come `from: 'new'`;
 * customers missing from `after` go `to: 'gone'`.
 *
 * The summary names the segment that lost the most customers among the best segments (in the
 * order of the RFM grid: Champions, Loyal Customers, …) — a loss from Champions is told before a
 * bigger one from Hibernating when both exist with at least a tenth of the largest loss — and
 * where most of them went.
 * @param before e.g. `crm.rfm(tx, { asOf: '2024-11-30' })` or last month's saved scores (`load('scores-2024-11.csv')`)
 * @param after e.g. `crm.rfm(tx, { asOf: '2024-12-31' })`
 * @param options `{ contacts, idColumn = 'customerId', segmentColumn = 'segment' }`
 * @returns `{ table, movers, counts, summary }`
 * @throws when a table lacks the id or segment column, or an id appears twice in one table
 * @example
 * const m = crm.segmentMigration(crm.rfm(tx, { asOf: '2024-11-30' }), crm.rfm(tx, { asOf: '2024-12-31' }));
 * m.summary // → '14 customers left Champions; 9 of them are now At Risk'
 */
export declare function segmentMigration(before: TableInput, after: TableInput, options?: Partial<SegmentMigrationOptions>): SegmentMigration;
