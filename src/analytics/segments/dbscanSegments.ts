/**
 * Customer segments by density (DBSCAN, as scikit-learn's `DBSCAN`), and the k-distance curve
 * that helps choose its eps.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { dbscan, kDistances } from '../learn/dbscan';
import { readFeatures, scaleFeatures, type Scaling } from '../learn/featureMatrix';
import { resolveOptions } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { seededRandom, shuffledIndexes } from '../numerics/rng';
import { rowMajor } from './kmeansSegments';
import { clusterMeans, numberBySize } from './numberBySize';

export interface DbscanOptions {
  /** Neighbourhood radius in the clustering space (after log1p and standardising). Required. */
  eps: number;
  /** Points within eps, the point itself included, that make a core point (scikit-learn's min_samples; default 5). */
  minPoints: number;
  /** Standardise features (z-scores, population SD) first (default true). */
  standardize: boolean;
  /** Features to log1p-transform first. */
  log1p: string[];
  /** Name of the added column (default 'segment'). */
  column: string;
}

const DEFAULTS: DbscanOptions = { eps: NaN, minPoints: 5, standardize: true, log1p: [], column: 'segment' };

export interface DbscanResult {
  features: string[];
  eps: number;
  minPoints: number;
  /** Clusters found (noise not counted). */
  clusters: number;
  /** Cluster of each row, 0.. by size (0 = largest); −1 for noise. */
  assignments: number[];
  /** Cluster sizes, largest first. */
  sizes: number[];
  /** Rows labelled noise (−1). */
  noise: number;
  /** Rows that are core points. */
  corePoints: number;
  centroids: number[][];
  table: ColumnTable;
  scaling: Scaling;
}

function matrix(fn: string, table: TableInput, features: string[], log1p: string[], standardize: boolean) {
  const t = asTable(fn, table);
  const x = readFeatures(fn, t, features);
  const { z, scaling } = scaleFeatures(fn, x, features, log1p, standardize);
  return { t, x, m: rowMajor(z), scaling };
}

/**
 * Density-based segments: dense groups of customers become clusters whatever their shape, and
 * customers in no dense group are noise (−1), counted apart. Neighbours come from a grid index:
 * 100,000 rows on 3 features take a second or two.
 * @param options `{ eps, minPoints = 5, standardize = true, log1p = [] }`; choose eps with {@link kDistance}
 * @throws when eps is not a positive number, minPoints not a whole number ≥ 1, or a feature is not numeric
 * @example
 * const d = crm.dbscanSegments(scores, ['recency', 'frequency', 'monetary'], { eps: 0.4, minPoints: 10, log1p: ['frequency', 'monetary'] });
 * d.sizes, d.noise // cluster sizes, and customers in no dense group
 */
export function dbscanSegments(table: TableInput, features: string[], options: Partial<DbscanOptions> & { eps: number }): DbscanResult {
  const fn = 'dbscanSegments';
  const o = resolveOptions(fn, DEFAULTS, options);
  if (!(typeof o.eps === 'number' && o.eps > 0 && Number.isFinite(o.eps)))
    throw analyticsError(fn, `eps must be a positive number (a distance in standardised units; see crm.kDistance), not ${String(o.eps)}`);
  if (!Number.isInteger(o.minPoints) || o.minPoints < 1)
    throw analyticsError(fn, `minPoints must be a whole number ≥ 1 (it counts the point itself), not ${String(o.minPoints)}`);
  const { t, x, m, scaling } = matrix(fn, table, features, o.log1p, o.standardize);
  const r = dbscan(m.x, m.n, m.p, o.eps, o.minPoints);
  const { labels: assignments, sizes } = numberBySize(r.labels, r.clusters);
  const noise = assignments.reduce((s, c) => s + (c < 0 ? 1 : 0), 0);
  return {
    features: [...features],
    eps: o.eps,
    minPoints: o.minPoints,
    clusters: r.clusters,
    assignments,
    sizes,
    noise,
    corePoints: r.core.reduce((s, c) => s + c, 0),
    centroids: clusterMeans(x, assignments, sizes),
    table: t.assign({ [o.column]: assignments }),
    scaling,
  };
}

export interface KDistanceResult {
  k: number;
  /** Each sampled row's distance to its k-th nearest row (itself first), largest first. */
  distances: number[];
  /** The knee of the curve (farthest point from the chord): a starting eps. */
  suggestedEps: number;
  sampled: number;
}

/**
 * The sorted k-distance curve (Ester et al. 1996; Schubert et al. 2017): with k = minPoints, an
 * eps at the knee makes most rows core or border points and leaves the outliers as noise.
 * Distances are measured to all rows, from a seeded sample of `sample` rows.
 * @param options `{ k = 5, sample = 2000, seed = 42, standardize = true, log1p = [] }`
 * @example crm.kDistance(scores, ['recency', 'frequency'], { k: 10 }).suggestedEps // → e.g. 0.35
 */
export function kDistance(
  table: TableInput,
  features: string[],
  options: Partial<{ k: number; sample: number; seed: number; standardize: boolean; log1p: string[] }> = {},
): KDistanceResult {
  const fn = 'kDistance';
  const o = resolveOptions(fn, { k: 5, sample: 2000, seed: 42, standardize: true, log1p: [] as string[] }, options);
  const { m } = matrix(fn, table, features, o.log1p, o.standardize);
  if (!Number.isInteger(o.k) || o.k < 1 || o.k > m.n)
    throw analyticsError(fn, `k must be a whole number from 1 to the number of rows (${m.n}), not ${String(o.k)}`);
  if (!Number.isInteger(o.sample) || o.sample < 1) throw analyticsError(fn, `sample must be a whole number ≥ 1, not ${String(o.sample)}`);
  const rows =
    m.n <= o.sample ? Int32Array.from({ length: m.n }, (_, i) => i) : shuffledIndexes(m.n, seededRandom(o.seed)).slice(0, o.sample);
  const d = Array.from(kDistances(m.x, m.n, m.p, o.k, rows));
  // Knee: the point farthest below the chord from the first to the last distance.
  const last = d.length - 1;
  let knee = 0;
  let far = -Infinity;
  for (let i = 0; i <= last; i++) {
    const chord = last === 0 ? d[0] : d[0] + ((d[last] - d[0]) * i) / last;
    if (chord - d[i] > far) [far, knee] = [chord - d[i], i];
  }
  return { k: o.k, distances: d, suggestedEps: d[knee], sampled: d.length };
}
