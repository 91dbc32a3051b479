/**
 * Renumbers cluster labels 0..k−1 by size, largest first, ties by first appearance (as
 * kmeansSegments numbers its clusters); negative labels (DBSCAN's noise, −1) are kept as they are.
 * @example numberBySize([1, 0, 1, -1], 2) // → { labels: [0, 1, 0, -1], sizes: [2, 1] }
 */
export function numberBySize(clusters: ArrayLike<number>, k: number): { labels: number[]; sizes: number[] } {
  const size = new Array<number>(k).fill(0);
  const firstSeen = new Array<number>(k).fill(Infinity);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    if (c < 0) continue;
    size[c]++;
    if (firstSeen[c] === Infinity) firstSeen[c] = i;
  }
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => size[b] - size[a] || firstSeen[a] - firstSeen[b]);
  const rank = new Array<number>(k);
  order.forEach((c, r) => (rank[c] = r));
  return { labels: Array.from(clusters, (c) => (c < 0 ? c : rank[c])), sizes: order.map((c) => size[c]) };
}

/** Mean of each cluster's rows in the original units (noise rows left out). */
export function clusterMeans(x: number[][], labels: number[], sizes: number[]): number[][] {
  const p = x.length ? x[0].length : 0;
  const means = sizes.map(() => new Array<number>(p).fill(0));
  labels.forEach((c, i) => {
    if (c < 0) return;
    for (let j = 0; j < p; j++) means[c][j] += x[i][j] / sizes[c];
  });
  return means;
}
