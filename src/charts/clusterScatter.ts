import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * Two features of clustered rows, coloured by segment (at most 5,000 points are drawn, evenly
 * sampled, so large tables stay quick).
 * @example charts.clusterScatter(seg.table, 'frequency', 'monetary', { log: true })
 */
export function clusterScatter(
  table: Rows,
  x: string,
  y: string,
  options: { segment?: string; log?: boolean; maxPoints?: number } = {},
): TopLevelSpec {
  const all = rowsOf(table, 'clusterScatter');
  const max = options.maxPoints ?? 5000;
  const step = Math.max(1, Math.ceil(all.length / max));
  const values = all
    .filter((_, i) => i % step === 0)
    .map((r) => ({ [x]: r[x], [y]: r[y], segment: String(r[options.segment ?? 'segment']) }));
  const scale = options.log ? ({ type: 'symlog' } as const) : { zero: false };
  return {
    ...base(`Segments by ${x} and ${y}`),
    data: { values },
    mark: { type: 'point', filled: true, opacity: 0.6, tooltip: true },
    encoding: {
      x: { field: x, type: 'quantitative', scale },
      y: { field: y, type: 'quantitative', scale },
      color: { field: 'segment', type: 'nominal', title: 'Segment' },
    },
  };
}
