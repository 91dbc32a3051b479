import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * The customers with the most expected purchases, each with its interval (from
 * `crm.customerIntervals`): a dot at the estimate and a bar from the lower to the upper bound.
 * With `{ measure: 'clv' }`, the customers with the highest CLV and its interval (from
 * `crm.predictClv(summary, { …, intervals: true })`).
 * @example charts.customerIntervalChart(crm.customerIntervals(model, summary, { t: 52 }), { n: 20 })
 */
export function customerIntervalChart(table: Rows, options: { n?: number; measure?: 'expectedPurchases' | 'clv' } = {}): TopLevelSpec {
  const rows = rowsOf(table, 'customerIntervalChart');
  const n = options.n ?? 20;
  const clv = options.measure === 'clv';
  const [value, lower, upper] = clv ? ['clv', 'clvLower', 'clvUpper'] : ['expectedPurchases', 'expectedLower', 'expectedUpper'];
  const values = rows
    .map((r, i) => ({
      customer: String(r.customerId ?? `#${i + 1}`),
      expected: Number(r[value]),
      lower: Number(r[lower]),
      upper: Number(r[upper]),
    }))
    .sort((a, b) => b.expected - a.expected)
    .slice(0, n);
  const y = { field: 'customer', type: 'nominal', sort: { field: 'expected', order: 'descending' }, title: null };
  return {
    ...base(`${clv ? 'CLV' : 'Expected purchases'} with their intervals (top ${values.length})`, {
      height: Math.max(120, 16 * values.length),
    }),
    data: { values },
    layer: [
      {
        mark: { type: 'rule' },
        encoding: { y, x: { field: 'lower', type: 'quantitative', title: clv ? 'CLV' : 'Expected purchases' }, x2: { field: 'upper' } },
      },
      { mark: { type: 'point', filled: true, tooltip: true }, encoding: { y, x: { field: 'expected', type: 'quantitative' } } },
    ],
  } as unknown as TopLevelSpec;
}
