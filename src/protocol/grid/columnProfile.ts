/**
 * A column's profile over all its rows (what Data Wrangler shows in a header): type, missing
 * and distinct counts, min / mean / max and a histogram for numbers and dates, the most frequent
 * values for text and booleans. One pass over the typed keys, plus a hash set of the
 * numbers to count the distinct ones; a column of ids counts runs in its rows sorted by text
 * instead (TextColumn.runCounts).
 */
import type { ColumnData } from './columnData';
import { TextColumn } from './TextColumn';
import { TopList } from './TopList';
import type { ColumnProfile } from './gridMessages';

export interface ProfileOptions {
  /** Histogram bins (default 16). */
  bins?: number;
  /** Most frequent values kept for text (default 5). */
  top?: number;
}

/** Distinct keys (NaN left out), counted in an open-addressing hash set of the keys' bits. */
function distinctNumbers(keys: Float64Array, present: number): number {
  let size = 16;
  while (size < present * 2) size *= 2;
  const mask = size - 1;
  const his = new Uint32Array(size);
  const los = new Uint32Array(size);
  const used = new Uint8Array(size);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  let distinct = 0;
  for (let r = 0; r < keys.length; r++) {
    const k = keys[r];
    if (k !== k) continue;
    f[0] = k === 0 ? 0 : k;
    const a = u[0];
    const b = u[1];
    let slot = (Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
    while (used[slot] && (los[slot] !== a || his[slot] !== b)) slot = (slot + 1) & mask;
    if (!used[slot]) {
      used[slot] = 1;
      los[slot] = a;
      his[slot] = b;
      distinct++;
    }
  }
  return distinct;
}

/** The indexes of the `top` largest counts (zero counts left out), largest first, ties by index. */
function mostFrequent(counts: Float64Array, top: number): number[] {
  const best = new TopList<number>(top, (a, b) => counts[a] > counts[b] || (counts[a] === counts[b] && a < b));
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) best.offer(i);
  return best.items;
}

/**
 * @example columnProfile(columnData('n', 'number', 4, (r) => [1, 2, 2, null][r])) // → { name: 'n', type: 'number', missing: 1, distinct: 2, min: 1, mean: 5 / 3, max: 2, histogram: [...] }
 */
export function columnProfile(c: ColumnData, options: ProfileOptions = {}): ColumnProfile {
  const bins = options.bins ?? 16;
  if (c instanceof TextColumn && c.byRows) return { name: c.name, type: c.type, ...c.runCounts(options.top ?? 5) };
  const keys = c.keys;
  const n = keys.length;
  let missing = 0;
  if (c.dict || c.type === 'boolean') {
    const labels = c.dict ?? ['false', 'true'];
    const counts = new Float64Array(labels.length);
    for (let r = 0; r < n; r++) {
      const k = keys[r];
      if (k !== k) missing++;
      else counts[k]++;
    }
    let distinct = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i] > 0) distinct++;
    return {
      name: c.name,
      type: c.type,
      missing,
      distinct,
      top: mostFrequent(counts, options.top ?? 5).map((i) => ({ value: labels[i], count: counts[i] })),
    };
  }
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let r = 0; r < n; r++) {
    const k = keys[r];
    if (k !== k) {
      missing++;
      continue;
    }
    if (k < min) min = k;
    if (k > max) max = k;
    sum += k;
  }
  const present = n - missing;
  if (present === 0) return { name: c.name, type: c.type, missing, distinct: 0 };
  const finite = Number.isFinite(min) && Number.isFinite(max);
  const width = finite && max > min ? (max - min) / bins : 0;
  const counts = new Float64Array(width > 0 ? bins : 1);
  if (finite)
    for (let r = 0; r < n; r++) {
      const k = keys[r];
      if (k !== k) continue;
      counts[width > 0 ? Math.min(bins - 1, Math.floor((k - min) / width)) : 0]++;
    }
  const histogram = finite
    ? Array.from(counts, (count, i) => ({ from: min + i * width, to: width > 0 ? min + (i + 1) * width : max, count }))
    : undefined;
  return { name: c.name, type: c.type, missing, distinct: distinctNumbers(keys, present), min, mean: sum / present, max, histogram };
}
