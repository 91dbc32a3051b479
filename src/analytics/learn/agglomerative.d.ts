/**
 * Agglomerative clustering with Euclidean distance in O(n²) time (Müllner 2011, "Modern
 * hierarchical, agglomerative clustering algorithms"), the algorithms scipy's `linkage` uses:
 * - ward: the nearest-neighbour chain on centroids and sizes (O(n) memory); the distance
 *   √(2|A||B|/(|A|+|B|))·‖c_A − c_B‖ is what the Lance–Williams recursion on squared distances gives,
 *   and is scipy's merge height (scikit-learn's AgglomerativeClustering cuts scipy's tree);
 * - single: the minimum spanning tree (Prim), its edges sorted (O(n) memory);
 * - average, complete: the nearest-neighbour chain on the condensed distance matrix with
 *   Lance–Williams updates (4·n² bytes).
 * All four are reducible, so the chain finds the same merges as the naive algorithm (ties aside);
 * the merges are sorted by height into scipy's linkage order.
 */
export type Linkage = 'ward' | 'average' | 'complete' | 'single';
/** One merge in scipy's convention: clusters `a` < `b` (ids < n are rows, n + i is merge i). */
export interface Merge {
    a: number;
    b: number;
    height: number;
    size: number;
}
/**
 * The merges of n points (row-major `x`, `p` features), sorted by height.
 * @example agglomerate(Float64Array.from([0, 1, 5]), 3, 1, 'single') // → merges (0,1) at 1, then (2,3) at 4
 */
export declare function agglomerate(x: Float64Array, n: number, p: number, linkage: Linkage): Merge[];
/**
 * Flat clusters from the first n − k merges (scikit-learn's cut of the full tree): labels 0..k−1
 * in order of each cluster's first row.
 */
export declare function cutTree(merges: Merge[], n: number, k: number): Int32Array;
