import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { PERCENT } from './formats';

/**
 * Segment sizes and revenue share side by side, from `crm.segmentSummary(...)`.
 * @example charts.segmentChart(crm.segmentSummary(crm.rfm(tx)))
 */
export function segmentChart(summary: Rows): TopLevelSpec {
  const values = rowsOf(summary, 'segmentChart');
  const order = values.map((v) => v.segment as string);
  return {
    ...base('Customers and revenue by segment'),
    data: { values },
    transform: [
      { fold: ['share', 'revenueShare'], as: ['measure', 'value'] },
      { calculate: "datum.measure === 'share' ? 'Customers' : 'Revenue'", as: 'Measure' },
    ],
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'segment', type: 'nominal', sort: order, title: null },
      x: { field: 'value', type: 'quantitative', ...PERCENT, title: 'Share' },
      yOffset: { field: 'Measure' },
      color: { field: 'Measure', type: 'nominal', title: null, legend: { orient: 'top' } },
    },
  };
}
