/**
 * Segment profiles ("user portrait"): what each segment looks like.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { asTable, columnValues, type TableInput } from '../columnar/tableInput';

/** Quantile with linear interpolation between order statistics (type 7, numpy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Per value of `by`: count and share; for every numeric column its mean, median, p25 and p75;
 * for every text column its three most frequent values with counts.
 * @param table e.g. `crm.kmeansSegments(...).table` or `crm.rfm(tx)`
 * @param by the segment column
 * @returns a table with one row per segment: segment, count, share, `<col>_mean`, `<col>_median`, `<col>_p25`, `<col>_p75`, `<col>_top`
 * @example crm.profile(seg.table, 'segment').objects()[0] // → { segment: 0, count: 812, share: 0.41, recency_mean: 35.2, …, segment_top: … }
 */
export function profile(table: TableInput, by: string): ColumnTable {
  const fn = 'profile';
  const t = asTable(fn, table);
  const keys = columnValues(fn, t, by);
  const n = keys.length;
  if (n === 0) throw analyticsError(fn, 'the table has no rows');
  const groups = new Map<unknown, number[]>();
  keys.forEach((k, i) => (groups.get(k) ?? groups.set(k, []).get(k)!).push(i));
  const cols = t.columnNames().filter((c) => c !== by);
  const kinds = cols.map((c) => {
    const v = t.array(c) as ArrayLike<unknown>;
    for (let i = 0; i < v.length; i++)
      if (v[i] !== null && v[i] !== undefined) return typeof v[i] === 'number' ? 'number' : typeof v[i] === 'string' ? 'text' : 'other';
    return 'other';
  });
  const sortedKeys = [...groups.keys()].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
  return aq.from(
    sortedKeys.map((key) => {
      const idx = groups.get(key)!;
      const row: Record<string, unknown> = { [by]: key, count: idx.length, share: idx.length / n };
      cols.forEach((c, j) => {
        const v = t.array(c) as ArrayLike<unknown>;
        if (kinds[j] === 'number') {
          const xs = idx
            .map((i) => v[i])
            .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
            .sort((a, b) => a - b);
          row[`${c}_mean`] = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
          row[`${c}_median`] = xs.length ? quantileSorted(xs, 0.5) : null;
          row[`${c}_p25`] = xs.length ? quantileSorted(xs, 0.25) : null;
          row[`${c}_p75`] = xs.length ? quantileSorted(xs, 0.75) : null;
        } else if (kinds[j] === 'text') {
          const counts = new Map<string, number>();
          for (const i of idx)
            if (v[i] !== null && v[i] !== undefined && v[i] !== '') counts.set(String(v[i]), (counts.get(String(v[i])) ?? 0) + 1);
          row[`${c}_top`] = [...counts.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 3)
            .map(([s, k]) => `${s} (${k})`)
            .join(', ');
        }
      });
      return row;
    }),
  );
}
