import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
/**
 * Customers, share, revenue, revenue share and mean recency / frequency / monetary of each
 * segment, in the grid's order (Champions first), empty segments left out.
 * @param rfmTable the output of {@link rfm}
 * @returns a table: segment, customers, share, revenue, revenueShare, meanRecency, meanFrequency, meanMonetary
 * @example
 * crm.segmentSummary(crm.rfm(tx)).objects()[0]
 * // → { segment: 'Champions', customers: 212, share: 0.106, revenue: 84210, revenueShare: 0.41, meanRecency: 9.5, … }
 */
export declare function segmentSummary(rfmTable: TableInput): ColumnTable;
