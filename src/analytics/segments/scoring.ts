/**
 * Scoring values into k bins (spec §7, F-RFMS-1).
 *
 * - `split`: SQL NTILE over the customers sorted worst → best, ties broken by customer id
 *   ascending; with n = q·k + rem, bins 1..rem hold q+1 customers and the others q.
 * - `min`: score = ⌈k·(1 + #customers strictly worse)/n⌉, so equal values always share a score.
 *
 * Neither needs a full sort. Rows are grouped by value (a counting pass for whole numbers in a
 * compact range such as days and purchase counts, one native sort of the values otherwise); a
 * group lying inside one bin scores as a whole, and only a group cut by a bin boundary is
 * partitioned by customer id (a quickselect at each cut, not a sort) to decide who falls on
 * which side.
 */
import { analyticsError } from '../analyticsError';

export type TieRule = 'split' | 'min';

/** How to score: into how many bins, which way is better, and how ties are broken. */
export interface ScoreBinsOptions {
  bins: number;
  /** 'higher' for frequency and monetary value, 'lower' for recency (days since the last order). */
  better: 'higher' | 'lower';
  ties: TieRule;
}

const byId = (ids: readonly string[]) => (a: number, b: number) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b);

/**
 * Rearranges a[lo, hi) so that a[k] is the element a sort would put there, smaller ones before it
 * and larger ones after (Hoare's quickselect, median-of-three pivots).
 */
function selectAt(a: number[], lo: number, hi: number, k: number, cmp: (x: number, y: number) => number): void {
  let left = lo;
  let right = hi - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three to the middle, then partition around it.
    if (cmp(a[mid], a[left]) < 0) [a[mid], a[left]] = [a[left], a[mid]];
    if (cmp(a[right], a[left]) < 0) [a[right], a[left]] = [a[left], a[right]];
    if (cmp(a[right], a[mid]) < 0) [a[right], a[mid]] = [a[mid], a[right]];
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (cmp(a[i], pivot) < 0) i++;
      while (cmp(a[j], pivot) > 0) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** Each row's value group, 0 = worst, and the number of groups. */
function valueGroups(v: Float64Array, higherIsBetter: boolean): { group: Int32Array; count: number } {
  const n = v.length;
  const group = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x !== x) throw analyticsError('scoreBins', `values must be numbers; row ${i + 1} is NaN`);
    if (x < min) min = x;
    if (x > max) max = x;
    if (whole && !Number.isSafeInteger(x)) whole = false;
  }
  if (whole && max - min <= 4 * n) {
    const present = new Int32Array(max - min + 1);
    for (let i = 0; i < n; i++) present[v[i] - min] = 1;
    let count = 0;
    for (let k = 0; k < present.length; k++) if (present[k]) present[k] = count++;
    for (let i = 0; i < n; i++) {
      const g = present[v[i] - min];
      group[i] = higherIsBetter ? g : count - 1 - g;
    }
    return { group, count };
  }
  const distinct = v.slice().sort();
  let count = 0;
  for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i];
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < v[i]) lo = mid + 1;
      else hi = mid;
    }
    group[i] = higherIsBetter ? lo : count - 1 - lo;
  }
  return { group, count };
}

/** The NTILE bin (1..bins) of sorted position `pos` among n. */
function ntileBin(pos: number, n: number, bins: number): number {
  const q = Math.floor(n / bins);
  const big = (n % bins) * (q + 1); // the first n mod bins bins hold q + 1
  return pos < big ? Math.floor(pos / (q + 1)) + 1 : (n % bins) + Math.floor((pos - big) / q) + 1;
}

/**
 * Scores 1..bins, worst to best (`better` says which way), ties by `ids` ascending.
 * @example scoreBins([5, 1, 3], ['a', 'b', 'c'], { bins: 3, better: 'higher', ties: 'split' }) // → Uint8Array [3, 1, 2]
 */
export function scoreBins(values: ArrayLike<number>, ids: readonly string[], { bins, better, ties }: ScoreBinsOptions): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const v = Float64Array.from(values);
  const { group, count } = valueGroups(v, better === 'higher');
  // start[g]: how many rows are worse than group g.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[group[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const score = new Int32Array(count); // a group's score, or 0 when a bin boundary cuts it
  for (let g = 0; g < count; g++) {
    if (ties === 'min') score[g] = Math.ceil((bins * (1 + start[g])) / n);
    else {
      const first = ntileBin(start[g], n, bins);
      score[g] = first === ntileBin(start[g + 1] - 1, n, bins) ? first : 0;
    }
  }
  const cut = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const s = score[group[i]];
    if (s) out[i] = s;
    else {
      let members = cut.get(group[i]);
      if (!members) cut.set(group[i], (members = []));
      members.push(i);
    }
  }
  const tie = byId(ids);
  for (const [g, members] of cut) {
    // Partition at each position where the bin changes, then score each part as a whole.
    let from = 0;
    while (from < members.length) {
      const bin = ntileBin(start[g] + from, n, bins);
      let to = from + 1;
      while (to < members.length && ntileBin(start[g] + to, n, bins) === bin) to++;
      if (to < members.length) selectAt(members, from, members.length, to, tie);
      for (let j = from; j < to; j++) out[members[j]] = bin;
      from = to;
    }
  }
  return out;
}
