import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * The ROC curve with the chance diagonal, from `crm.rocCurve(...)` (a table of fpr, tpr) or a
 * model result (its held-out predictions are turned into the curve by the caller's `rocCurve`).
 * @example charts.rocChart(crm.rocCurve(r.testPredictions.array('actual'), r.testPredictions.array('probability')), { auc: r.metrics.rocAuc })
 */
export function rocChart(curve: Rows, options: { auc?: number | null } = {}): TopLevelSpec {
  const points = rowsOf(curve, 'rocChart').map((r) => ({ fpr: r.fpr, tpr: r.tpr }));
  const title = `ROC curve${typeof options.auc === 'number' ? ` (AUC ${options.auc.toFixed(3)})` : ''}`;
  return {
    ...base(title, { height: 240 }),
    layer: [
      {
        data: {
          values: [
            { fpr: 0, tpr: 0 },
            { fpr: 1, tpr: 1 },
          ],
        },
        mark: { type: 'line', strokeDash: [4, 4], opacity: 0.5 },
        encoding: { x: { field: 'fpr', type: 'quantitative' }, y: { field: 'tpr', type: 'quantitative' } },
      },
      {
        data: { values: points },
        mark: { type: 'line', interpolate: 'linear', point: points.length <= 30, tooltip: true },
        encoding: {
          x: { field: 'fpr', type: 'quantitative', title: 'False-positive rate', scale: { domain: [0, 1] } },
          y: { field: 'tpr', type: 'quantitative', title: 'True-positive rate', scale: { domain: [0, 1] } },
          order: { field: 'fpr', type: 'quantitative' },
        },
      },
    ],
  };
}
