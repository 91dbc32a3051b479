/**
 * Renumbers cluster labels 0..k−1 by size, largest first, ties by first appearance (as
 * kmeansSegments numbers its clusters); negative labels (DBSCAN's noise, −1) are kept as they are.
 * @example numberBySize([1, 0, 1, -1], 2) // → { labels: [0, 1, 0, -1], sizes: [2, 1] }
 */
export declare function numberBySize(clusters: ArrayLike<number>, k: number): {
    labels: number[];
    sizes: number[];
};
/** Mean of each cluster's rows in the original units (noise rows left out). */
export declare function clusterMeans(x: number[][], labels: number[], sizes: number[]): number[][];
