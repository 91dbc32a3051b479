import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kmeans } from 'ml-kmeans';
import { inertia, kmeansPlusPlus, lloyd } from '../../../../src/analytics/learn/lloyd';
import { seededRandom } from '../../../../src/analytics/numerics/rng';
import { silhouette, silhouetteSamples } from '../../../../src/analytics/index';

/** Seeded blobs: `k` centres in p dimensions, `per` points each, spread `sd`. */
function blobs(seed: number, k: number, p: number, per: number, sd: number): number[][] {
  const r = seededRandom(seed);
  const centres = Array.from({ length: k }, () => Array.from({ length: p }, () => r() * 20));
  return centres.flatMap((c) => Array.from({ length: per }, () => c.map((v) => v + (r() + r() + r() - 1.5) * sd)));
}
const flat = (z: number[][]) => Float64Array.from(z.flat());

describe('lloyd', () => {
  it('takes the same steps as ml-kmeans from the same starts (Hamerly’s skips change nothing): same clusters, centres and iterations', () => {
    // Reference: ml-kmeans' own Lloyd loop, started from the same centres (its `initialization` option).
    // Overlapping blobs make long runs, where Hamerly's bounds skip most distances: the steps must still agree.
    for (const [seed, k, p, sd, per] of [
      [1, 3, 2, 2, 60],
      [2, 5, 3, 4, 60],
      [3, 6, 4, 6, 60],
      [4, 4, 2, 9, 60],
      [5, 8, 3, 15, 400],
      [6, 10, 2, 25, 300],
    ]) {
      const z = blobs(seed, k, p, per, sd);
      const start = z.filter((_, i) => i % 37 === 0).slice(0, k);
      const ours = lloyd({ x: flat(z), n: z.length, p }, flat(start), { maxIter: 300, tolerance: 1e-10 });
      const theirs = kmeans(z, k, { initialization: start.map((c) => [...c]), maxIterations: 300, tolerance: 1e-10 });
      assert.deepEqual(Array.from(ours.labels), theirs.clusters, `seed ${seed}`);
      assert.deepEqual(Array.from(ours.centres), theirs.centroids.flat(), `seed ${seed}`);
      assert.equal(ours.iterations, theirs.iterations, `seed ${seed}`);
      if (per > 60) assert.ok(ours.iterations > 10, `seed ${seed} ran ${ours.iterations} iterations only`);
    }
  });

  it('converges from centres 1 and 2 to 2 and 11 with inertia 4 on REF-KM-01’s points', () => {
    const x = Float64Array.of(1, 2, 3, 10, 11, 12);
    const r = lloyd({ x, n: 6, p: 1 }, Float64Array.of(1, 2), { maxIter: 100, tolerance: 1e-10 });
    assert.deepEqual(Array.from(r.centres), [2, 11]);
    assert.equal(inertia(x, 6, 1, r.labels, r.centres), 4);
  });

  it('keeps an empty cluster’s centre where it was', () => {
    const r = lloyd({ x: Float64Array.of(0, 1, 2), n: 3, p: 1 }, Float64Array.of(1, 100), { maxIter: 10, tolerance: 1e-10 });
    assert.deepEqual(Array.from(r.centres), [1, 100]);
  });
});

describe('kmeansPlusPlus', () => {
  it('starts from rows of the data, the same rows for the same seed', () => {
    const z = blobs(5, 4, 3, 50, 1);
    const a = kmeansPlusPlus(flat(z), z.length, 3, 4, seededRandom(11));
    const b = kmeansPlusPlus(flat(z), z.length, 3, 4, seededRandom(11));
    assert.deepEqual(a, b);
    for (let c = 0; c < 4; c++)
      assert.ok(
        z.some((row) => row.every((v, j) => v === a[c * 3 + j])),
        `centre ${c} is a row`,
      );
  });

  it('puts one start in each of well-separated blobs (D² sampling rarely picks a blob twice)', () => {
    const z = blobs(6, 5, 2, 40, 0.5);
    let spread = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const s = kmeansPlusPlus(flat(z), z.length, 2, 5, seededRandom(seed));
      const blobOf = (c: number) => Math.floor(z.findIndex((row) => row[0] === s[c * 2] && row[1] === s[c * 2 + 1]) / 40);
      if (new Set([0, 1, 2, 3, 4].map(blobOf)).size === 5) spread++;
    }
    assert.ok(spread >= 18, `only ${spread} of 20 seeds started in every blob`);
  });

  it('stops drawing by weight when every row already sits on a centre', () => {
    const s = kmeansPlusPlus(Float64Array.of(3, 3, 3), 3, 1, 2, seededRandom(1));
    assert.deepEqual(Array.from(s), [3, 3]);
  });
});

describe('silhouette on a sample', () => {
  it('equals the exact silhouette of the sampled points among themselves (scikit-learn’s sample_size)', () => {
    const z = blobs(7, 3, 2, 200, 3);
    const labels = z.map((_, i) => Math.floor(i / 200));
    const estimate = silhouette(z, labels, { sampleSize: 100, seed: 4 });
    const exact = silhouette(z, labels, { sampleSize: 1e9 });
    assert.ok(Math.abs(estimate - exact) < 0.05, `estimate ${estimate} vs exact ${exact}`);
    // Independent: the same 100 points chosen by the same seeded shuffle, scored exactly.
    const r = seededRandom(4);
    const idx = Array.from({ length: z.length }, (_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const pick = idx.slice(0, 100);
    const s = silhouetteSamples(
      pick.map((i) => z[i]),
      pick.map((i) => labels[i]),
    );
    assert.equal(estimate, s.reduce((a, b) => a + b, 0) / s.length);
  });
});
