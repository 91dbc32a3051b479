/**
 * A stable sort of row indices by a numeric key, in linear time, so a million rows sort in tens
 * of milliseconds where a comparison sort takes ten times as long:
 *
 * - keys that are whole numbers in a small range once their common step is divided out (counts,
 *   yes/no, dates at whole days or seconds) take one counting-sort pass over
 *   each row's rank on that grid (countingSort.ts);
 * - any other keys get a 22-bit bucket number that never decreases as the key grows, are sorted by
 *   it with a two-pass radix sort (11-bit digits, so the counts stay in the CPU's cache), and
 *   each run of keys that share a bucket is then put in exact order. The bucket number is linear
 *   in the bits of the key's magnitude, that is roughly in its logarithm, so money with a long
 *   tail spreads over the buckets as well as uniform numbers do, and runs stay short.
 *
 * Missing keys (NaN) go last in either direction. Being stable, sorting by the last key first and
 * the first key last gives a sort by several keys (see GridData.sortOrder).
 *
 * Each pass is its own small function: V8 then optimizes each loop with its own type feedback,
 * where one long function is recompiled after every loop (a first sort then took 3 times longer).
 */
import { countingPlan, countingSort } from './countingSort';
import { sortScratch } from './sortScratch';

const DIGIT = 11;
const RADIX = 1 << DIGIT;
const LOW = RADIX - 1;
const BUCKETS = 1 << (2 * DIGIT);
const MISSING = BUCKETS - 1;
const TOP = BUCKETS - 2;
const TWO_32 = 4294967296;
/** Runs of one bucket up to this length are put in order by insertion, longer ones by Array#sort. */
const INSERTION_RUN = 48;
const SAMPLE = 4096;
const LITTLE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** How keys map to buckets: negative magnitudes, zero and positive magnitudes each get their share. */
interface BucketScale {
  negBuckets: number;
  zeroBucket: number;
  posBase: number;
  negHi: number;
  posLo: number;
  negScale: number;
  posScale: number;
}

/** The magnitude of a key as a (rounded) number that grows with it: its bits without the sign. */
const magnitude = (u: Uint32Array, row: number) => (u[2 * row + HI] & 0x7fffffff) * TWO_32 + u[2 * row + LO];

/** The low and high ends of sorted magnitudes, `cut` of them left outside at each end. */
function ends(sorted: number[], cut: number): [number, number] {
  if (!sorted.length) return [0, 0];
  const k = Math.floor(sorted.length * cut);
  return [sorted[k], sorted[sorted.length - 1 - k]];
}

/**
 * The scale from a sample of up to {@link SAMPLE} keys. Beyond the sample's 0.2 % and 99.8 %
 * quantiles keys fall in the end buckets (and are ordered there exactly), so one huge outlier
 * does not squeeze every other key into a few buckets.
 */
function bucketScale(order: Uint32Array, keys: Float64Array, u: Uint32Array): BucketScale {
  const n = order.length;
  const size = Math.min(n, SAMPLE);
  const neg: number[] = [];
  const pos: number[] = [];
  let zero = 0;
  for (let k = 0; k < size; k++) {
    const row = order[Math.floor((k * n) / size)];
    const v = keys[row];
    if (v === 0) zero++;
    else if (v < 0) neg.push(magnitude(u, row));
    else if (v > 0) pos.push(magnitude(u, row));
  }
  const cut = size === n ? 0 : 0.002;
  const [negLo, negHi] = ends(
    neg.sort((a, b) => a - b),
    cut,
  );
  const [posLo, posHi] = ends(
    pos.sort((a, b) => a - b),
    cut,
  );
  const finite = neg.length + zero + pos.length;
  // A negative key outside the sample still needs a bucket: at least one.
  const negBuckets = Math.max(1, Math.floor((TOP * neg.length) / Math.max(1, finite)));
  const posBase = negBuckets + 1;
  return {
    negBuckets,
    zeroBucket: negBuckets,
    posBase,
    negHi,
    posLo,
    negScale: negHi > negLo ? (negBuckets - 1) / (negHi - negLo) : 0,
    posScale: posHi > posLo ? (TOP - posBase) / (posHi - posLo) : 0,
  };
}

/** The bucket of each key (in `order`'s order), with both digits counted. */
function bucketPass(
  order: Uint32Array,
  keys: Float64Array,
  u: Uint32Array,
  scale: BucketScale,
  descending: boolean,
  out: { buckets: Uint32Array; low: Uint32Array; high: Uint32Array },
) {
  const { negBuckets, zeroBucket, posBase, negHi, posLo, negScale, posScale } = scale;
  const { buckets, low, high } = out;
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const row = order[i];
    const v = keys[row];
    let b = MISSING;
    if (v === v) {
      if (v === 0) b = zeroBucket;
      else if (v < 0) b = Math.max(0, Math.min(negBuckets - 1, Math.floor((negHi - magnitude(u, row)) * negScale)));
      else b = posBase + Math.max(0, Math.min(TOP - posBase, Math.floor((magnitude(u, row) - posLo) * posScale)));
      if (descending) b = TOP - b;
    }
    buckets[i] = b;
    low[b & LOW]++;
    high[b >>> DIGIT]++;
  }
}

/** One stable radix pass on the digit at `shift`, moving the buckets and rows together. */
function scatter(buckets: Uint32Array, rows: Uint32Array, toBuckets: Uint32Array, toRows: Uint32Array, count: Uint32Array, shift: number) {
  let sum = 0;
  for (let d = 0; d < RADIX; d++) {
    const c = count[d];
    count[d] = sum;
    sum += c;
  }
  const n = buckets.length;
  for (let i = 0; i < n; i++) {
    const b = buckets[i];
    const p = count[(b >>> shift) & LOW]++;
    toBuckets[p] = b;
    toRows[p] = rows[i];
  }
}

/** Puts the rows from `start` to `end`, which share a bucket, in exact key order (stable). */
function orderRun(rows: Uint32Array, start: number, end: number, keys: Float64Array, descending: boolean) {
  let sorted = true;
  for (let i = start + 1; sorted && i < end; i++)
    sorted = descending ? keys[rows[i - 1]] >= keys[rows[i]] : keys[rows[i - 1]] <= keys[rows[i]];
  if (sorted) return; // equal keys, the usual case: already in order
  if (end - start > INSERTION_RUN) {
    const run = Array.from(rows.subarray(start, end));
    run.sort(descending ? (a, b) => keys[b] - keys[a] : (a, b) => keys[a] - keys[b]);
    rows.set(run, start);
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const row = rows[i];
    const v = keys[row];
    let j = i - 1;
    while (j >= start && (descending ? keys[rows[j]] < v : keys[rows[j]] > v)) {
      rows[j + 1] = rows[j];
      j--;
    }
    rows[j + 1] = row;
  }
}

function orderRuns(buckets: Uint32Array, rows: Uint32Array, keys: Float64Array, descending: boolean) {
  const n = buckets.length;
  for (let i = 1; i < n; i++) {
    if (buckets[i] !== buckets[i - 1]) continue;
    const start = i - 1;
    let end = i + 1;
    while (end < n && buckets[end] === buckets[start]) end++;
    if (buckets[start] !== MISSING) orderRun(rows, start, end, keys, descending);
    i = end;
  }
}

/**
 * @param order the row indices to sort (not changed)
 * @param keys the key of each row, indexed by row (NaN = missing); never changed after a sort,
 *   since what the sort learnt of them is kept (a grid's columns are never changed)
 * @param descending largest first (missing values still last)
 * @returns a new array of the same row indices, sorted; equal keys keep their order in `order`
 * @example Array.from(radixSortBy(Uint32Array.of(0, 1, 2), Float64Array.of(3, NaN, 1), false)) // → [2, 0, 1]
 */
export function radixSortBy(order: Uint32Array, keys: Float64Array, descending: boolean): Uint32Array {
  const plan = countingPlan(keys);
  if (plan) return countingSort(order, descending, plan);
  const n = order.length;
  const u = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  const [buckets, movedBuckets, movedRows] = sortScratch(n);
  const low = new Uint32Array(RADIX);
  const high = new Uint32Array(RADIX);
  bucketPass(order, keys, u, bucketScale(order, keys, u), descending, { buckets, low, high });
  const out = new Uint32Array(n);
  scatter(buckets, order, movedBuckets, movedRows, low, 0);
  scatter(movedBuckets, movedRows, buckets, out, high, DIGIT);
  orderRuns(buckets, out, keys, descending);
  return out;
}

/**
 * The same rows sorted the other way round, from a stable sort by `keys`: reversed, except that
 * equal keys keep their order and missing keys stay last. One pass instead of a sort.
 * @param sorted the result of `radixSortBy(order, keys, descending)`
 * @returns what `radixSortBy(order, keys, !descending)` returns
 * @example Array.from(reversedOrder(Uint32Array.of(2, 0, 3, 1), Float64Array.of(3, NaN, 1, 3))) // → [0, 3, 2, 1]
 */
export function reversedOrder(sorted: Uint32Array, keys: Float64Array): Uint32Array {
  const n = sorted.length;
  let present = n;
  while (present > 0 && keys[sorted[present - 1]] !== keys[sorted[present - 1]]) present--;
  const out = new Uint32Array(n);
  out.set(sorted.subarray(present), present);
  // Runs of equal keys, taken from the end: each is copied in its own order.
  let to = 0;
  for (let end = present; end > 0;) {
    let start = end - 1;
    const k = keys[sorted[start]];
    while (start > 0 && keys[sorted[start - 1]] === k) start--;
    for (let i = start; i < end; i++) out[to++] = sorted[i];
    end = start;
  }
  return out;
}
