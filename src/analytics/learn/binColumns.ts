/**
 * Features cut into bins once, for the histogram-based tree learner (decisionTree.ts): per
 * feature the bin edges and each row's bin. A forest bins its training rows once and grows every
 * tree on the same bins.
 */

/** Each feature's bin edges and every row's bin of it. */
export interface BinnedColumns {
  edges: Float64Array[];
  bins: Uint16Array[];
}

/**
 * Thresholds cutting one feature into at most `maxBins` bins of about equal counts: midpoints
 * between consecutive distinct values at the quantile positions.
 */
export function binEdges(values: Float64Array, maxBins: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  const edges: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 1; i < distinct.length; i++) edges.push((distinct[i - 1] + distinct[i]) / 2);
  } else {
    for (let b = 1; b < maxBins; b++) {
      const pos = Math.floor((b * sorted.length) / maxBins);
      if (pos <= 0 || sorted[pos] === sorted[pos - 1]) {
        // Inside a run of equal values: cut at the run's end instead.
        let p = pos;
        while (p < sorted.length && sorted[p] === sorted[pos]) p++;
        if (p < sorted.length) {
          const e = (sorted[p - 1] + sorted[p]) / 2;
          if (!edges.length || e > edges[edges.length - 1]) edges.push(e);
        }
        continue;
      }
      const e = (sorted[pos - 1] + sorted[pos]) / 2;
      if (!edges.length || e > edges[edges.length - 1]) edges.push(e);
    }
  }
  return Float64Array.from(edges);
}

/** The bin of a value: the number of edges at or below it. */
export function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bins every column (at most `maxBins` bins each, see {@link binEdges}). */
export function binColumns(x: Float64Array[], maxBins: number): BinnedColumns {
  const edges = x.map((col) => binEdges(col, maxBins));
  const bins = x.map((col, j) => {
    const b = new Uint16Array(col.length);
    for (let i = 0; i < col.length; i++) b[i] = binOf(edges[j], col[i]);
    return b;
  });
  return { edges, bins };
}
