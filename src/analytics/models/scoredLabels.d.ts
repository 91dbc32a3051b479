/**
 * Checks 0/1 labels against their scores for ROC measures: equal lengths and both classes present.
 * Returns the class counts and the rows ordered by score (ascending, or descending).
 */
export declare function scoredLabels(fn: string, yTrue: ArrayLike<number | boolean>, scores: ArrayLike<number>, order: 'ascending' | 'descending'): {
    n: number;
    pos: number;
    neg: number;
    order: number[];
};
