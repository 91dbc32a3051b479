import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * The customers with the most expected purchases, each with its interval (from
 * `crm.customerIntervals`): a dot at the estimate and a bar from the lower to the upper bound.
 * @example charts.customerIntervalChart(crm.customerIntervals(model, summary, { t: 52 }), { n: 20 })
 */
export function customerIntervalChart(table: Rows, options: { n?: number } = {}): TopLevelSpec {
  const rows = rowsOf(table, 'customerIntervalChart');
  const n = options.n ?? 20;
  const values = rows
    .map((r, i) => ({
      customer: String(r.customerId ?? `#${i + 1}`),
      expected: Number(r.expectedPurchases),
      lower: Number(r.expectedLower),
      upper: Number(r.expectedUpper),
    }))
    .sort((a, b) => b.expected - a.expected)
    .slice(0, n);
  const y = { field: 'customer', type: 'nominal', sort: { field: 'expected', order: 'descending' }, title: null };
  return {
    ...base(`Expected purchases with their intervals (top ${values.length})`, { height: Math.max(120, 16 * values.length) }),
    data: { values },
    layer: [
      {
        mark: { type: 'rule' },
        encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'Expected purchases' }, x2: { field: 'upper' } },
      },
      { mark: { type: 'point', filled: true, tooltip: true }, encoding: { y, x: { field: 'expected', type: 'quantitative' } } },
    ],
  } as unknown as TopLevelSpec;
}
