/**
 * The ROC curve: true- and false-positive rates at every distinct score threshold, from the
 * strictest (nothing predicted positive) to the loosest (everything positive). Tied scores move
 * together, so the trapezoid area under these points equals {@link rocAuc}.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { scoredLabels } from './scoredLabels';

/**
 * @returns a table of `threshold, fpr, tpr` (threshold Infinity for the (0, 0) corner)
 * @example crm.rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).objects()
 * // → (0,0) (0,.5) (.5,.5) (.5,1) (1,1) — area 0.75 (REF-CLS-02)
 */
export function rocCurve(yTrue: ArrayLike<number | boolean>, scores: ArrayLike<number>): ColumnTable {
  const { n, pos, neg, order: idx } = scoredLabels('rocCurve', yTrue, scores, 'descending');
  const rows = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n;) {
    const s = scores[idx[i]];
    while (i < n && scores[idx[i]] === s) {
      if (yTrue[idx[i]] === 1 || yTrue[idx[i]] === true) tp++;
      else fp++;
      i++;
    }
    rows.push({ threshold: s, fpr: fp / neg, tpr: tp / pos });
  }
  return aq.from(rows);
}
