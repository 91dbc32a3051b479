/**
 * k-means on a row-major Float64Array (n rows × p features): greedy k-means++ starts and Lloyd
 * iterations, with no per-point arrays. The Lloyd steps are those of ml-kmeans — nearest centre
 * by squared distance (the first on ties), centres as the mean of their points (an empty
 * cluster keeps its centre), stop when no centre moves by more than `tolerance` (squared) — and
 * the tests check that both give the same clusters from the same starts; ml-kmeans' own starts go
 * through a general matrix library and take longer than the whole clustering of 100k rows.
 */
/** Rows as one row-major Float64Array (row i, feature j at `x[i * p + j]`), as the k-means kernels read them. */
export interface RowMajor {
    x: Float64Array;
    n: number;
    p: number;
}
/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007, as scikit-learn runs it): the first centre is a
 * random row; each next one is the best of 2 + ⌊ln k⌋ rows drawn with probability ∝ D² (the
 * squared distance to the nearest centre so far), best meaning the lowest total D² after adding it.
 * @example kmeansPlusPlus(Float64Array.of(1, 2, 3, 10, 11, 12), 6, 1, 2, seededRandom(1)) // → two of the rows, one from each group (most likely)
 */
export declare function kmeansPlusPlus(x: Float64Array, n: number, p: number, k: number, random: () => number): Float64Array;
export interface LloydResult {
    labels: Int32Array;
    centres: Float64Array;
    iterations: number;
}
/**
 * Lloyd iterations from the given centres (which are not changed) until no centre moves by more
 * than `tolerance` in squared distance, or `maxIter` steps.
 *
 * Hamerly's bounds (2010) skip the distances that cannot change a point's centre: each point keeps
 * an upper bound on the distance to its centre and a lower bound on the distance to any other,
 * loosened by how far the centres move. A point is skipped only when its centre is strictly the
 * nearest (by a margin over rounding), so every assignment, centre and iteration count is that
 * of plain Lloyd; the later iterations, where few points move, cost little.
 * @example lloyd({ x: Float64Array.of(1, 2, 3, 10, 11, 12), n: 6, p: 1 }, Float64Array.of(1, 2), { maxIter: 100, tolerance: 1e-10 }).centres // → Float64Array [2, 11]
 */
export declare function lloyd(rows: RowMajor, start: Float64Array, options: {
    maxIter: number;
    tolerance: number;
}): LloydResult;
/** Σ‖x_i − centre(label_i)‖² (scikit-learn's `inertia_`). */
export declare function inertia(x: Float64Array, n: number, p: number, labels: ArrayLike<number>, centres: Float64Array): number;
