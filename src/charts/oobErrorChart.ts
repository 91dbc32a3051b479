import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';

/**
 * How a random forest's out-of-bag error settles as trees are added, from
 * `crm.trainChurnForest(...)` (error rate) or `crm.trainClvForest(...)` (mean squared error), or
 * their `oobCurve` table: once the line is flat, more trees no longer help.
 * @example charts.oobErrorChart(crm.trainChurnForest(data, { label: 'churned' }))
 */
export function oobErrorChart(input: Rows | { oobCurve: Rows }, options: { title?: string } = {}): TopLevelSpec {
  const values = rowsOfResult(input, 'oobCurve', 'oobErrorChart').map((r) => ({ trees: r.trees, oobError: r.oobError }));
  return {
    ...base(options.title ?? 'Out-of-bag error as trees are added'),
    data: { values },
    mark: { type: 'line', tooltip: true },
    encoding: {
      x: { field: 'trees', type: 'quantitative', title: 'Trees', axis: { tickMinStep: 1 } },
      y: { field: 'oobError', type: 'quantitative', title: 'Out-of-bag error', scale: { zero: false } },
    },
  };
}
