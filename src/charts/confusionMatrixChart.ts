import type { TopLevelSpec } from 'vega-lite';
import { base } from './rows';

/**
 * The confusion matrix as a 2×2 grid (rows actual, columns predicted), from
 * `crm.classificationMetrics(...)` or a model result's `metrics`.
 * @example charts.confusionMatrixChart(result.metrics, { labels: ['stays', 'churns'] })
 */
export function confusionMatrixChart(
  input: { confusionMatrix: number[][] } | { metrics: { confusionMatrix: number[][] } },
  options: { labels?: [string, string] } = {},
): TopLevelSpec {
  const m = 'metrics' in input ? input.metrics.confusionMatrix : input.confusionMatrix;
  const [neg, pos] = options.labels ?? ['0', '1'];
  const total = m.flat().reduce((a, b) => a + b, 0) || 1;
  const names = [neg, pos];
  const values = [0, 1].flatMap((a) =>
    [0, 1].map((p) => ({ actual: names[a], predicted: names[p], count: m[a][p], share: m[a][p] / total, correct: a === p })),
  );
  const max = Math.max(...values.map((v) => v.count));
  return {
    ...base('Confusion matrix', { height: 160 }),
    data: { values },
    encoding: {
      x: { field: 'predicted', type: 'nominal', sort: names, title: 'Predicted', axis: { labelAngle: 0 } },
      y: { field: 'actual', type: 'nominal', sort: names, title: 'Actual' },
    },
    layer: [
      {
        mark: { type: 'rect', tooltip: true },
        encoding: { color: { field: 'count', type: 'quantitative', legend: null, scale: { scheme: 'blues' } } },
      },
      {
        mark: { type: 'text', fontSize: 14 },
        encoding: {
          text: { field: 'count', type: 'quantitative', format: ',' },
          color: { condition: { test: `datum.count > ${max} * 0.6`, value: 'white' }, value: '#222' },
        },
      },
    ],
  };
}
