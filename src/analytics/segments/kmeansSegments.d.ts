import type { ColumnTable } from 'arquero';
import { type Scaling } from '../learn/featureMatrix';
import { type TableInput } from '../columnar/tableInput';
import { type RowMajor } from '../learn/lloyd';
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
export declare function rowMajor(z: number[][]): RowMajor;
/** Best of `nInit` seeded runs (k-means++ start, then Lloyd), lowest inertia winning. */
export declare function bestKmeans(rows: RowMajor, options: {
    k: number;
    seed: number;
    nInit: number;
    maxIter: number;
}): {
    clusters: Int32Array;
    inertia: number;
    iterations: number;
};
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
export declare function kmeansSegments(table: TableInput, features: string[], options: Partial<KmeansOptions> & {
    k: number;
}): KmeansResult;
