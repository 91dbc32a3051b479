import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * Inertia and silhouette against k, with the suggested k marked, from `crm.elbow(...)`.
 * @example charts.elbowChart(crm.elbow(scores, ['recency', 'frequency', 'monetary']))
 */
export function elbowChart(result: { table: Rows; suggestedK: number }): TopLevelSpec {
  const values = rowsOf(result.table, 'elbowChart');
  const rule = {
    mark: { type: 'rule' as const, strokeDash: [4, 4] },
    encoding: { x: { datum: result.suggestedK, type: 'quantitative' as const } },
  };
  return {
    ...base(`Choosing k (suggested: ${result.suggestedK})`),
    data: { values },
    hconcat: [
      {
        width: 260,
        layer: [
          {
            mark: { type: 'line', point: true, tooltip: true },
            encoding: {
              x: { field: 'k', type: 'quantitative', axis: { tickMinStep: 1 } },
              y: { field: 'inertia', type: 'quantitative', title: 'Inertia' },
            },
          },
          rule,
        ],
      },
      {
        width: 260,
        layer: [
          {
            mark: { type: 'line', point: true, tooltip: true, color: '#e45756' },
            encoding: {
              x: { field: 'k', type: 'quantitative', axis: { tickMinStep: 1 } },
              y: { field: 'silhouette', type: 'quantitative', title: 'Silhouette' },
            },
          },
          rule,
        ],
      },
    ],
  };
}
