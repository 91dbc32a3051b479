import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * History and forecast with its prediction band, from `crm.forecast(...)`.
 * @example charts.forecastChart(crm.forecast(crm.revenueSeries(tx), { horizon: 6 }))
 */
export function forecastChart(result: { table: Rows; level?: number; method?: string }, options: { yTitle?: string } = {}): TopLevelSpec {
  const rows = rowsOf(result.table, 'forecastChart');
  const lastActual = [...rows].reverse().find((r) => r.actual !== null && r.actual !== undefined);
  const line: { period: unknown; series: string; value: unknown }[] = rows.flatMap((r) => [
    ...(r.actual !== null && r.actual !== undefined ? [{ period: r.period, series: 'actual', value: r.actual }] : []),
    ...(r.forecast !== null && r.forecast !== undefined ? [{ period: r.period, series: 'forecast', value: r.forecast }] : []),
  ]);
  // Join the forecast line to the last actual point.
  if (lastActual) line.push({ period: lastActual.period, series: 'forecast', value: lastActual.actual });
  const band = rows
    .filter((r) => r.lower !== null && r.lower !== undefined)
    .map((r) => ({ period: r.period, lower: r.lower, upper: r.upper }));
  const level = Math.round(100 * (result.level ?? 0.95));
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    sort: rows.map((r) => String(r.period)),
    title: null,
    axis: { labelAngle: 0, labelOverlap: true },
  };
  return {
    ...base(`Forecast${result.method ? ` (${result.method})` : ''} with its ${level}% prediction interval`, { height: 220 }),
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', opacity: 0.25, tooltip: true },
        encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
      },
      {
        data: { values: line },
        mark: { type: 'line', point: true, tooltip: true },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: options.yTitle ?? 'Value' },
          color: { field: 'series', type: 'nominal', title: null, scale: { domain: ['actual', 'forecast'] } },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            legend: null,
            scale: {
              domain: ['actual', 'forecast'],
              range: [
                [1, 0],
                [5, 3],
              ],
            },
          },
        },
      },
    ],
  };
}
