import type { TopLevelSpec } from 'vega-lite';
import { base } from './rows';

/**
 * The sorted k-distance curve of `crm.kDistance`, with the suggested eps as a dashed line: pick
 * eps where the curve bends from steep (outliers) to flat (dense groups).
 * @example charts.kDistanceChart(crm.kDistance(scores, ['recency', 'frequency'], { k: 10 }))
 */
export function kDistanceChart(result: { k: number; distances: number[]; suggestedEps: number }): TopLevelSpec {
  if (!result || !Array.isArray(result.distances)) throw new Error('charts.kDistanceChart: expects a result of crm.kDistance');
  const step = Math.max(1, Math.ceil(result.distances.length / 1000));
  const values = result.distances
    .filter((_, i) => i % step === 0 || i === result.distances.length - 1)
    .map((distance, i) => ({ rank: Math.min(i * step, result.distances.length - 1) + 1, distance }));
  return {
    ...base(`Distance to the ${result.k}th nearest point (suggested eps ${result.suggestedEps.toFixed(3)})`, { height: 240 }),
    layer: [
      {
        data: { values },
        mark: { type: 'line', tooltip: true },
        encoding: {
          x: { field: 'rank', type: 'quantitative', title: 'Rows, by k-distance' },
          y: { field: 'distance', type: 'quantitative', title: `${result.k}-distance` },
        },
      },
      {
        data: { values: [{ eps: result.suggestedEps }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: '#e45756' },
        encoding: { y: { field: 'eps', type: 'quantitative' } },
      },
    ],
  } as unknown as TopLevelSpec;
}
