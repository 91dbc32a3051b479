/**
 * Scoring values into k bins (spec §7, F-RFMS-1).
 *
 * - `ntile`: SQL NTILE over the customers sorted worst → best, ties broken by customer id
 *   ascending; with n = q·k + rem, bins 1..rem hold q+1 customers and the others q.
 * - `min`: score = ⌈k·(1 + #customers strictly worse)/n⌉, so equal values always share a score.
 */
export type TieRule = 'split' | 'min';

/** Each id's position in ascending id order: ties break on this number, not on string compares. */
export function idRanks(ids: string[]): Int32Array {
  const order = Int32Array.from({ length: ids.length }, (_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/**
 * Indexes sorted worst → best (`higherIsBetter` says which way), ties by id ascending. Each row's
 * (value rank, id rank) pair is packed into one number, rank · n + id rank, so that a native
 * typed-array sort does the work instead of a comparator called n·log n times.
 */
function worstFirst(values: ArrayLike<number>, idRank: Int32Array, higherIsBetter: boolean): Int32Array {
  const n = values.length;
  const v = Float64Array.from(values as ArrayLike<number>);
  const distinct = v.slice().sort();
  if (distinct[n - 1] !== distinct[n - 1]) {
    // NaN present: the comparator sort puts it where subtraction leaves it, as before.
    const idx = Int32Array.from({ length: n }, (_, i) => i);
    return higherIsBetter ? idx.sort((a, b) => v[a] - v[b] || idRank[a] - idRank[b]) : idx.sort((a, b) => v[b] - v[a] || idRank[a] - idRank[b]);
  }
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[u - 1]) distinct[u++] = distinct[i];
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = u;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < v[i]) lo = mid + 1;
      else hi = mid;
    }
    key[i] = (higherIsBetter ? lo : u - 1 - lo) * n + idRank[i];
  }
  key.sort();
  const byIdRank = new Int32Array(n);
  for (let i = 0; i < n; i++) byIdRank[idRank[i]] = i;
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = byIdRank[key[p] % n];
  return order;
}

/** Scores 1..bins; `idRank` from {@link idRanks} breaks ties (pass it once for several scorings). */
export function scoreBins(values: ArrayLike<number>, ids: string[] | Int32Array, bins: number, higherIsBetter: boolean, ties: TieRule): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const order = worstFirst(values, ids instanceof Int32Array ? ids : idRanks(ids), higherIsBetter);
  if (ties === 'split') {
    const q = Math.floor(n / bins);
    const rem = n % bins;
    let pos = 0;
    for (let b = 1; b <= bins; b++) {
      const size = q + (b <= rem ? 1 : 0);
      for (let s = 0; s < size; s++) out[order[pos++]] = b;
    }
    return out;
  }
  let firstOfRun = 0;
  for (let pos = 0; pos < n; pos++) {
    if (pos > 0 && values[order[pos]] !== values[order[pos - 1]]) firstOfRun = pos;
    out[order[pos]] = Math.ceil((bins * (1 + firstOfRun)) / n);
  }
  return out;
}
