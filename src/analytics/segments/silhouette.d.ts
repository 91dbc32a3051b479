/**
 * Per-point silhouettes s(i) = (b − a)/max(a, b), with a = mean distance to the other points of
 * its cluster and b = the lowest mean distance to another cluster; s = 0 for a point alone in
 * its cluster (scikit-learn's convention). Euclidean distance.
 * @example silhouetteSamples([[1], [2], [3], [10], [11], [12]], [0, 0, 0, 1, 1, 1]) // → [0.85, 0.8889, 0.8125, 0.8125, 0.8889, 0.85]
 */
export declare function silhouetteSamples(points: number[][], labels: ArrayLike<number>, evaluate?: ArrayLike<number>): number[];
/**
 * Mean silhouette. Exact for up to `sampleSize` points; above that, the mean silhouette of a
 * seeded random sample of that many points among themselves, as scikit-learn's
 * `silhouette_score(sample_size=…)` estimates it (the full computation is O(n²)). Should the
 * sample miss all but one cluster, its points are measured against all points instead.
 * @example silhouette([[1], [2], [3], [10], [11], [12]], [0, 0, 0, 1, 1, 1]) // → 0.850463
 */
export declare function silhouette(points: number[][], labels: ArrayLike<number>, options?: {
    sampleSize?: number;
    seed?: number;
}): number;
