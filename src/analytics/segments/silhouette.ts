/**
 * Silhouette score (Rousseeuw 1987; spec §9, F-KM-6).
 */
import { analyticsError } from '../analyticsError';
import { seededRandom, shuffledIndexes } from '../numerics/rng';

/**
 * Per-point silhouettes s(i) = (b − a)/max(a, b), with a = mean distance to the other points of
 * its cluster and b = the lowest mean distance to another cluster; s = 0 for a point alone in
 * its cluster (scikit-learn's convention). Euclidean distance.
 * @example silhouetteSamples([[1], [2], [3], [10], [11], [12]], [0, 0, 0, 1, 1, 1]) // → [0.85, 0.8889, 0.8125, 0.8125, 0.8889, 0.85]
 */
export function silhouetteSamples(points: number[][], labels: ArrayLike<number>, evaluate?: ArrayLike<number>): number[] {
  const fn = 'silhouette';
  const n = points.length;
  if (labels.length !== n) throw analyticsError(fn, `points (${n}) and labels (${labels.length}) differ in length`);
  let k = 0;
  for (let i = 0; i < n; i++) k = Math.max(k, labels[i] + 1);
  const size = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) size[labels[i]]++;
  const clusters = size.filter((s) => s > 0).length;
  if (clusters < 2 || clusters > n - 1)
    throw analyticsError(fn, `is defined for 2 ≤ clusters ≤ n − 1; got ${clusters} cluster(s) for ${n} points`);
  const which = evaluate ?? Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  const sums = new Float64Array(k);
  for (let w = 0; w < which.length; w++) {
    const i = which[w];
    sums.fill(0);
    const pi = points[i];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const pj = points[j];
      let d = 0;
      for (let f = 0; f < pi.length; f++) d += (pi[f] - pj[f]) ** 2;
      sums[labels[j]] += Math.sqrt(d);
    }
    const own = labels[i];
    if (size[own] === 1) {
      out.push(0);
      continue;
    }
    const a = sums[own] / (size[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c] > 0) b = Math.min(b, sums[c] / size[c]);
    out.push(Math.max(a, b) === 0 ? 0 : (b - a) / Math.max(a, b));
  }
  return out;
}

/**
 * Mean silhouette. Exact for up to `sampleSize` points; above that, the mean silhouette of a
 * seeded random sample of that many points among themselves, as scikit-learn's
 * `silhouette_score(sample_size=…)` estimates it (the full computation is O(n²)). Should the
 * sample miss all but one cluster, its points are measured against all points instead.
 * @example silhouette([[1], [2], [3], [10], [11], [12]], [0, 0, 0, 1, 1, 1]) // → 0.850463
 */
export function silhouette(points: number[][], labels: ArrayLike<number>, options: { sampleSize?: number; seed?: number } = {}): number {
  const sampleSize = options.sampleSize ?? 2000;
  const mean = (s: number[]) => s.reduce((a, b) => a + b, 0) / s.length;
  if (points.length <= sampleSize) return mean(silhouetteSamples(points, labels));
  const sample = shuffledIndexes(points.length, seededRandom(options.seed ?? 1)).subarray(0, sampleSize);
  const sampleLabels = Array.from(sample, (i) => labels[i]);
  if (new Set(sampleLabels).size >= 2)
    return mean(
      silhouetteSamples(
        Array.from(sample, (i) => points[i]),
        sampleLabels,
      ),
    );
  return mean(silhouetteSamples(points, labels, sample));
}
