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

/** Squared distance from row i of `x` to row c of `centres`. */
function distance(x: Float64Array, i: number, centres: Float64Array, c: number, p: number): number {
  let d = 0;
  for (let j = 0; j < p; j++) {
    const diff = x[i * p + j] - centres[c * p + j];
    d += diff * diff;
  }
  return d;
}

/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007, as scikit-learn runs it): the first centre is a
 * random row; each next one is the best of 2 + ⌊ln k⌋ rows drawn with probability ∝ D² (the
 * squared distance to the nearest centre so far), best meaning the lowest total D² after adding it.
 * @example kmeansPlusPlus(Float64Array.of(1, 2, 3, 10, 11, 12), 6, 1, 2, seededRandom(1)) // → two of the rows, one from each group (most likely)
 */
export function kmeansPlusPlus(x: Float64Array, n: number, p: number, k: number, random: () => number): Float64Array {
  const centres = new Float64Array(k * p);
  const take = (c: number, row: number) => centres.set(x.subarray(row * p, row * p + p), c * p);
  take(0, Math.floor(random() * n));
  let closest = new Float64Array(n);
  for (let i = 0; i < n; i++) closest[i] = distance(x, i, centres, 0, p);
  const trials = 2 + Math.floor(Math.log(k));
  const cumulative = new Float64Array(n);
  let candidate = new Float64Array(n);
  let best = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    for (let i = 0; i < n; i++) cumulative[i] = sum += closest[i];
    let bestRow = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < trials; t++) {
      // Draw a row with probability ∝ D² (all rows alike when every row sits on a centre).
      const target = random() * sum;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] <= target) lo = mid + 1;
        else hi = mid;
      }
      const row = sum > 0 ? lo : Math.floor(random() * n);
      let pot = 0;
      for (let i = 0; i < n; i++) {
        const d = distance(x, i, x, row, p);
        pot += candidate[i] = d < closest[i] ? d : closest[i];
      }
      if (pot < bestPotential) {
        bestPotential = pot;
        bestRow = row;
        [best, candidate] = [candidate, best];
      }
    }
    take(c, bestRow);
    [closest, best] = [best, closest];
  }
  return centres;
}

export interface LloydResult {
  labels: Int32Array;
  centres: Float64Array;
  iterations: number;
}

/** Relative margin on Hamerly's bounds: a point is skipped only when it is clear of rounding. */
const MARGIN = 1e-9;

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
export function lloyd(rows: RowMajor, start: Float64Array, options: { maxIter: number; tolerance: number }): LloydResult {
  const { x, n, p } = rows;
  const { maxIter, tolerance } = options;
  const k = start.length / p;
  let centres = start.slice();
  let next = new Float64Array(k * p);
  const counts = new Float64Array(k);
  const labels = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const half = new Float64Array(k); // half the distance from each centre to the nearest other one
  const move = new Float64Array(k); // how far each centre moved in the last step (0 before the first)
  let most = 0; // the largest move, the centre that made it, and the second largest
  let mostAt = -1;
  let secondMost = 0;
  let iterations = 0;
  while (iterations < maxIter) {
    iterations++;
    for (let c = 0; c < k; c++) {
      let nearest = Infinity;
      for (let o = 0; o < k; o++) if (o !== c) nearest = Math.min(nearest, distance(centres, c, centres, o, p));
      half[c] = Math.sqrt(nearest) / 2;
    }
    // Assign each point, and add it to its centre's sum in row order (as ml-kmeans sums).
    next.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      let a = labels[i];
      let full = iterations === 1;
      if (!full) {
        // Loosen the bounds by the last moves (here rather than in a pass of their own).
        upper[i] += move[a];
        lower[i] -= a === mostAt ? secondMost : most;
        const bound = Math.max(half[a], lower[i]);
        if (!(upper[i] * (1 + MARGIN) < bound)) {
          upper[i] = Math.sqrt(distance(x, i, centres, a, p));
          full = !(upper[i] * (1 + MARGIN) < bound);
        }
      }
      if (full) {
        let bestD = Number.MAX_VALUE;
        let second = Number.MAX_VALUE;
        for (let c = 0; c < k; c++) {
          const d = distance(x, i, centres, c, p);
          if (d < bestD) {
            second = bestD;
            bestD = d;
            a = c;
          } else if (d < second) second = d;
        }
        labels[i] = a;
        upper[i] = Math.sqrt(bestD);
        lower[i] = Math.sqrt(second);
      }
      counts[a]++;
      for (let j = 0; j < p; j++) next[a * p + j] += x[i * p + j];
    }
    let moved = false;
    most = 0;
    mostAt = -1;
    secondMost = 0;
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < p; j++) next[c * p + j] = counts[c] ? next[c * p + j] / counts[c] : centres[c * p + j];
      const d = distance(next, c, centres, c, p);
      if (d > tolerance) moved = true;
      move[c] = Math.sqrt(d);
      if (move[c] > most) {
        secondMost = most;
        most = move[c];
        mostAt = c;
      } else if (move[c] > secondMost) secondMost = move[c];
    }
    [centres, next] = [next, centres];
    if (!moved) break;
  }
  return { labels, centres, iterations };
}

/** Σ‖x_i − centre(label_i)‖² (scikit-learn's `inertia_`). */
export function inertia(x: Float64Array, n: number, p: number, labels: ArrayLike<number>, centres: Float64Array): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += distance(x, i, centres, labels[i], p);
  return s;
}
