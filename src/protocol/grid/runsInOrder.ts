/**
 * A sort by one column, from the rows already sorted by it and the marks of equal neighbours:
 * either way round, with the rows of each run of equal values in the order of a sort by the next
 * columns. One pass, plus a sort of each run longer than one row, where a radix sort of a million
 * distinct ranks takes a hundred milliseconds.
 */

/** Rows up to this many are put in order by insertion. */
const INSERTION = 32;

/** Sorts out[from, to) by each row's position `at[row]`. */
function byPosition(out: Uint32Array, from: number, to: number, at: Uint32Array): void {
  if (to - from <= INSERTION) {
    for (let i = from + 1; i < to; i++) {
      const row = out[i];
      let j = i;
      while (j > from && at[out[j - 1]] > at[row]) {
        out[j] = out[j - 1];
        j--;
      }
      out[j] = row;
    }
  } else
    out.set(
      Array.from(out.subarray(from, to)).sort((a, b) => at[a] - at[b]),
      from,
    );
}

/**
 * @param sorted rows in ascending order of the column, ties in table order, missing ones last
 * @param same 1 at each position of `sorted` whose value equals the one before
 * @param present how many rows have a value (the first of `sorted`)
 * @param then the rows sorted by the next columns (undefined: table order)
 * @returns the rows sorted by the column (descending or not) and then by the next columns, missing last
 * @example Array.from(runsInOrder(Uint32Array.of(1, 2, 0, 3), Uint8Array.of(0, 1, 0, 0), 3, true, Uint32Array.of(3, 2, 1, 0))) // → [0, 2, 1, 3]
 */
export function runsInOrder(sorted: Uint32Array, same: Uint8Array, present: number, descending: boolean, then?: Uint32Array): Uint32Array {
  const n = sorted.length;
  const out = new Uint32Array(n);
  let at: Uint32Array | undefined;
  if (then) {
    at = new Uint32Array(n);
    for (let i = 0; i < n; i++) at[then[i]] = i;
  }
  let to = 0;
  const copy = (start: number, end: number) => {
    const from = to;
    for (let i = start; i < end; i++) out[to++] = sorted[i];
    if (at && end - start > 1) byPosition(out, from, to, at);
  };
  if (descending)
    for (let end = present; end > 0;) {
      let start = end - 1;
      while (start > 0 && same[start]) start--;
      copy(start, end);
      end = start;
    }
  else
    for (let start = 0; start < present;) {
      let end = start + 1;
      while (end < present && same[end]) end++;
      copy(start, end);
      start = end;
    }
  if (!then || n - present <= INSERTION) copy(present, n);
  else {
    // Many missing rows: taken in the order of `then`.
    const missing = new Uint8Array(n);
    for (let i = present; i < n; i++) missing[sorted[i]] = 1;
    for (let i = 0; i < n; i++) if (missing[then[i]]) out[to++] = then[i];
  }
  return out;
}
