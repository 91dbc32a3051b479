import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * NPS per period with its confidence band, from `crm.npsTrend(...)`.
 * @example charts.npsTrendChart(crm.npsTrend(responses))
 */
export function npsTrendChart(trend: Rows): TopLevelSpec {
  const values = rowsOf(trend, 'npsTrendChart');
  const x = { field: 'period', type: 'ordinal', title: null, sort: null } as const;
  return {
    ...base('NPS over time (band: 95% interval)'),
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.25 },
        encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: 'NPS', scale: { domain: [-100, 100] } }, y2: { field: 'ciHigh' } },
      },
      { mark: { type: 'line', point: true, tooltip: true }, encoding: { x, y: { field: 'nps', type: 'quantitative' } } },
      { mark: { type: 'rule', strokeDash: [2, 2], opacity: 0.5 }, encoding: { y: { datum: 0 } } },
    ],
  };
}
