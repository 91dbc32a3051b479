/**
 * Customer segments by agglomerative (hierarchical) clustering with Euclidean distance, as
 * scikit-learn's AgglomerativeClustering: the full tree is built, then cut into k clusters.
 */
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { agglomerate, cutTree, type Linkage, type Merge } from '../learn/agglomerative';
import { readFeatures, scaleFeatures, type Scaling } from '../learn/featureMatrix';
import { resolveOptions } from '../options';
import { asTable, type TableInput } from '../columnar/tableInput';
import { rowMajor } from './kmeansSegments';
import { clusterMeans, numberBySize } from './numberBySize';
import { silhouette } from './silhouette';

/**
 * Rows above which hierarchicalSegments refuses, by linkage: ward and single need O(n) memory and
 * take about 5 s at 20,000 rows; average and complete keep the n²/2 distances (400 MB at 10,000).
 */
export const HIERARCHICAL_MAX_ROWS: Record<Linkage, number> = { ward: 20_000, single: 20_000, average: 10_000, complete: 10_000 };

export interface HierarchicalOptions {
  /** Number of clusters. */
  k: number;
  /** How the distance between clusters is measured (default 'ward', as scikit-learn). */
  linkage: Linkage;
  /** Standardise features (z-scores, population SD) before clustering (default true). */
  standardize: boolean;
  /** Features to log1p-transform first (recommended for skewed ones such as frequency and monetary). */
  log1p: string[];
  /** Points used for the silhouette above which it is estimated on a sample (default 2000). */
  silhouetteSample: number;
  /** Name of the added column (default 'segment'). */
  column: string;
}

const DEFAULTS: HierarchicalOptions = { k: 0, linkage: 'ward', standardize: true, log1p: [], silhouetteSample: 2000, column: 'segment' };
const LINKAGES: Linkage[] = ['ward', 'average', 'complete', 'single'];

export interface HierarchicalResult {
  k: number;
  linkage: Linkage;
  features: string[];
  /** Cluster of each row, 0..k−1, numbered by cluster size (0 = largest). */
  assignments: number[];
  sizes: number[];
  /** Mean of each cluster's rows in the features' original units. */
  centroids: number[][];
  /** All n − 1 merges by increasing height, in scipy's linkage convention (ids ≥ n are merges); for `charts.dendrogram`. */
  merges: Merge[];
  /** Height of the last merge kept inside the k clusters and of the first one cut (a wide gap: a natural k). */
  cutBetween: [number, number];
  /** Mean silhouette in the clustering space (null for k = 1 or k = n). */
  silhouette: number | null;
  /** The input with a segment column. */
  table: ColumnTable;
  scaling: Scaling;
}

/**
 * Clusters rows in O(n²) time (nearest-neighbour chain; minimum spanning tree for single linkage):
 * up to {@link HIERARCHICAL_MAX_ROWS} rows (20,000 for ward and single, 10,000 for average and
 * complete); use `crm.kmeansSegments` for more.
 * @param table rows to cluster (e.g. `crm.rfm(tx)`)
 * @param features numeric columns
 * @param options `{ k, linkage = 'ward', standardize = true, log1p = [] }`
 * @throws when k is not between 1 and the number of rows, the linkage is unknown, a feature is not numeric, or there are too many rows
 * @example
 * const seg = crm.hierarchicalSegments(crm.rfm(tx), ['recency', 'frequency', 'monetary'], { k: 4, log1p: ['frequency', 'monetary'] });
 * seg.sizes // → cluster sizes, largest first
 * charts.dendrogram(seg) // the top of the tree
 */
export function hierarchicalSegments(
  table: TableInput,
  features: string[],
  options: Partial<HierarchicalOptions> & { k: number },
): HierarchicalResult {
  const fn = 'hierarchicalSegments';
  const opts = resolveOptions(fn, DEFAULTS, options);
  if (!LINKAGES.includes(opts.linkage))
    throw analyticsError(fn, `linkage must be one of ${LINKAGES.map((l) => `'${l}'`).join(', ')}, not ${String(opts.linkage)}`);
  const t = asTable(fn, table);
  const n = t.numRows();
  const max = HIERARCHICAL_MAX_ROWS[opts.linkage];
  if (n > max) {
    const why = `${n.toLocaleString('en-US')} rows is more than ${max.toLocaleString('en-US')} for ${opts.linkage} linkage`;
    throw analyticsError(
      fn,
      `${why}: hierarchical clustering takes time (and for average/complete memory) growing with n²; use crm.kmeansSegments, or cluster a sample`,
    );
  }
  const x = readFeatures(fn, t, features);
  if (!Number.isInteger(opts.k) || opts.k < 1 || opts.k > n)
    throw analyticsError(fn, `k must be a whole number from 1 to the number of rows (${n}), not ${String(opts.k)}`);
  const { z, scaling } = scaleFeatures(fn, x, features, opts.log1p, opts.standardize);
  const m = rowMajor(z);
  const merges = n > 1 ? agglomerate(m.x, n, m.p, opts.linkage) : [];
  const { labels: assignments, sizes } = numberBySize(cutTree(merges, n, opts.k), opts.k);
  return {
    k: opts.k,
    linkage: opts.linkage,
    features: [...features],
    assignments,
    sizes,
    centroids: clusterMeans(x, assignments, sizes),
    merges,
    cutBetween: [merges[n - opts.k - 1]?.height ?? 0, merges[n - opts.k]?.height ?? Infinity],
    silhouette: opts.k >= 2 && opts.k <= n - 1 ? silhouette(z, assignments, { sampleSize: opts.silhouetteSample, seed: 42 }) : null,
    table: t.assign({ [opts.column]: assignments }),
    scaling,
  };
}
