import type { ColumnTable } from 'arquero';
import { type TableInput } from '../columnar/tableInput';
/** Quantile with linear interpolation between order statistics (type 7, numpy's default). */
export declare function quantileSorted(sorted: ArrayLike<number>, q: number): number;
/**
 * Per value of `by`: count and share; for every numeric column its mean, median, p25 and p75;
 * for every text column its three most frequent values with counts.
 * @param table e.g. `crm.kmeansSegments(...).table` or `crm.rfm(tx)`
 * @param by the segment column
 * @returns a table with one row per segment: segment, count, share, `<col>_mean`, `<col>_median`, `<col>_p25`, `<col>_p75`, `<col>_top`
 * @example crm.profile(seg.table, 'segment').objects()[0] // → { segment: 0, count: 812, share: 0.41, recency_mean: 35.2, …, segment_top: … }
 */
export declare function profile(table: TableInput, by: string): ColumnTable;
