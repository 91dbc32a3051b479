import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { crossValidate, loadModel, ForestModel, regressionMetrics, trainClvForest, trainClvModel } from '../../../../src/analytics/index';
import { fixturePath, near } from '../fixtures';

/** The fixed fixture (test/fixtures/forest/generate.mjs): value = 20·f0 + 8·sin(6·f1) + 6·f2² + noise; rows 1–400 train, 401–600 test. */
const all = aq.fromCSV(readFileSync(fixturePath('forest', 'forest.csv'), 'utf8'));
const train = all.slice(0, 400);
const test = all.slice(400);
const features = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const r2On = (model: { predict: ForestModel['predict'] }) =>
  regressionMetrics(test.array('value') as number[], model.predict(test).array('predicted') as number[]).r2!;

/**
 * Reference: ml-random-forest 2.1.0 RandomForestRegression({ nEstimators: 100, maxFeatures: 1.0,
 * replacement: false, useSampleBagging: true, treeOptions: { maxDepth: 10, minNumSamples: 5 } })
 * on rows 1–400, seeds 1–5, computed once (2026-12-02): R² on rows 401–600 0.9536, 0.9551,
 * 0.9538, 0.9536, 0.9530 (mean 0.9538). A single ml-cart regression tree with the same options: 0.9030.
 */
const REF = { r2: 0.9538, singleTree: 0.903 };

describe('trainClvForest', () => {
  const bagged = trainClvForest(train, { target: 'value', features, testSize: 0, mtry: 6 });

  it('matches ml-random-forest on the fixed fixture: bagged trees within 0.01 of its held-out R²', () => {
    near(r2On(bagged.model), REF.r2, 0.01, 'held-out R² against ml-random-forest');
    assert.ok(bagged.oob!.r2! > 0.93 && bagged.oob!.r2! <= r2On(bagged.model) + 0.02, `OOB R² ${bagged.oob!.r2}`);
  });

  it('beats a single regression tree with the same options (ml-cart: 0.903)', () => {
    const tree = trainClvModel(train, { target: 'value', features, testSize: 0, maxDepth: 10, minNumSamples: 5 });
    near(r2On(tree.model), REF.singleTree, 0.03, 'our single tree against ml-cart');
    assert.ok(r2On(bagged.model) > r2On(tree.model) + 0.02);
  });

  it('ranks f0 and f1 (the signal) above f2, and f2 above the noise, by the drop in OOB R² when shuffled', () => {
    const rows = bagged.featureImportance.objects() as { feature: string; permutationImportance: number }[];
    assert.deepEqual(
      rows
        .slice(0, 2)
        .map((r) => r.feature)
        .sort(),
      ['f0', 'f1'],
    );
    assert.equal(rows[2].feature, 'f2');
    for (const r of rows.slice(3)) assert.ok(Math.abs(r.permutationImportance) < 0.01, `${r.feature}: ${r.permutationImportance}`);
    // Shuffling f0 (range 20 of the signal) loses most of R²: the model falls back to f1 and f2 alone.
    assert.ok(rows.find((r) => r.feature === 'f0')!.permutationImportance > 0.5);
  });

  it('records the OOB mean squared error per tree; its last point is the OOB RMSE squared', () => {
    const curve = bagged.oobCurve.array('oobError') as number[];
    assert.equal(curve.length, 100);
    near(curve[99], bagged.oob!.rmse ** 2, 1e-9, 'last OOB MSE');
    assert.ok(curve[99] < curve[4], 'more trees, lower OOB error');
  });

  it('saves and loads, works with crossValidate, and checks its options', () => {
    const loaded = loadModel(bagged.model.toJSON()) as ForestModel;
    assert.deepEqual(loaded.predict(test).array('predicted'), bagged.model.predict(test).array('predicted'));
    const cv = crossValidate(trainClvForest, all, { folds: 3, trainOptions: { target: 'value', features, trees: 20 } });
    assert.deepEqual(Object.keys(cv.mean), ['mae', 'rmse', 'r2']);
    assert.ok(cv.mean.r2! > 0.85);
    assert.equal(trainClvForest(train, { target: 'value', features, trees: 5 }).mtry, 6, 'default: all features, as scikit-learn');
    assert.throws(
      () => trainClvForest(train, { target: 'value', permutationImportance: 'yes' } as never),
      /permutationImportance must be true or false/,
    );
    assert.throws(() => trainClvForest([{ x: 1, v: 'a' }], { target: 'v' }), /trainClvForest: target "v" of row 1 is not a finite number/);
  });
});
