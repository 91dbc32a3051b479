import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { dbscanSegments, kDistance } from '../../../../src/analytics/index';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import * as charts from '../../../../src/charts/index';
import { countMarks, renderSvg } from '../../charts/renderSvg';

/**
 * DBSCAN written from scikit-learn's description, independently of src: every pair compared,
 * core = at least minPoints points within ≤ eps (itself included), clusters grown from core
 * points in row order, noise −1.
 */
function naive(points: number[][], eps: number, minPoints: number): { labels: number[]; core: number } {
  const near = points.map((a) => points.flatMap((b, j) => (Math.hypot(...a.map((v, f) => v - b[f])) <= eps ? [j] : [])));
  const core = near.map((nb) => nb.length >= minPoints);
  const labels = points.map(() => -1);
  let cluster = 0;
  points.forEach((_, seed) => {
    if (labels[seed] !== -1 || !core[seed]) return;
    const stack = [seed];
    while (stack.length) {
      const i = stack.pop()!;
      if (labels[i] !== -1) continue;
      labels[i] = cluster;
      if (core[i]) stack.push(...near[i].filter((j) => labels[j] === -1));
    }
    cluster++;
  });
  return { labels: canonical(labels), core: core.filter(Boolean).length };
}

/** Cluster labels renamed by first appearance (noise stays −1), so that two labellings compare equal. */
function canonical(labels: ArrayLike<number>): number[] {
  const seen = new Map<number, number>();
  return Array.from(labels, (l) => {
    if (l < 0) return -1;
    if (!seen.has(l)) seen.set(l, seen.size);
    return seen.get(l)!;
  });
}

const tableOf = (points: number[][]) => aq.table(Object.fromEntries(points[0].map((_, j) => [`f${j}`, points.map((row) => row[j])])));
const names = (p: number) => Array.from({ length: p }, (_, j) => `f${j}`);

describe('dbscanSegments', () => {
  it("reproduces scikit-learn's test_dbscan_core_samples_toy (eps 1, min_samples 1 to 4)", () => {
    const X = [[0], [2], [3], [4], [6], [8], [10]];
    const cases: [number, number[], number][] = [
      [1, [0, 1, 1, 1, 2, 3, 4], 7],
      [2, [-1, 0, 0, 0, -1, -1, -1], 3],
      [3, [-1, 0, 0, 0, -1, -1, -1], 1],
      [4, [-1, -1, -1, -1, -1, -1, -1], 0],
    ];
    for (const [minPoints, labels, core] of cases) {
      const r = dbscanSegments(tableOf(X), ['f0'], { eps: 1, minPoints, standardize: false });
      assert.deepEqual(canonical(r.assignments), labels, `minPoints ${minPoints}`);
      assert.equal(r.corePoints, core);
      assert.equal(r.noise, labels.filter((l) => l < 0).length);
    }
  });

  it('equals the naive all-pairs DBSCAN on seeded random data, through the grid (2 and 3 features) and the plain scan (7)', () => {
    for (const [p, n] of [
      [2, 300],
      [3, 300],
      [7, 120],
    ])
      for (const seed of [1, 2])
        for (const [eps, minPoints] of [
          [0.3, 4],
          [0.6, 8],
          [1, 3],
        ]) {
          const r = seededRandom(seed * 100 + p);
          const pts = Array.from({ length: n }, (_, i) => Array.from({ length: p }, () => (i % 3) * 1.5 + r() * (p > 3 ? 2 : 1)));
          const ours = dbscanSegments(tableOf(pts), names(p), { eps, minPoints, standardize: false });
          const ref = naive(pts, eps, minPoints);
          assert.deepEqual(canonical(ours.assignments), ref.labels, `p ${p}, seed ${seed}, eps ${eps}, minPoints ${minPoints}`);
          assert.equal(ours.corePoints, ref.core);
        }
  });

  it('numbers clusters by size and counts noise apart', () => {
    const pts = [[0], [0.1], [0.2], [5], [5.1], [5.2], [5.3], [20]];
    const r = dbscanSegments(tableOf(pts), ['f0'], { eps: 0.15, minPoints: 2, standardize: false });
    assert.deepEqual(r.assignments, [1, 1, 1, 0, 0, 0, 0, -1]);
    assert.deepEqual(r.sizes, [4, 3]);
    assert.equal(r.noise, 1);
    assert.deepEqual(r.table.array('segment'), [1, 1, 1, 0, 0, 0, 0, -1]);
  });

  it('rejects a missing eps and a minPoints below 1', () => {
    assert.throws(() => dbscanSegments(tableOf([[1]]), ['f0'], {} as never), /eps must be a positive number/);
    assert.throws(
      () => dbscanSegments(tableOf([[1]]), ['f0'], { eps: 1, minPoints: 0 }),
      /minPoints must be a whole number ≥ 1 \(it counts the point itself\)/,
    );
  });
});

describe('kDistance', () => {
  it('gives each row its distance to the k-th nearest row, itself counted first (checked by sorting all distances)', () => {
    const r = seededRandom(3);
    const pts = Array.from({ length: 50 }, () => [r(), r()]);
    const res = kDistance(tableOf(pts), names(2), { k: 4, standardize: false });
    const expected = pts.map((a) => pts.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])).sort((u, v) => u - v)[3]).sort((u, v) => v - u);
    res.distances.forEach((d, i) => assert.ok(Math.abs(d - expected[i]) < 1e-12, `rank ${i}`));
    assert.ok(res.suggestedEps <= res.distances[0] && res.suggestedEps >= res.distances[49]);
  });

  it('suggests an eps between the dense groups’ spacing and the outliers’ distance', async () => {
    const pts = [...Array.from({ length: 60 }, (_, i) => [i % 2 ? 0 : 10, (i % 30) * 0.01]), [5, 5], [20, 20], [-8, 3]];
    const res = kDistance(tableOf(pts), names(2), { k: 3, standardize: false });
    assert.ok(res.suggestedEps >= 0.02 && res.suggestedEps < 5, `${res.suggestedEps}`);
    const { svg, warnings } = await renderSvg(charts.kDistanceChart(res));
    assert.deepEqual(warnings, []);
    assert.equal(countMarks(svg, 'mark-line'), 1);
  });
});
