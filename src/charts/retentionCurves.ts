import type { TopLevelSpec } from 'vega-lite';
import { base, cohortCells, type Rows } from './rows';
import { PERCENT } from './formats';

/**
 * One retention curve per cohort plus the size-weighted average, from `crm.cohortRetention(...)`.
 * @example charts.retentionCurves(crm.cohortRetention(tx))
 */
export function retentionCurves(cohorts: Rows): TopLevelSpec {
  const values = cohortCells(cohorts, 'retentionCurves');
  return {
    ...base('Retention curves'),
    data: { values },
    layer: [
      {
        mark: { type: 'line', opacity: 0.35, tooltip: true },
        encoding: {
          x: { field: 'offset', type: 'quantitative', title: 'Periods since first purchase', axis: { tickMinStep: 1 } },
          y: { field: 'retention', type: 'quantitative', ...PERCENT },
          detail: { field: 'cohort' },
        },
      },
      {
        transform: [
          { calculate: 'datum.retention * datum.size', as: 'retained' },
          {
            aggregate: [
              { op: 'sum', field: 'retained', as: 'retained' },
              { op: 'sum', field: 'size', as: 'size' },
            ],
            groupby: ['offset'],
          },
          { calculate: 'datum.retained / datum.size', as: 'average' },
        ],
        mark: { type: 'line', strokeWidth: 3, color: '#e45756', point: true, tooltip: true },
        encoding: {
          x: { field: 'offset', type: 'quantitative' },
          y: { field: 'average', type: 'quantitative', title: 'Retention', ...PERCENT },
        },
      },
    ],
  };
}
