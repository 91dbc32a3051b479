import type { ColumnTable } from 'arquero';
/**
 * @returns a table of `threshold, fpr, tpr` (threshold Infinity for the (0, 0) corner)
 * @example crm.rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).objects()
 * // → (0,0) (0,.5) (.5,.5) (.5,1) (1,1) — area 0.75 (REF-CLS-02)
 */
export declare function rocCurve(yTrue: ArrayLike<number | boolean>, scores: ArrayLike<number>): ColumnTable;
