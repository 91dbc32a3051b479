import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { hierarchicalSegments, HIERARCHICAL_MAX_ROWS } from '../../../../src/analytics/index';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import * as charts from '../../../../src/charts/index';
import { countMarks, renderSvg } from '../../charts/renderSvg';
import { near } from '../fixtures';

type Linkage = 'ward' | 'average' | 'complete' | 'single';
const LINKAGES: Linkage[] = ['ward', 'average', 'complete', 'single'];
const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0));

/**
 * The textbook O(n³) algorithm, independent of src: merge the closest pair of clusters, with the
 * cluster distance computed from the members each time (Ward: √(2|A||B|/(|A|+|B|))·‖c_A − c_B‖, scipy's height).
 */
function naive(points: number[][], k: number, linkage: Linkage): { partition: number[]; heights: number[] } {
  let clusters = points.map((_, i) => [i]);
  const heights: number[] = [];
  const centre = (c: number[]) => points[0].map((_, j) => c.reduce((s, i) => s + points[i][j], 0) / c.length);
  const between = (a: number[], b: number[]) => {
    if (linkage === 'ward') return Math.sqrt((2 * a.length * b.length) / (a.length + b.length)) * dist(centre(a), centre(b));
    const ds = a.flatMap((i) => b.map((j) => dist(points[i], points[j])));
    if (linkage === 'single') return Math.min(...ds);
    if (linkage === 'complete') return Math.max(...ds);
    return ds.reduce((s, v) => s + v, 0) / ds.length;
  };
  let partition: number[] = [];
  while (clusters.length > 1) {
    let best = [0, 1];
    let bestD = Infinity;
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        const v = between(clusters[a], clusters[b]);
        if (v < bestD) [bestD, best] = [v, [a, b]];
      }
    heights.push(bestD);
    clusters = clusters.filter((_, i) => i !== best[0] && i !== best[1]).concat([[...clusters[best[0]], ...clusters[best[1]]]]);
    if (clusters.length === k) partition = points.map((_, i) => clusters.findIndex((c) => c.includes(i)));
  }
  return { partition: canonical(partition), heights };
}

/** Labels renamed in order of first appearance, so that two partitions compare equal. */
function canonical(labels: ArrayLike<number>): number[] {
  const seen = new Map<number, number>();
  return Array.from(labels, (l) => {
    if (!seen.has(l)) seen.set(l, seen.size);
    return seen.get(l)!;
  });
}

const randomPoints = (seed: number, n: number, p: number) => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => Array.from({ length: p }, () => r() * 10));
};
const tableOf = (points: number[][]) => aq.table(Object.fromEntries(points[0].map((_, j) => [`f${j}`, points.map((row) => row[j])])));
const names = (p: number) => Array.from({ length: p }, (_, j) => `f${j}`);

describe('hierarchicalSegments', () => {
  it('finds the same partition and merge heights as the naive O(n³) algorithm, for each linkage on seeded random data', () => {
    for (const linkage of LINKAGES)
      for (const seed of [1, 2, 3])
        for (const k of [2, 3, 5]) {
          const pts = randomPoints(seed * 31 + k, 40, 3);
          const r = hierarchicalSegments(tableOf(pts), names(3), { k, linkage, standardize: false });
          const ref = naive(pts, k, linkage);
          assert.deepEqual(canonical(r.assignments), ref.partition, `${linkage}, seed ${seed}, k ${k}`);
          r.merges.forEach((m, i) => near(m.height, ref.heights[i], 1e-9, `${linkage} merge ${i} height`));
        }
  });

  it('separates well-separated blobs exactly with every linkage', () => {
    const r = seededRandom(7);
    const centres = [
      [0, 0],
      [10, 0],
      [0, 10],
    ];
    const pts = Array.from({ length: 90 }, (_, i) => centres[i % 3].map((c) => c + r() - 0.5));
    for (const linkage of LINKAGES) {
      const res = hierarchicalSegments(tableOf(pts), names(2), { k: 3, linkage });
      assert.deepEqual(
        canonical(res.assignments),
        pts.map((_, i) => i % 3),
        linkage,
      );
      assert.deepEqual(res.sizes, [30, 30, 30]);
    }
  });

  it('groups identical points together for every linkage (scikit-learn test_hierarchical.py test_identical_points)', () => {
    const pts = [
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 1],
      [1, 1, 1],
      [2, 2, 2],
      [2, 2, 2],
    ];
    for (const linkage of LINKAGES)
      assert.deepEqual(canonical(hierarchicalSegments(tableOf(pts), names(3), { k: 3, linkage }).assignments), [0, 0, 1, 1, 2, 2], linkage);
  });

  it("matches the naive algorithm on scikit-learn's test_sparse_scikit_vs_scipy data (0.1·N(0,1) shifted by −4·i, rows centred)", () => {
    const r = seededRandom(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const pts = Array.from({ length: 10 }, (_, i) => {
      const row = Array.from({ length: 5 }, () => 0.1 * normal() - 4 * i);
      const mean = row.reduce((s, v) => s + v, 0) / 5;
      return row.map((v) => v - mean);
    });
    for (const linkage of LINKAGES)
      assert.deepEqual(
        canonical(hierarchicalSegments(tableOf(pts), names(5), { k: 3, linkage, standardize: false }).assignments),
        naive(pts, 3, linkage).partition,
        linkage,
      );
  });

  it('numbers clusters by size, largest first, and adds the segment column', () => {
    const pts = [[0], [0.1], [0.2], [0.3], [5], [5.1], [9]];
    const r = hierarchicalSegments(tableOf(pts), ['f0'], { k: 3, linkage: 'single' });
    assert.deepEqual(r.assignments, [0, 0, 0, 0, 1, 1, 2]);
    assert.deepEqual(r.sizes, [4, 2, 1]);
    assert.deepEqual(r.table.array('segment'), [0, 0, 0, 0, 1, 1, 2]);
    assert.equal(r.merges.length, 6);
    assert.ok(r.cutBetween[0] < r.cutBetween[1]);
  });

  it('refuses more than HIERARCHICAL_MAX_ROWS rows (20,000 ward, 10,000 average), suggesting k-means, and rejects a bad linkage or k', () => {
    const big = aq.table({ f0: new Float64Array(HIERARCHICAL_MAX_ROWS.ward + 1) });
    assert.throws(
      () => hierarchicalSegments(big, ['f0'], { k: 2 }),
      /20,001 rows is more than 20,000 for ward linkage.*crm\.kmeansSegments/,
    );
    assert.throws(
      () => hierarchicalSegments(aq.table({ f0: new Float64Array(10_001) }), ['f0'], { k: 2, linkage: 'average' }),
      /more than 10,000 for average/,
    );
    assert.throws(
      () => hierarchicalSegments(tableOf([[1], [2]]), ['f0'], { k: 2, linkage: 'centroid' as never }),
      /linkage must be one of 'ward'/,
    );
    assert.throws(
      () => hierarchicalSegments(tableOf([[1], [2]]), ['f0'], { k: 3 }),
      /k must be a whole number from 1 to the number of rows \(2\)/,
    );
  });

  it('charts.dendrogram draws the last 30 clusters of a large tree (3 lines per merge drawn)', async () => {
    const pts = randomPoints(5, 300, 2);
    const r = hierarchicalSegments(tableOf(pts), names(2), { k: 4 });
    const { svg, warnings } = await renderSvg(charts.dendrogram(r, { leaves: 30 }));
    assert.deepEqual(warnings, []);
    assert.equal(countMarks(svg, 'mark-rule'), 3 * 29 + 1);
    assert.equal(countMarks(svg, 'mark-text'), 30);
  });
});
