import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { DecisionTreeClassifier, DecisionTreeRegression } from 'ml-cart';
import { loadModel, trainChurnModel, trainClvModel, TreeModel } from '../../../../src/analytics/index';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { near } from '../fixtures';

const ranked = (t: { objects(): object[] }) => t.objects() as { feature: string; importance: number }[];

/** 300 customers, three integer features 0–9; churn mostly when a > 5, flipped for 10% of rows. */
function smallData(seed = 7) {
  const r = seededRandom(seed);
  const rows = Array.from({ length: 300 }, () => {
    const a = Math.floor(r() * 10);
    const b = Math.floor(r() * 10);
    const c = Math.floor(r() * 10);
    const rule = a > 5 || (a > 2 && b < 3) ? 1 : 0;
    return { a, b, c, churned: r() < 0.1 ? 1 - rule : rule, value: 10 * a + (b < 5 ? 20 : 0) + r() * 5 };
  });
  return aq.from(rows);
}

describe('trainChurnModel', () => {
  it('grows the same tree as ml-cart (an independent CART implementation) when every distinct value is a candidate threshold', () => {
    const data = smallData();
    const X = data.objects().map((o: any) => [o.a, o.b, o.c]); // eslint-disable-line @typescript-eslint/no-explicit-any
    const y = Array.from(data.array('churned') as ArrayLike<number>);
    const reference = new DecisionTreeClassifier({ gainFunction: 'gini', maxDepth: 3, minNumSamples: 3 });
    reference.train(X, y);
    const expected = reference.predict(X);
    const ours = trainChurnModel(data, { label: 'churned', features: ['a', 'b', 'c'], testSize: 0, maxDepth: 3, minNumSamples: 3 });
    const root = ours.model.tree as { feature: number; threshold: number };
    const refRoot = (reference as unknown as { root: { splitColumn: number; splitValue: number } }).root;
    assert.equal(root.feature, refRoot.splitColumn, 'root split feature');
    // ml-cart may place the threshold on a value (6) where we use the midpoint (5.5): same partition.
    const left = (t: number) => X.map((row, i) => (row[root.feature] < t ? i : -1)).filter((i) => i >= 0);
    assert.deepEqual(left(root.threshold), left(refRoot.splitValue), 'rows sent left at the root');
    const prob = ours.model.predict(data).array('probability') as ArrayLike<number>;
    let compared = 0;
    for (let i = 0; i < X.length; i++) {
      if (prob[i] === 0.5) continue; // a 50/50 leaf: ml-cart picks class 0, we predict 1 at threshold 0.5
      assert.equal(prob[i] >= 0.5 ? 1 : 0, expected[i], `row ${i + 1}`);
      compared++;
    }
    assert.ok(compared > 250);
  });

  it('finds a planted rule: churn when recency is over 100 days → root split on recency near 100, AUC 1', () => {
    const r = seededRandom(3);
    const rows = Array.from({ length: 2000 }, () => {
      const recency = Math.floor(r() * 365);
      return { recency, orders: 1 + Math.floor(r() * 10), revenue: Math.round(r() * 500), churned: recency > 100 ? 1 : 0 };
    });
    const res = trainChurnModel(rows, { label: 'churned' });
    const root = res.model.tree as { feature: number; threshold: number };
    assert.equal(res.model.features[root.feature], 'recency');
    assert.ok(Math.abs(root.threshold - 100.5) < 8, `threshold ${root.threshold}`); // binned: within one of 64 quantile bins
    assert.equal(ranked(res.featureImportance)[0].feature, 'recency');
    near(ranked(res.featureImportance)[0].importance, 1, 0.02, 'importance of recency');
    assert.ok(res.metrics.rocAuc! > 0.98, `AUC ${res.metrics.rocAuc}`);
    assert.equal(res.test.rows + res.train.rows, 2000);
    assert.match(res.rules[0], /^recency < [\d.]+ .*→ \d+\.\d% churned \([\d,]+ rows\)$/);
  });

  it('splits each class in the same proportion (stratified): 25% of the churners and 25% of the others are held out', () => {
    const res = trainChurnModel(smallData(), { label: 'churned' });
    const positives = (smallData().array('churned') as number[]).reduce((a, b) => a + b, 0);
    assert.equal(res.test.positives, Math.round(positives * 0.25));
    assert.equal(res.test.rows, Math.round(positives * 0.25) + Math.round((300 - positives) * 0.25));
  });

  it('computes a 1-split tree by hand: x = 1,2,3,4 with labels 0,0,1,1 splits at 2.5 into pure leaves', () => {
    const res = trainChurnModel(
      [
        { x: 1, y: 0 },
        { x: 2, y: 0 },
        { x: 3, y: 1 },
        { x: 4, y: 1 },
      ],
      { label: 'y', testSize: 0, minNumSamples: 1 },
    );
    assert.deepEqual(res.model.tree, { feature: 0, threshold: 2.5, n: 4, left: { value: 0, n: 2 }, right: { value: 1, n: 2 } });
    assert.deepEqual(res.metrics.confusionMatrix, [
      [2, 0],
      [0, 2],
    ]);
    assert.ok(res.warnings.some((w) => /training rows/.test(w)));
  });

  it('writes each leaf as a readable rule, conditions on one feature merged into a range', () => {
    const res = trainChurnModel(
      [0, 0, 1, 1, 0, 0].map((y, i) => ({ x: i + 1, y })),
      { label: 'y', testSize: 0, minNumSamples: 1 },
    );
    assert.deepEqual(res.rules, ['x < 2.5 → 0.0% y (2 rows)', '2.5 ≤ x < 4.5 → 100.0% y (2 rows)', 'x ≥ 4.5 → 0.0% y (2 rows)']);
  });

  it('writes the rules in Chinese when asked, the column names kept (#15)', () => {
    const rows = [0, 0, 1, 1, 0, 0].map((y, i) => ({ x: i + 1, w: i % 2, y }));
    const res = trainChurnModel(rows, { label: 'y', features: ['x'], testSize: 0, minNumSamples: 1, language: 'zh-cn' });
    assert.deepEqual(res.rules, ['x < 2.5 → y 占 0.0%（2 行）', '2.5 ≤ x < 4.5 → y 占 100.0%（2 行）', 'x ≥ 4.5 → y 占 0.0%（2 行）']);
    const deeper = trainChurnModel(smallData(), { label: 'churned', testSize: 0, maxDepth: 2, language: 'zh-cn' });
    assert.ok(
      deeper.rules.some((r) => / 且 /.test(r)),
      deeper.rules.join('\n'),
    );
    assert.ok(deeper.rules.every((r) => !/ and |rows/.test(r)));
    const stump = trainChurnModel(rows, { label: 'y', features: ['w'], testSize: 0, maxDepth: 1, minNumSamples: 10 });
    assert.deepEqual(stump.rules, ['all rows → 33.3% y (6 rows)']);
    assert.deepEqual(stump.model.rules('zh-cn'), ['所有行 → y 占 33.3%（6 行）']);
    const clv = trainClvModel(
      rows.map((r) => ({ ...r, v: r.x * 10 })),
      { target: 'v', features: ['x'], testSize: 0, minNumSamples: 1, maxDepth: 1, language: 'zh-cn' },
    );
    assert.match(clv.rules[0], /^x < [\d.]+ → v ≈ [\d.]+（\d 行）$/);
  });

  it('repeats exactly with the same seed and changes the held-out rows with another', () => {
    const a = trainChurnModel(smallData(), { label: 'churned', seed: 1 });
    const b = trainChurnModel(smallData(), { label: 'churned', seed: 1 });
    const c = trainChurnModel(smallData(), { label: 'churned', seed: 2 });
    assert.deepEqual(a.model.toJSON(), b.model.toJSON());
    assert.deepEqual(a.metrics, b.metrics);
    assert.notDeepEqual(a.testPredictions.objects(), c.testPredictions.objects());
  });

  it('saves to JSON and loads back with identical predictions', () => {
    const data = smallData();
    const { model } = trainChurnModel(data, { label: 'churned' });
    const loaded = loadModel(JSON.parse(JSON.stringify(model))) as TreeModel;
    assert.ok(loaded instanceof TreeModel);
    assert.deepEqual(loaded.predict(data).objects(), model.predict(data).objects());
    assert.deepEqual(loaded.rules(), model.rules());
  });

  it('names the problem: a label that is not 0/1, a text feature, one class, an unknown option', () => {
    assert.throws(
      () => trainChurnModel([{ x: 1, y: 'yes' }], { label: 'y' }),
      /trainChurnModel: label "y" must be 0\/1 or true\/false; row 1 is "yes"/,
    );
    assert.throws(
      () =>
        trainChurnModel(
          [
            { x: 1, y: 1 },
            { x: 'n/a', y: 0 },
          ],
          { label: 'y', features: ['x'] },
        ),
      /feature "x" of row 2 is not a finite number \(n\/a\)/,
    );
    assert.throws(
      () =>
        trainChurnModel(
          [
            { x: 1, y: 1 },
            { x: 2, y: 1 },
          ],
          { label: 'y' },
        ),
      /has only one class \(2 of 2 rows are 1\)/,
    );
    assert.throws(() => trainChurnModel([{ x: 1, y: 1 }], { label: 'y', depth: 3 } as never), /unknown option "depth"/);
    assert.throws(() => trainChurnModel([{ x: 1, y: 1 }], { label: 'nope' }), /column "nope" not found; the table has "x", "y"/);
    assert.throws(
      () =>
        loadModel({ type: 'crm-workbench/churn-tree', version: 1, features: ['x'], target: 'y', tree: { feature: 3, threshold: 1, n: 1 } }),
      /not a decision-tree model/,
    );
  });

  it('model.predict names a missing feature column', () => {
    const { model } = trainChurnModel(smallData(), { label: 'churned' });
    assert.throws(() => model.predict([{ a: 1, b: 2 }]), /model\.predict: column "c" not found/);
  });
});

describe('trainClvModel', () => {
  it('grows the same regression tree as ml-cart when every distinct value is a candidate', () => {
    const data = smallData();
    const X = data.objects().map((o: any) => [o.a, o.b, o.c]); // eslint-disable-line @typescript-eslint/no-explicit-any
    const y = Array.from(data.array('value') as ArrayLike<number>);
    const reference = new DecisionTreeRegression({ maxDepth: 2, minNumSamples: 3 });
    reference.train(X, y);
    const expected = reference.predict(X);
    const ours = trainClvModel(data, { target: 'value', features: ['a', 'b', 'c'], testSize: 0, maxDepth: 2, minNumSamples: 3 });
    const got = ours.model.predict(data).array('predicted') as ArrayLike<number>;
    for (let i = 0; i < y.length; i++) near(got[i], expected[i], 1e-9, `row ${i + 1}`);
  });

  it('beats always guessing the mean on held-out rows, and ranks the feature that drives value first', () => {
    const res = trainClvModel(smallData(), { target: 'value', features: ['a', 'b', 'c'] });
    assert.ok(res.metrics.mae < res.baseline.mae / 2, `MAE ${res.metrics.mae} vs baseline ${res.baseline.mae}`);
    assert.ok(res.metrics.r2! > 0.8);
    assert.equal(ranked(res.featureImportance)[0].feature, 'a');
    assert.equal(ranked(res.featureImportance)[2].feature, 'c');
    const loaded = loadModel(res.model.toJSON()) as TreeModel;
    assert.deepEqual(loaded.predict(smallData()).array('predicted'), res.model.predict(smallData()).array('predicted'));
  });

  it('rejects a target that is not a number, naming the row', () => {
    assert.throws(
      () =>
        trainClvModel(
          [
            { x: 1, v: 2 },
            { x: 2, v: null },
          ],
          { target: 'v' },
        ),
      /trainClvModel: target "v" of row 2 is not a finite number \(null\)/,
    );
  });
});
