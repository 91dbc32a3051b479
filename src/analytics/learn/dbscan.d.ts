/**
 * DBSCAN (Ester, Kriegel, Sander & Xu 1996) with scikit-learn's conventions: a point is a core
 * point when at least `minPoints` points, itself included, lie within distance ≤ eps; clusters
 * grow from core points in row order (a border point reachable from two clusters joins the first
 * one found); the rest is noise (−1). Neighbours are found through a grid of cells of side eps, so
 * a query visits the 3^p cells around a point; above 6 features the grid no longer pays and every
 * pair is compared.
 */
/** Finds the points within eps of a point (itself included). */
export interface RadiusIndex {
    /** Writes the neighbours of row i into `out` and returns how many there are. */
    neighbours(i: number, out: Int32Array): number;
}
/** A uniform grid over row-major points (cells of side eps), or a plain scan when p > 6. */
export declare function radiusIndex(x: Float64Array, n: number, p: number, eps: number): RadiusIndex;
/**
 * Labels (−1 noise, clusters 0.. in order of discovery) and core flags.
 * @example dbscan(Float64Array.from([0, 2, 3, 4, 6, 8, 10]), 7, 1, 1, 2).labels // → [-1, 0, 0, 0, -1, -1, -1]
 */
export declare function dbscan(x: Float64Array, n: number, p: number, eps: number, minPoints: number): {
    labels: Int32Array;
    core: Uint8Array;
    clusters: number;
};
/**
 * Distance from each of the `sample` rows to its k-th nearest point, itself counted as the first
 * (scikit-learn's NearestNeighbors(n_neighbors = k) on the same data), sorted from largest.
 */
export declare function kDistances(x: Float64Array, n: number, p: number, k: number, sample: Int32Array): Float64Array;
