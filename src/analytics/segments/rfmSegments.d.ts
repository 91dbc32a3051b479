/**
 * Named RFM segments from the R×F grid (spec §7 map (a), the map that recurs across public RFM
 * notebooks), plus "Lost" for R = 1 and F = 1: a CRM Workbench convention, not from a source,
 * that takes that one cell out of "Hibernating".
 *
 * | R \ F | 1 | 2 | 3 | 4 | 5 |
 * |---|---|---|---|---|---|
 * | 5 | New Customers | Potential Loyalists | Potential Loyalists | Champions | Champions |
 * | 4 | Promising | Potential Loyalists | Potential Loyalists | Loyal Customers | Loyal Customers |
 * | 3 | About to Sleep | About to Sleep | Need Attention | Loyal Customers | Loyal Customers |
 * | 2 | Hibernating | Hibernating | At Risk | At Risk | Can't Lose Them |
 * | 1 | Lost (11) / Hibernating | Hibernating | At Risk | At Risk | Can't Lose Them |
 */
export declare const SEGMENTS: readonly ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention", "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"];
export type SegmentName = (typeof SEGMENTS)[number];
/** Segment of an (R, F) pair of quintile scores (1..5). `lost: false` keeps RF 11 in Hibernating. */
export declare function segmentOf(r: number, f: number, lost?: boolean): SegmentName;
/** A score on k bins mapped onto quintiles, so the grid applies to any number of bins. */
export declare function toQuintile(score: number, bins: number): number;
/** Segment names in Simplified Chinese (a translation of the grid's names, for reports and tables). */
export declare const SEGMENT_NAMES_ZH: Record<SegmentName, string>;
export type Language = 'en' | 'zh-cn';
/** A segment's name in a language ('en' keeps the English name). */
export declare function segmentName(name: SegmentName, language?: Language): string;
