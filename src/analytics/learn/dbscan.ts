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
export function radiusIndex(x: Float64Array, n: number, p: number, eps: number): RadiusIndex {
  const eps2 = eps * eps;
  const close = (i: number, j: number) => {
    let s = 0;
    for (let f = 0; f < p; f++) {
      const t = x[i * p + f] - x[j * p + f];
      s += t * t;
    }
    return s <= eps2;
  };
  const cells = p <= 6 ? gridCells(x, n, p, eps * (1 + 1e-9)) : null; // a hair wider: rounding cannot put neighbours 2 cells apart
  if (!cells) {
    return {
      neighbours(i, out) {
        let m = 0;
        for (let j = 0; j < n; j++) if (close(i, j)) out[m++] = j;
        return m;
      },
    };
  }
  const { cellOf, coord, span, stride, start, order } = cells;
  const offsets: number[][] = [[]];
  for (let f = 0; f < p; f++) offsets.splice(0, offsets.length, ...offsets.flatMap((o) => [-1, 0, 1].map((d) => [...o, d])));
  return {
    neighbours(i, out) {
      let m = 0;
      for (const off of offsets) {
        let id = cellOf[i];
        let inside = true;
        for (let f = 0; f < p && inside; f++) {
          const c = coord[i * p + f] + off[f];
          inside = c >= 0 && c < span[f];
          id += off[f] * stride[f];
        }
        if (!inside) continue;
        const range = start.get(id);
        if (range === undefined) continue;
        for (let k = range[0]; k < range[1]; k++) if (close(i, order[k])) out[m++] = order[k];
      }
      return m;
    },
  };
}

function gridCells(x: Float64Array, n: number, p: number, eps: number) {
  const min = new Float64Array(p).fill(Infinity);
  const max = new Float64Array(p).fill(-Infinity);
  for (let i = 0; i < n; i++)
    for (let f = 0; f < p; f++) {
      min[f] = Math.min(min[f], x[i * p + f]);
      max[f] = Math.max(max[f], x[i * p + f]);
    }
  const span = Array.from(min, (lo, f) => Math.floor((max[f] - lo) / eps) + 1);
  const stride: number[] = [];
  let total = 1;
  for (let f = 0; f < p; f++) {
    stride.push(total);
    total *= span[f];
  }
  if (!(total < Number.MAX_SAFE_INTEGER)) return null;
  const coord = new Int32Array(n * p);
  const cellOf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let id = 0;
    for (let f = 0; f < p; f++) {
      const c = Math.min(span[f] - 1, Math.floor((x[i * p + f] - min[f]) / eps));
      coord[i * p + f] = c;
      id += c * stride[f];
    }
    cellOf[i] = id;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => cellOf[a] - cellOf[b] || a - b);
  const start = new Map<number, [number, number]>();
  for (let k = 0; k < n;) {
    let e = k;
    while (e < n && cellOf[order[e]] === cellOf[order[k]]) e++;
    start.set(cellOf[order[k]], [k, e]);
    k = e;
  }
  return { cellOf, coord, span, stride, start, order };
}

/**
 * Labels (−1 noise, clusters 0.. in order of discovery) and core flags.
 * @example dbscan(Float64Array.from([0, 2, 3, 4, 6, 8, 10]), 7, 1, 1, 2).labels // → [-1, 0, 0, 0, -1, -1, -1]
 */
export function dbscan(
  x: Float64Array,
  n: number,
  p: number,
  eps: number,
  minPoints: number,
): { labels: Int32Array; core: Uint8Array; clusters: number } {
  const index = radiusIndex(x, n, p, eps);
  const buffer = new Int32Array(n);
  const core = new Uint8Array(n);
  for (let i = 0; i < n; i++) core[i] = index.neighbours(i, buffer) >= minPoints ? 1 : 0;
  const labels = new Int32Array(n).fill(-1);
  let cluster = 0;
  const stack: number[] = [];
  for (let seed = 0; seed < n; seed++) {
    if (labels[seed] !== -1 || !core[seed]) continue;
    stack.push(seed);
    while (stack.length) {
      const i = stack.pop()!;
      if (labels[i] !== -1) continue;
      labels[i] = cluster;
      if (!core[i]) continue;
      const m = index.neighbours(i, buffer);
      for (let k = 0; k < m; k++) if (labels[buffer[k]] === -1) stack.push(buffer[k]);
    }
    cluster++;
  }
  return { labels, core, clusters: cluster };
}

/**
 * Distance from each of the `sample` rows to its k-th nearest point, itself counted as the first
 * (scikit-learn's NearestNeighbors(n_neighbors = k) on the same data), sorted from largest.
 */
export function kDistances(x: Float64Array, n: number, p: number, k: number, sample: Int32Array): Float64Array {
  const out = new Float64Array(sample.length);
  const best = new Float64Array(k);
  sample.forEach((i, s) => {
    best.fill(Infinity);
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let f = 0; f < p; f++) {
        const t = x[i * p + f] - x[j * p + f];
        d += t * t;
      }
      if (d >= best[k - 1]) continue;
      let q = k - 1;
      while (q > 0 && best[q - 1] > d) {
        best[q] = best[q - 1];
        q--;
      }
      best[q] = d;
    }
    out[s] = Math.sqrt(best[k - 1]);
  });
  return out.sort().reverse();
}
