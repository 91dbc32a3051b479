/**
 * Per-segment summary of an {@link rfm} table.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { asTable, requireColumns, type TableInput } from '../columnar/tableInput';
import { SEGMENTS, SEGMENT_NAMES_ZH } from './rfmSegments';

/**
 * Customers, share, revenue, revenue share and mean recency / frequency / monetary of each
 * segment, in the grid's order (Champions first), empty segments left out.
 * @param rfmTable the output of {@link rfm}
 * @returns a table: segment, customers, share, revenue, revenueShare, meanRecency, meanFrequency, meanMonetary
 * @example
 * crm.segmentSummary(crm.rfm(tx)).objects()[0]
 * // → { segment: 'Champions', customers: 212, share: 0.106, revenue: 84210, revenueShare: 0.41, meanRecency: 9.5, … }
 */
export function segmentSummary(rfmTable: TableInput): ColumnTable {
  const fn = 'segmentSummary';
  const t = asTable(fn, rfmTable, 'an rfm table');
  requireColumns(fn, t, ['segment', 'recency', 'frequency', 'monetary'], 'Pass the output of crm.rfm(transactions)');
  const seg = t.array('segment') as ArrayLike<string>;
  const rec = t.array('recency') as ArrayLike<number>;
  const freq = t.array('frequency') as ArrayLike<number>;
  const mon = t.array('monetary') as ArrayLike<number>;
  // rfm adds `revenue` only when `monetary` is the mean per purchase day; otherwise monetary is the revenue.
  const rev = t.array(t.columnNames().includes('revenue') ? 'revenue' : 'monetary') as ArrayLike<number>;
  const acc = new Map<string, { n: number; revenue: number; r: number; f: number; m: number }>();
  let totalRevenue = 0;
  for (let i = 0; i < seg.length; i++) {
    const a = acc.get(seg[i]) ?? { n: 0, revenue: 0, r: 0, f: 0, m: 0 };
    a.n++;
    a.revenue += rev[i];
    a.r += rec[i];
    a.f += freq[i];
    a.m += mon[i];
    acc.set(seg[i], a);
    totalRevenue += rev[i];
  }
  const known: string[] = [...SEGMENTS, ...SEGMENTS.map((s) => SEGMENT_NAMES_ZH[s])];
  const order = [...known, ...[...acc.keys()].filter((s) => !known.includes(s))].filter((s) => acc.has(s));
  const n = seg.length;
  return aq.from(
    order.map((s) => {
      const a = acc.get(s)!;
      return {
        segment: s,
        customers: a.n,
        share: a.n / n,
        revenue: a.revenue,
        revenueShare: totalRevenue === 0 ? null : a.revenue / totalRevenue,
        meanRecency: a.r / a.n,
        meanFrequency: a.f / a.n,
        meanMonetary: a.m / a.n,
      };
    }),
  );
}
