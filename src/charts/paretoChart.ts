import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { PERCENT } from './formats';

/**
 * The Pareto (Lorenz) curve: cumulative revenue share against the share of customers, best
 * first, with the 80% line, from `crm.pareto(...)`.
 * @example charts.paretoChart(crm.pareto(tx))
 */
export function paretoChart(result: { table: Rows; customersFor80: number }): TopLevelSpec {
  const all = rowsOf(result.table, 'paretoChart');
  const step = Math.max(1, Math.ceil(all.length / 500));
  const values = [
    { customerShare: 0, cumulativeShare: 0 },
    ...all
      .filter((_, i) => i % step === 0 || i === all.length - 1)
      .map((r) => ({ customerShare: r.customerShare, cumulativeShare: r.cumulativeShare })),
  ];
  return {
    ...base(`${(result.customersFor80 * 100).toFixed(1)}% of customers bring 80% of revenue`),
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.3, line: true },
        encoding: {
          x: { field: 'customerShare', type: 'quantitative', ...PERCENT, title: 'Customers (best first)' },
          y: { field: 'cumulativeShare', type: 'quantitative', ...PERCENT, title: 'Share of revenue' },
        },
      },
      { mark: { type: 'rule', strokeDash: [4, 4] }, encoding: { y: { datum: 0.8 } } },
    ],
  };
}
