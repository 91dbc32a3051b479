/**
 * Scoring values into k bins (spec §7, F-RFMS-1).
 *
 * - `ntile`: SQL NTILE over the customers sorted worst → best, ties broken by customer id
 *   ascending; with n = q·k + rem, bins 1..rem hold q+1 customers and the others q.
 * - `min`: score = ⌈k·(1 + #customers strictly worse)/n⌉, so equal values always share a score.
 */
export type TieRule = 'split' | 'min';

/** Indexes sorted worst → best (`higherIsBetter` says which way), ties by id ascending. */
function worstFirst(values: ArrayLike<number>, ids: string[], higherIsBetter: boolean): Int32Array {
  const idx = Int32Array.from({ length: values.length }, (_, i) => i);
  const dir = higherIsBetter ? 1 : -1;
  return idx.sort((a, b) => dir * (values[a] - values[b]) || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
}

export function scoreBins(values: ArrayLike<number>, ids: string[], bins: number, higherIsBetter: boolean, ties: TieRule): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const order = worstFirst(values, ids, higherIsBetter);
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
