import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';
import { PERCENT } from './formats';

/**
 * Which features drive the model: a bar per feature, most important first, from
 * `crm.trainChurnModel(...)` / `crm.trainClvModel(...)` (or their `featureImportance` table).
 * @example charts.featureImportanceChart(crm.trainChurnModel(data, { label: 'churned' }))
 */
export function featureImportanceChart(input: Rows | { featureImportance: Rows }): TopLevelSpec {
  const rows = rowsOfResult(input, 'featureImportance', 'featureImportanceChart');
  return {
    ...base('Feature importance (share of the impurity decrease)'),
    data: { values: rows.map((r) => ({ feature: r.feature, importance: r.importance })) },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'feature', type: 'nominal', sort: '-x', title: null },
      x: { field: 'importance', type: 'quantitative', title: 'Importance', ...PERCENT },
    },
  };
}
