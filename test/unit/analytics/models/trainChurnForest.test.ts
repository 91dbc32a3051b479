import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import {
  classificationMetrics,
  crossValidate,
  ForestModel,
  loadModel,
  trainChurnForest,
  trainChurnModel,
} from '../../../../src/analytics/index';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { fixturePath, near } from '../fixtures';

/**
 * The fixed fixture (test/fixtures/forest/generate.mjs): 600 customers, features f0–f5 (f3–f5
 * noise), churn driven by f0, f1 and f2. Rows 1–400 train, rows 401–600 test.
 */
const all = aq.fromCSV(readFileSync(fixturePath('forest', 'forest.csv'), 'utf8'));
const train = all.slice(0, 400);
const test = all.slice(400);
const features = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const yTest = test.array('churned') as ArrayLike<number>;
const accuracyOn = (m: ForestModel | { predict: ForestModel['predict'] }, t = test) => {
  const p = m.predict(t).array('predicted') as ArrayLike<number>;
  const y = t.array('churned') as ArrayLike<number>;
  let right = 0;
  for (let i = 0; i < y.length; i++) right += p[i] === y[i] ? 1 : 0;
  return right / y.length;
};

/**
 * Reference: ml-random-forest 2.1.0 RandomForestClassifier({ nEstimators: 100, maxFeatures: 1.0,
 * replacement: false, useSampleBagging: true, treeOptions: { maxDepth: 10, minNumSamples: 5,
 * gainFunction: 'gini' } }) trained on rows 1–400 with seeds 1–5, computed once (2026-12-02):
 * test accuracy on rows 401–600 0.775, 0.770, 0.780, 0.760, 0.760 (mean 0.769); out-of-bag
 * accuracy 0.7525, 0.7575, 0.7475, 0.755, 0.7775 (mean 0.758); its two most important features
 * f0 and f1 for every seed. A single ml-cart tree with the same tree options: 0.725.
 */
const REF = { accuracy: 0.769, oobAccuracy: 0.758, singleTree: 0.725 };

describe('trainChurnForest', () => {
  const bagged = trainChurnForest(train, { label: 'churned', features, testSize: 0, mtry: 6 });

  it('matches ml-random-forest on the fixed fixture: bagged trees (mtry = all 6 features) within 3 points of its accuracy and OOB accuracy', () => {
    near(accuracyOn(bagged.model), REF.accuracy, 0.03, 'test accuracy against ml-random-forest');
    near(bagged.oob!.accuracy, REF.oobAccuracy, 0.03, 'OOB accuracy against ml-random-forest');
    assert.equal(bagged.oob!.n, 400, 'every training row is out of bag for some of 100 trees');
  });

  it('ranks the features as the reference does: f0 and f1 first by impurity, and the noise features near zero by permutation', () => {
    const rows = bagged.featureImportance.objects() as { feature: string; importance: number; permutationImportance: number }[];
    const byImpurity = [...rows].sort((a, b) => b.importance - a.importance).map((r) => r.feature);
    assert.deepEqual(byImpurity.slice(0, 2).sort(), ['f0', 'f1']);
    assert.deepEqual(
      rows.slice(0, 2).map((r) => r.feature),
      ['f0', 'f1'],
      'permutation ranking',
    );
    for (const r of rows.filter((x) => ['f3', 'f4', 'f5'].includes(x.feature)))
      assert.ok(Math.abs(r.permutationImportance) < 0.03, `${r.feature} is noise: ${r.permutationImportance}`);
    near(
      rows.reduce((s, r) => s + r.importance, 0),
      1,
      1e-12,
      'impurity importances sum to 1',
    );
  });

  it('beats a single tree with the same tree options (ml-cart: 0.725) on the held-out rows, with the default mtry = ⌊√6⌋ = 2 too', () => {
    const tree = trainChurnModel(train, { label: 'churned', features, testSize: 0, maxDepth: 10, minNumSamples: 5 });
    near(accuracyOn(tree.model), REF.singleTree, 0.03, 'our single tree against ml-cart');
    const forest = trainChurnForest(train, { label: 'churned', features, testSize: 0 });
    assert.equal(forest.mtry, 2);
    assert.ok(
      accuracyOn(forest.model) >= accuracyOn(tree.model) + 0.03,
      `forest ${accuracyOn(forest.model)} vs tree ${accuracyOn(tree.model)}`,
    );
    assert.ok(accuracyOn(bagged.model) >= accuracyOn(tree.model) + 0.03);
  });

  it('with one tree, its OOB error is that tree’s error on the rows its bootstrap sample missed; the tree is the single tree grown on that sample', () => {
    const one = trainChurnForest(train, {
      label: 'churned',
      features,
      testSize: 0,
      trees: 1,
      mtry: 6,
      maxBins: 1000,
      permutationImportance: false,
    });
    // The bootstrap sample, drawn as documented: 400 draws ⌊u·400⌋ from seededRandom(seed + 1).
    const random = seededRandom(43);
    const drawn = Array.from({ length: 400 }, () => Math.floor(random() * 400));
    const inBag = new Set(drawn);
    const out = Array.from({ length: 400 }, (_, i) => i).filter((i) => !inBag.has(i));
    const prob = one.model.predict(train).array('probability') as ArrayLike<number>;
    const y = train.array('churned') as ArrayLike<number>;
    const wrong = out.filter((i) => (prob[i] >= 0.5 ? 1 : 0) !== y[i]).length;
    near(one.oob!.error, wrong / out.length, 1e-12, 'OOB error of a one-tree forest');
    assert.equal(one.oob!.n, out.length);
    assert.ok(one.warnings.some((w) => /no out-of-bag prediction/.test(w)));
    // The same tree from trainChurnModel on the bootstrap rows (duplicates kept): same leaves for the rows it saw.
    const sample = aq.from(drawn.map((i) => train.object(i)));
    const single = trainChurnModel(sample, { label: 'churned', features, testSize: 0, maxDepth: 10, minNumSamples: 5, maxBins: 1000 });
    const singleProb = single.model.predict(train).array('probability') as ArrayLike<number>;
    for (const i of inBag) assert.equal(prob[i], singleProb[i], `in-bag row ${i + 1}`);
    near(one.oobCurve.array('oobError')[0] as number, one.oob!.error, 1e-12, 'the curve’s first point');
  });

  it('repeats exactly for a seed and differs for another', () => {
    const options = { label: 'churned', features, trees: 20 };
    const a = trainChurnForest(train, { ...options, seed: 7 });
    const b = trainChurnForest(train, { ...options, seed: 7 });
    const c = trainChurnForest(train, { ...options, seed: 8 });
    assert.deepEqual(a.model.toJSON(), b.model.toJSON());
    assert.deepEqual(a.oob, b.oob);
    assert.notDeepEqual(a.model.toJSON().trees, c.model.toJSON().trees);
  });

  it('measures the held-out rows with the trees’ mean probability (recomputed here from the trees)', () => {
    const r = trainChurnForest(all, { label: 'churned', features, trees: 10 });
    const held = r.testPredictions.array('probability') as ArrayLike<number>;
    const metrics = classificationMetrics(r.testPredictions.array('actual') as number[], held, { threshold: 0.5, scores: true });
    assert.deepEqual(r.metrics, metrics);
    assert.equal(r.test.rows, 150);
    assert.equal(r.oobCurve.numRows(), 10);
    assert.ok(yTest.length === 200);
  });

  it('saves to JSON and loads back with identical predictions', () => {
    const loaded = loadModel(JSON.parse(JSON.stringify(bagged.model))) as ForestModel;
    assert.ok(loaded instanceof ForestModel);
    assert.deepEqual(loaded.predict(test).objects(), bagged.model.predict(test).objects());
    assert.throws(() => ForestModel.fromJSON({ type: 'crm-workbench/churn-forest', version: 1, trees: [] }), /not a random-forest model/);
  });

  it('works with crm.crossValidate: five folds, each judged by a forest trained on the other four', () => {
    const cv = crossValidate(trainChurnForest, all, { folds: 5, trainOptions: { label: 'churned', features, trees: 30 } });
    assert.equal(cv.perFold.numRows(), 5);
    assert.ok(cv.mean.accuracy! > 0.7 && cv.mean.accuracy! < 0.85, `mean accuracy ${cv.mean.accuracy}`);
    assert.ok(cv.sd.accuracy! > 0);
  });

  it('names the problem: a bad mtry, trees or sampleFraction, a label with one class, an unknown option', () => {
    assert.throws(
      () => trainChurnForest(train, { label: 'churned', features, mtry: 7 }),
      /trainChurnForest: mtry must be at most the number of features \(6\), not 7/,
    );
    assert.throws(
      () => trainChurnForest(train, { label: 'churned', trees: 0 }),
      /trainChurnForest: trees must be a positive integer, not 0/,
    );
    assert.throws(() => trainChurnForest(train, { label: 'churned', sampleFraction: 1.5 }), /sampleFraction must be above 0 and at most 1/);
    assert.throws(() => trainChurnForest(train, { label: 'f0' }), /label "f0" must be 0\/1/);
    assert.throws(() => trainChurnForest(train, { label: 'churned', tree: 5 } as never), /unknown option "tree"/);
  });
});
