export interface ClassificationMetrics {
    /** scikit-learn layout: rows = actual, columns = predicted, labels [0, 1] → [[TN, FP], [FN, TP]]. */
    confusionMatrix: [[number, number], [number, number]];
    accuracy: number;
    precision: number;
    recall: number;
    specificity: number;
    f1: number;
    /** Area under the ROC curve; present when scores were given and both classes occur. */
    rocAuc: number | null;
    /** Metrics whose denominator was 0 (reported as 0, as scikit-learn's zero_division="warn"). */
    undefinedMetrics: string[];
    n: number;
}
/**
 * ROC AUC as the Mann–Whitney statistic: the share of (positive, negative) pairs where the
 * positive scores higher, ties counting ½ (equal to the trapezoid area under the ROC curve).
 * @throws when only one class is present (undefined, as in scikit-learn)
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // → 0.75 (REF-CLS-02)
 */
export declare function rocAuc(yTrue: ArrayLike<number | boolean>, scores: ArrayLike<number>): number;
/**
 * Confusion matrix, accuracy, precision, recall, specificity, F1 and (with scores) ROC AUC.
 * @param yTrue actual classes (0/1 or booleans)
 * @param yPredOrScores predicted classes, or scores / probabilities thresholded at `threshold`
 * @param options `{ threshold = 0.5, scores? }` (a score ≥ threshold predicts 1; `scores: true` reads
 *   the values as scores even when they are all 0 or 1, as a model's probabilities can be —
 *   by default values that are all 0/1 are read as predicted classes and get no ROC AUC)
 * @example
 * crm.classificationMetrics([1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [1, 1, 1, 0, 1, 0, 0, 0, 0, 0])
 * // → { accuracy: 0.8, precision: 0.75, recall: 0.75, f1: 0.75, specificity: 0.8333, … } (REF-CLS-01)
 */
export declare function classificationMetrics(yTrue: ArrayLike<number | boolean>, yPredOrScores: ArrayLike<number | boolean>, options?: Partial<{
    threshold: number;
    scores: boolean | undefined;
}>): ClassificationMetrics;
