/**
 * Customer segments by k-means clustering (spec §9).
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { readFeatures, scaleFeatures, type Scaling } from '../learn/featureMatrix';
import { resolveOptions } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { inertia as inertiaOf, kmeansPlusPlus, lloyd, type RowMajor } from '../learn/lloyd';
import { seededRandom } from '../numerics/rng';
import { silhouette } from './silhouette';

export interface KmeansOptions {
  /** Number of clusters. */
  k: number;
  /** Seed of the k-means++ starts (default 42). */
  seed: number;
  /** Standardise features (z-scores, population SD) before clustering (default true). */
  standardize: boolean;
  /** Features to log1p-transform first (recommended for skewed ones such as frequency and monetary). */
  log1p: string[];
  /** Independent k-means++ starts; the lowest inertia wins (default 10). */
  nInit: number;
  /** Lloyd iterations per start (default 300). */
  maxIter: number;
  /** Points used for the silhouette above which it is estimated on a sample (default 2000). */
  silhouetteSample: number;
  /** Name of the added column (default 'segment'). */
  column: string;
}

const DEFAULTS: KmeansOptions = {
  k: 0,
  seed: 42,
  standardize: true,
  log1p: [],
  nInit: 10,
  maxIter: 300,
  silhouetteSample: 2000,
  column: 'segment',
};

export interface KmeansResult {
  k: number;
  features: string[];
  /** Cluster of each row, 0..k−1, numbered by cluster size (0 = largest). */
  assignments: number[];
  /** Mean of each cluster's rows in the features' original units. */
  centroids: number[][];
  /** Cluster sizes. */
  sizes: number[];
  /** Σ squared distances to the assigned centre, in the clustering space (after log1p/standardising). */
  inertia: number;
  /** Mean silhouette in the clustering space (null for k = 1); estimated on a sample above `silhouetteSample` rows. */
  silhouette: number | null;
  /** Lloyd iterations of the winning start. */
  iterations: number;
  /** The input with a segment column. */
  table: ColumnTable;
  /** How the features were transformed, to treat new data the same way. */
  scaling: Scaling;
}

/** The rows of `z` as a {@link RowMajor} matrix (made once, for every k and start). */
export function rowMajor(z: number[][]): RowMajor {
  const n = z.length;
  const p = n ? z[0].length : 0;
  const x = new Float64Array(n * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) x[i * p + j] = z[i][j];
  return { x, n, p };
}

/** Best of `nInit` seeded runs (k-means++ start, then Lloyd), lowest inertia winning. */
export function bestKmeans(
  rows: RowMajor,
  options: { k: number; seed: number; nInit: number; maxIter: number },
): { clusters: Int32Array; inertia: number; iterations: number } {
  const { k, seed, nInit, maxIter } = options;
  const { x, n, p } = rows;
  let best: { clusters: Int32Array; inertia: number; iterations: number } | undefined;
  for (let s = 0; s < nInit; s++) {
    const start = kmeansPlusPlus(x, n, p, k, seededRandom(seed + s * 7919));
    const r = lloyd(rows, start, { maxIter, tolerance: 1e-10 });
    const inertia = inertiaOf(x, n, p, r.labels, r.centres);
    if (!best || inertia < best.inertia) best = { clusters: r.labels, inertia, iterations: r.iterations };
  }
  return best!;
}

/**
 * Clusters rows on numeric features with k-means: greedy k-means++ starts, Lloyd iterations as
 * ml-kmeans runs them (on typed arrays, checked against ml-kmeans in the tests), best of `nInit`.
 * Clusters are renumbered by size so that segment 0 is the largest: results repeat exactly for
 * the same seed.
 * @param table rows to cluster (e.g. `crm.rfm(tx)`)
 * @param features numeric columns, e.g. `['recency', 'frequency', 'monetary']`
 * @param options `{ k, seed = 42, standardize = true, log1p = [], nInit = 10, maxIter = 300 }`
 * @throws when k is not between 1 and the number of rows, or a feature is not numeric
 * @example
 * const seg = crm.kmeansSegments(crm.rfm(tx), ['recency', 'frequency', 'monetary'], { k: 4, log1p: ['frequency', 'monetary'] });
 * seg.sizes // → [812, 604, 390, 194]
 */
export function kmeansSegments(table: TableInput, features: string[], options: Partial<KmeansOptions> & { k: number }): KmeansResult {
  const fn = 'kmeansSegments';
  const opts = resolveOptions(fn, DEFAULTS, options);
  const t = asTable(fn, table);
  const x = readFeatures(fn, t, features);
  const n = x.length;
  if (!Number.isInteger(opts.k) || opts.k < 1 || opts.k > n)
    throw analyticsError(fn, `k must be a whole number from 1 to the number of rows (${n}), not ${String(opts.k)}`);
  const { z, scaling } = scaleFeatures(fn, x, features, opts.log1p, opts.standardize);
  const { clusters, inertia, iterations } = bestKmeans(rowMajor(z), {
    k: opts.k,
    seed: opts.seed,
    nInit: opts.nInit,
    maxIter: opts.maxIter,
  });
  // Renumber by size (largest first), ties by first appearance.
  const size = new Array<number>(opts.k).fill(0);
  const firstSeen = new Array<number>(opts.k).fill(Infinity);
  clusters.forEach((c, i) => {
    size[c]++;
    if (firstSeen[c] === Infinity) firstSeen[c] = i;
  });
  const order = Array.from({ length: opts.k }, (_, c) => c).sort((a, b) => size[b] - size[a] || firstSeen[a] - firstSeen[b]);
  const rank = new Array<number>(opts.k);
  order.forEach((c, r) => (rank[c] = r));
  const assignments = Array.from(clusters, (c) => rank[c]);
  const sizes = order.map((c) => size[c]);
  const p = features.length;
  const centroids = Array.from({ length: opts.k }, () => new Array<number>(p).fill(0));
  assignments.forEach((c, i) => {
    for (let j = 0; j < p; j++) centroids[c][j] += x[i][j] / sizes[c];
  });
  const distinct = sizes.filter((s) => s > 0).length;
  return {
    k: opts.k,
    features: [...features],
    assignments,
    centroids,
    sizes,
    inertia, // renumbering the clusters leaves it as it is
    iterations,
    silhouette:
      distinct >= 2 && distinct <= n - 1 ? silhouette(z, assignments, { sampleSize: opts.silhouetteSample, seed: opts.seed }) : null,
    table: t.assign({ [opts.column]: assignments }),
    scaling,
  };
}
