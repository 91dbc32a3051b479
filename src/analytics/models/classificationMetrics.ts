/**
 * Classification metrics for churn and purchase models (spec §10; scikit-learn's conventions).
 */
import { analyticsError } from '../analyticsError';
import { resolveOptions } from '../options';
import { scoredLabels } from './scoredLabels';

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

const isBinary = (v: unknown) => v === 0 || v === 1 || v === true || v === false;

/**
 * ROC AUC as the Mann–Whitney statistic: the share of (positive, negative) pairs where the
 * positive scores higher, ties counting ½ (equal to the trapezoid area under the ROC curve).
 * @throws when only one class is present (undefined, as in scikit-learn)
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // → 0.75 (REF-CLS-02)
 */
export function rocAuc(yTrue: ArrayLike<number | boolean>, scores: ArrayLike<number>): number {
  const { n, pos, neg, order: idx } = scoredLabels('rocAuc', yTrue, scores, 'ascending');
  // Sum of the positives' ranks, tied scores sharing their average rank.
  let rankSum = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (yTrue[idx[k]] === 1 || yTrue[idx[k]] === true) rankSum += avg;
    i = j + 1;
  }
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

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
export function classificationMetrics(
  yTrue: ArrayLike<number | boolean>,
  yPredOrScores: ArrayLike<number | boolean>,
  options: Partial<{ threshold: number; scores: boolean | undefined }> = {},
): ClassificationMetrics {
  const fn = 'classificationMetrics';
  const { threshold, scores: areScores } = resolveOptions(fn, { threshold: 0.5, scores: undefined as boolean | undefined }, options);
  const n = yTrue.length;
  if (n === 0) throw analyticsError(fn, 'needs at least one observation');
  if (yPredOrScores.length !== n) throw analyticsError(fn, `yTrue (${n}) and predictions (${yPredOrScores.length}) differ in length`);
  for (let i = 0; i < n; i++) if (!isBinary(yTrue[i])) throw analyticsError(fn, `yTrue must be 0/1; row ${i + 1} is ${String(yTrue[i])}`);
  const scores = Array.from(yPredOrScores, (v) => Number(v));
  const areClasses = areScores === undefined ? Array.from(yPredOrScores).every(isBinary) : !areScores;
  const pred = scores.map((s) => (s >= threshold ? 1 : 0));
  let tp = 0;
  let tn = 0;
  let fp = 0;
  let fn_ = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i] === 1 || yTrue[i] === true ? 1 : 0;
    if (y === 1 && pred[i] === 1) tp++;
    else if (y === 0 && pred[i] === 0) tn++;
    else if (y === 0) fp++;
    else fn_++;
  }
  const undefinedMetrics: string[] = [];
  const ratio = (a: number, b: number, name: string) => {
    if (b === 0) {
      undefinedMetrics.push(name);
      return 0;
    }
    return a / b;
  };
  const precision = ratio(tp, tp + fp, 'precision');
  const recall = ratio(tp, tp + fn_, 'recall');
  const positives = tp + fn_;
  const bothClasses = positives > 0 && positives < n;
  return {
    confusionMatrix: [
      [tn, fp],
      [fn_, tp],
    ],
    accuracy: (tp + tn) / n,
    precision,
    recall,
    specificity: ratio(tn, tn + fp, 'specificity'),
    f1: ratio(2 * tp, 2 * tp + fp + fn_, 'f1'),
    rocAuc: !areClasses && bothClasses ? rocAuc(yTrue, scores) : null,
    undefinedMetrics,
    n,
  };
}
