/**
 * The counting sort behind radixSortBy, for keys that are whole numbers on a small grid once
 * their common step is divided out (counts, yes/no, dates at whole days or seconds):
 * each row's rank on the grid is worked out once per keys array, in row order, and kept; a sort
 * is then one counting pass over the ranks.
 */
import { sortScratch } from './sortScratch';

/** Keys on more grid points than this go to the radix sort. */
const COUNTING_RANGE = 1 << 22;

const gcd = (a: number, b: number): number => {
  while (b) [a, b] = [b, a % b];
  return a;
};

/** Keys beyond ±2⁵¹ go to the radix sort: below it, differences and their quotients by a step are exact. */
const EXACT = 2 ** 51;

/**
 * Keys on a grid `min + rank·step`: each row's rank (`span` for a missing key), in a typed array
 * half or a quarter the size of the keys.
 */
export interface CountingPlan {
  span: number;
  ranks: Uint16Array | Uint32Array;
}

/** Each keys array's plan (null: the keys are not on a small grid), built once. */
const plans = new WeakMap<Float64Array, CountingPlan | null>();

/**
 * The smallest key, and the step that every key is a whole multiple of above it; undefined if
 * none fits a counting sort. One pass in row order (reading the keys in a sort's order instead
 * jumps around memory, and took five times longer): the step is the greatest common divisor of
 * the keys' distances from the first key, checked by a division (exact below {@link EXACT}; a
 * remainder `%` on doubles is a call into C in V8, ten times slower, so it runs only when the
 * step shrinks).
 */
function countingGrid(keys: Float64Array): { min: number; step: number; span: number } | undefined {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  let base = NaN;
  let step = 0;
  for (let r = 0; r < n; r++) {
    const k = keys[r];
    if (k !== k) continue;
    if (k !== Math.floor(k) || k > EXACT || k < -EXACT) return undefined;
    if (k < min) min = k;
    if (k > max) max = k;
    if (base !== base) base = k;
    const d = k - base;
    const q = d / step; // ±Infinity or NaN while there is no step yet
    if ((q | 0) === q || d === 0) continue; // a multiple of the step (a quotient past 2³¹ takes the slow way, rightly)
    step = gcd(step, Math.abs(d));
    if ((max - min) / step >= COUNTING_RANGE) return undefined;
  }
  if (min === Infinity) return { min: 0, step: 1, span: 0 };
  step ||= 1;
  if ((max - min) / step >= COUNTING_RANGE) return undefined;
  return { min, step, span: (max - min) / step + 1 };
}

/** The plan for a counting sort of these keys, from the cache or built in two passes in row order. */
export function countingPlan(keys: Float64Array): CountingPlan | undefined {
  const known = plans.get(keys);
  if (known !== undefined) return known ?? undefined;
  const grid = countingGrid(keys);
  let plan: CountingPlan | null = null;
  if (grid) {
    const { min, step, span } = grid;
    const ranks = span < 0xffff ? new Uint16Array(keys.length) : new Uint32Array(keys.length);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r];
      ranks[r] = k !== k ? span : (k - min) / step;
    }
    plan = { span, ranks };
  }
  plans.set(keys, plan);
  return plan ?? undefined;
}

/** Stable counting sort by the plan's ranks: missing keys last either way. */
export function countingSort(order: Uint32Array, descending: boolean, plan: CountingPlan) {
  const { span, ranks } = plan;
  const n = order.length;
  const count = new Uint32Array(span + 1);
  const slot = sortScratch(n)[0];
  for (let i = 0; i < n; i++) {
    let s = ranks[order[i]];
    if (descending && s !== span) s = span - 1 - s;
    slot[i] = s;
    count[s]++;
  }
  let sum = 0;
  for (let d = 0; d <= span; d++) {
    const c = count[d];
    count[d] = sum;
    sum += c;
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[count[slot[i]]++] = order[i];
  return out;
}
