import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { growForest, oobError } from '../../../../src/analytics/learn/randomForest';
import { predictTree } from '../../../../src/analytics/learn/decisionTree';
import { seededRandom } from '../../../../src/analytics/numerics/rng';

/** 300 rows, 4 features; y = 1 when x0 + x1 > 1 (x2, x3 noise). */
const r = seededRandom(11);
const x = Array.from({ length: 4 }, () => Float64Array.from({ length: 300 }, () => r()));
const y = Float64Array.from({ length: 300 }, (_, i) => (x[0][i] + x[1][i] > 1 ? 1 : 0));
const options = { kind: 'classification' as const, maxDepth: 6, minNumSamples: 5, maxBins: 32, trees: 25, sampleSize: 300, threshold: 0.5 };

describe('growForest', () => {
  const f = growForest(x, y, { ...options, mtry: 2, permutation: true, random: seededRandom(1) });

  it('predicts each row out of bag by the mean of the trees that left it out (recomputed here from the trees)', () => {
    for (const i of [0, 17, 150, 299]) {
      const votes = f.trees.map((t, k) => (f.oobRows[k].includes(i) ? predictTree(t, x, i) : NaN)).filter((v) => !Number.isNaN(v));
      const expected = votes.length ? votes.reduce((s, v) => s + v, 0) / votes.length : NaN;
      assert.ok(
        Math.abs(f.oobPrediction[i] - expected) < 1e-12 || (Number.isNaN(expected) && Number.isNaN(f.oobPrediction[i])),
        `row ${i}`,
      );
    }
    assert.equal(f.oobCurve[24], oobError(y, f.oobPrediction, 'classification', 0.5));
  });

  it('leaves out about 1/e of the rows from each bootstrap sample of n draws', () => {
    const share = f.oobRows.reduce((s, o) => s + o.length, 0) / (25 * 300);
    assert.ok(Math.abs(share - Math.exp(-1)) < 0.02, `share ${share}`);
  });

  it('with mtry = 1 the root split falls on more than one feature across trees; with mtry = all, always on the best one', () => {
    const one = growForest(x, y, { ...options, mtry: 1, permutation: false, random: seededRandom(2) });
    const roots = new Set(one.trees.map((t) => ('feature' in t ? t.feature : -1)));
    assert.ok(roots.size >= 3, `root features ${[...roots]}`);
    const all = growForest(x, y, { ...options, mtry: 4, permutation: false, random: seededRandom(2) });
    const allRoots = new Set(all.trees.map((t) => ('feature' in t ? t.feature : -1)));
    assert.ok(
      [...allRoots].every((j) => j === 0 || j === 1),
      `root features ${[...allRoots]}`,
    );
    assert.equal(one.permutationImportance, null);
  });

  it('finds x0 and x1 by permutation importance, and not the noise', () => {
    const p = f.permutationImportance!;
    assert.ok(p[0] > 0.1 && p[1] > 0.1, `signal ${p[0]}, ${p[1]}`);
    assert.ok(Math.abs(p[2]) < 0.03 && Math.abs(p[3]) < 0.03, `noise ${p[2]}, ${p[3]}`);
  });
});
