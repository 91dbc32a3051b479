import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import {
  classificationMetrics,
  crossValidate,
  regressionMetrics,
  trainChurnModel,
  trainClvModel,
  trainLogisticModel,
} from '../../../../src/analytics/index';
import { kFolds } from '../../../../src/analytics/models/modelData';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { near } from '../fixtures';

const r = seededRandom(9);
const rows = Array.from({ length: 200 }, () => {
  const x = r() * 10;
  const z = r() * 5;
  return { x, z, y: x + r() * 3 > 7 ? 1 : 0, value: 3 * x + z + r() };
});
const table = aq.from(rows);

describe('crossValidate', () => {
  it('deals every row to exactly one fold, with the classes spread evenly when stratified', () => {
    const y = Float64Array.from(rows, (row) => row.y);
    const fold = kFolds('test', 200, 5, 42, y);
    for (let f = 0; f < 5; f++) {
      const members = rows.filter((_, i) => fold[i] === f);
      assert.equal(members.length, 40);
      const positives = members.filter((m) => m.y === 1).length;
      const all = rows.filter((m) => m.y === 1).length;
      assert.ok(Math.abs(positives - all / 5) <= 1, `fold ${f}: ${positives} of ${all / 5}`);
    }
  });

  it('scores each fold with a model trained on the other folds (fold 1 recomputed by hand)', () => {
    const cv = crossValidate(trainChurnModel, table, { folds: 5, trainOptions: { label: 'y', maxDepth: 3 } });
    const fold = kFolds(
      'test',
      200,
      5,
      42,
      Float64Array.from(rows, (row) => row.y),
    );
    const trainRows = aq.from(rows.filter((_, i) => fold[i] !== 0));
    const testRows = rows.filter((_, i) => fold[i] === 0);
    const model = trainChurnModel(trainRows, { label: 'y', maxDepth: 3, testSize: 0 }).model;
    const prob = model.predict(aq.from(testRows)).array('probability') as number[];
    const m = classificationMetrics(
      testRows.map((t) => t.y),
      prob,
      { threshold: 0.5, scores: true },
    );
    const first = cv.perFold.object(0) as { accuracy: number; rocAuc: number };
    near(first.accuracy, m.accuracy, 1e-12, 'fold 1 accuracy');
    near(first.rocAuc, m.rocAuc!, 1e-12, 'fold 1 AUC');
    const acc = cv.perFold.array('accuracy') as number[];
    const mean = acc.reduce((s, v) => s + v, 0) / 5;
    near(cv.mean.accuracy, mean, 1e-12, 'mean accuracy');
    near(cv.sd.accuracy, Math.sqrt(acc.reduce((s, v) => s + (v - mean) ** 2, 0) / 4), 1e-12, 'sd accuracy');
    assert.ok(cv.mean.accuracy! > 0.7);
  });

  it('cross-validates the logistic and value models too (regression metrics for a target)', () => {
    const lr = crossValidate(trainLogisticModel, table, { folds: 4, trainOptions: { label: 'y', features: ['x', 'z'] } });
    assert.equal(lr.kind, 'classification');
    assert.ok(lr.mean.rocAuc! > 0.8);
    const clv = crossValidate(trainClvModel, table, { folds: 4, trainOptions: { target: 'value', features: ['x', 'z'] } });
    assert.equal(clv.kind, 'regression');
    assert.deepEqual(Object.keys(clv.mean), ['mae', 'rmse', 'r2']);
    const baseline = regressionMetrics(
      rows.map((t) => t.value),
      rows.map(() => rows.reduce((s, t) => s + t.value, 0) / 200),
    );
    assert.ok(clv.mean.mae! < baseline.mae, 'beats guessing the mean');
  });

  it('rejects a trainer without a label or target, and bad folds', () => {
    assert.throws(() => crossValidate(trainChurnModel, table, {}), /trainOptions must name either a label/);
    assert.throws(
      () => crossValidate(trainChurnModel, table, { folds: 1, trainOptions: { label: 'y' } }),
      /folds must be a whole number from 2/,
    );
    assert.throws(
      () => crossValidate(trainClvModel, table, { stratify: true, trainOptions: { target: 'value' } }),
      /stratify needs a 0\/1 label/,
    );
  });
});
