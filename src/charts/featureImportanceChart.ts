import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';

/**
 * Which features drive the model: a bar per feature, most important first, from
 * `crm.trainChurnModel(...)` / `crm.trainClvModel(...)` (or their `featureImportance` table).
 * For a forest (`crm.trainChurnForest`, `crm.trainClvForest`), `{ measure: 'permutation' }` shows
 * the out-of-bag permutation importance instead: how much the score drops when a feature is shuffled.
 * @example charts.featureImportanceChart(crm.trainChurnModel(data, { label: 'churned' }))
 */
export function featureImportanceChart(
  input: Rows | { featureImportance: Rows },
  options: { measure?: 'impurity' | 'permutation' } = {},
): TopLevelSpec {
  const rows = rowsOfResult(input, 'featureImportance', 'featureImportanceChart');
  const permutation = options.measure === 'permutation';
  const title = permutation
    ? 'Permutation importance (drop of the out-of-bag score when the feature is shuffled)'
    : 'Feature importance (share of the impurity decrease)';
  return {
    ...base(title),
    data: { values: rows.map((r) => ({ feature: r.feature, importance: permutation ? r.permutationImportance : r.importance })) },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'feature', type: 'nominal', sort: '-x', title: null },
      x: {
        field: 'importance',
        type: 'quantitative',
        title: permutation ? 'Score drop' : 'Importance',
        axis: { format: permutation ? '.2f' : '.0%' },
      },
    },
  };
}
