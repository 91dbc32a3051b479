import type { TopLevelSpec } from 'vega-lite';
import { base, cohortCells, type Rows } from './rows';
import { PERCENT_TEXT } from './formats';

/**
 * The cohort retention matrix as a heatmap (cohorts down, periods since first purchase across),
 * from `crm.cohortRetention(...)`. Cells past the data stay empty.
 * @example charts.cohortHeatmap(crm.cohortRetention(tx))
 */
export function cohortHeatmap(cohorts: Rows): TopLevelSpec {
  const values = cohortCells(cohorts, 'cohortHeatmap');
  return {
    ...base('Retention by cohort'),
    data: { values },
    encoding: {
      x: { field: 'offset', type: 'ordinal', title: 'Periods since first purchase', axis: { labelAngle: 0 } },
      y: { field: 'cohort', type: 'ordinal', title: 'Cohort', sort: null },
    },
    layer: [
      {
        mark: { type: 'rect', tooltip: true },
        encoding: {
          color: {
            field: 'retention',
            type: 'quantitative',
            title: 'Retention',
            scale: { scheme: 'greens', domain: [0, 1] },
            ...PERCENT_TEXT,
            legend: { format: '.0%' },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 9 },
        encoding: {
          text: { field: 'retention', type: 'quantitative', format: '.0%' },
          color: { condition: { test: 'datum.retention > 0.5', value: 'white' }, value: '#222' },
        },
      },
    ],
  };
}
