import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classificationMetrics, rocAuc, rocCurve } from '../../../../src/analytics/index';
import { near } from '../fixtures';

describe('classificationMetrics', () => {
  it('reproduces REF-CLS-01: TP 3, TN 5, FP 1, FN 1 → accuracy .8, precision .75, recall .75, F1 .75, specificity .833333', () => {
    const m = classificationMetrics([1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]);
    assert.deepEqual(m.confusionMatrix, [
      [5, 1],
      [1, 3],
    ]);
    assert.equal(m.accuracy, 0.8);
    assert.equal(m.precision, 0.75);
    assert.equal(m.recall, 0.75);
    assert.equal(m.f1, 0.75);
    near(m.specificity, 0.833333, 1e-6, 'specificity');
    assert.equal(m.rocAuc, null); // classes, not scores
  });

  it('thresholds scores and adds the ROC AUC', () => {
    const m = classificationMetrics([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    assert.deepEqual(m.confusionMatrix, [
      [2, 0],
      [1, 1],
    ]);
    assert.equal(m.rocAuc, 0.75);
    assert.deepEqual(classificationMetrics([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], { threshold: 0.3 }).confusionMatrix, [
      [1, 1],
      [0, 2],
    ]);
  });

  it('reads 0/1 values as scores when told (a pure-leaf model’s probabilities) and then adds the AUC', () => {
    assert.equal(classificationMetrics([0, 1, 1, 0], [0, 1, 0, 0]).rocAuc, null);
    assert.equal(classificationMetrics([0, 1, 1, 0], [0, 1, 0, 0], { scores: true }).rocAuc, rocAuc([0, 1, 1, 0], [0, 1, 0, 0]));
  });

  it('reports 0 with a flag when a denominator is 0 (scikit-learn’s zero_division)', () => {
    const m = classificationMetrics([0, 0, 0], [0, 0, 0]);
    assert.equal(m.precision, 0);
    assert.deepEqual(m.undefinedMetrics, ['precision', 'recall', 'f1']);
  });

  it('rejects labels that are not 0/1 and mismatched lengths', () => {
    assert.throws(() => classificationMetrics([2], [1]), /yTrue must be 0\/1; row 1 is 2/);
    assert.throws(() => classificationMetrics([1, 0], [1]), /differ in length/);
  });
});

describe('rocAuc', () => {
  it('reproduces REF-CLS-02 (scikit-learn roc_auc_score documentation): 0.75', () => {
    assert.equal(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75);
  });

  it('reproduces REF-CLS-03: tied scores count ½ → 0.666667', () => {
    near(rocAuc([0, 0, 1, 1, 1], [0.2, 0.5, 0.5, 0.7, 0.2]), 0.666667, 1e-6, 'AUC with ties');
  });

  it('is undefined with one class, as in scikit-learn', () => {
    assert.throws(() => rocAuc([1, 1], [0.2, 0.3]), /undefined with only one class present/);
  });
});

describe('rocCurve', () => {
  const area = (t: { objects(): object[] }) => {
    const p = t.objects() as { fpr: number; tpr: number }[];
    let a = 0;
    for (let i = 1; i < p.length; i++) a += ((p[i].fpr - p[i - 1].fpr) * (p[i].tpr + p[i - 1].tpr)) / 2;
    return a;
  };

  it('runs from (0, 0) to (1, 1) and its trapezoid area is REF-CLS-02’s 0.75', () => {
    const c = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    assert.deepEqual(
      (c.objects() as { fpr: number; tpr: number }[]).map((r) => [r.fpr, r.tpr]),
      [
        [0, 0],
        [0, 0.5],
        [0.5, 0.5],
        [0.5, 1],
        [1, 1],
      ],
    );
    assert.equal(area(c), 0.75);
  });

  it('moves tied scores together, so its area equals the pairwise AUC of REF-CLS-03 (0.666667)', () => {
    near(area(rocCurve([0, 0, 1, 1, 1], [0.2, 0.5, 0.5, 0.7, 0.2])), 0.666667, 1e-6, 'area with ties');
    assert.throws(() => rocCurve([1, 1], [0.2, 0.3]), /only one class/);
  });
});
