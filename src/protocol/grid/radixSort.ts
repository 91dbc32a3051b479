/**
 * A stable sort of row indices by a numeric key, in linear time: least-significant-digit radix
 * sort over the key's IEEE 754 bits (four 16-bit digits), so a million rows sort in tens of
 * milliseconds where a comparison sort takes ten times as long. Missing keys (NaN) go last in
 * either direction. Being stable, sorting by the last key first and the first key last gives a
 * sort by several keys (see {@link sortOrder}).
 */

const DIGIT = 16;
const BUCKETS = 1 << DIGIT;

/**
 * @param order the row indices to sort (not changed)
 * @param keys the key of each row, indexed by row (NaN = missing)
 * @param descending largest first (missing values still last)
 * @returns a new array of the same row indices, sorted; equal keys keep their order in `order`
 * @example Array.from(radixSortBy(Uint32Array.of(0, 1, 2), Float64Array.of(3, NaN, 1), false)) // → [2, 0, 1]
 */
export function radixSortBy(order: Uint32Array, keys: Float64Array, descending: boolean): Uint32Array {
  const n = order.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const little = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
  const H = little ? 1 : 0;
  const L = little ? 0 : 1;
  for (let i = 0; i < n; i++) {
    const v = keys[order[i]];
    if (v !== v) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    f[0] = v === 0 ? 0 : descending ? -v : v; // -0 and 0 are one key
    let h = u[H];
    let l = u[L];
    // Negative numbers: flip every bit; positive: flip the sign bit. Then unsigned order = numeric order.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    lo[i] = l;
  }
  let pos = new Uint32Array(n);
  for (let i = 0; i < n; i++) pos[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = (pass % 2) * DIGIT;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(word[i] >>> shift) & 0xffff]++;
    if (n === 0 || count[(word[0] >>> shift) & 0xffff] === n) continue; // one digit for all: nothing to do
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i];
      next[count[(word[p] >>> shift) & 0xffff]++] = p;
    }
    [pos, next] = [next, pos];
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = order[pos[i]];
  return out;
}
