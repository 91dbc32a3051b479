import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * Predicted against actual repeat purchases in the holdout, by calibration frequency (the
 * classic BG/NBD validation plot), from `crm.holdoutCheck(...)`.
 * @example charts.holdoutChart(crm.holdoutCheck(tx, { calibrationEnd: '2024-06-30' }))
 */
export function holdoutChart(result: { table: Rows }): TopLevelSpec {
  const values = rowsOf(result.table, 'holdoutChart').flatMap((r) => [
    { frequency: r.frequency, series: 'predicted', purchases: r.predicted },
    { frequency: r.frequency, series: 'actual', purchases: r.actual },
  ]);
  return {
    ...base('Repeat purchases in the holdout: predicted vs actual'),
    data: { values },
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x: { field: 'frequency', type: 'ordinal', sort: null, title: 'Repeat purchases in calibration', axis: { labelAngle: 0 } },
      y: { field: 'purchases', type: 'quantitative', title: 'Mean repeat purchases in holdout' },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: ['predicted', 'actual'] } },
      strokeDash: {
        field: 'series',
        type: 'nominal',
        legend: null,
        scale: {
          domain: ['predicted', 'actual'],
          range: [
            [4, 3],
            [1, 0],
          ],
        },
      },
    },
  };
}
