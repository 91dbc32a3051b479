import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { COUNT, MONEY_TEXT } from './formats';

/**
 * The R×F grid: customers per (R, F) score cell, labelled with its segment, from `crm.rfm(...)`.
 * @example charts.rfHeatmap(crm.rfm(tx))
 */
export function rfHeatmap(rfmTable: Rows): TopLevelSpec {
  const counts = new Map<string, { r: number; f: number; customers: number; revenue: number; segment: string }>();
  for (const row of rowsOf(rfmTable, 'rfHeatmap')) {
    const key = `${row.r}-${row.f}`;
    const c = counts.get(key) ?? { r: row.r as number, f: row.f as number, customers: 0, revenue: 0, segment: String(row.segment) };
    c.customers++;
    c.revenue += Number(row.revenue ?? row.monetary ?? 0);
    counts.set(key, c);
  }
  const max = Math.max(0, ...[...counts.values()].map((c) => c.customers));
  return {
    ...base('Customers by recency and frequency score'),
    data: { values: [...counts.values()] },
    encoding: {
      x: { field: 'f', type: 'ordinal', title: 'Frequency score (F)', axis: { labelAngle: 0 } },
      y: { field: 'r', type: 'ordinal', title: 'Recency score (R)', sort: 'descending' },
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: { field: 'customers', type: 'quantitative', title: 'Customers', scale: { scheme: 'blues' } },
          tooltip: [
            { field: 'segment', type: 'nominal', title: 'Segment' },
            { field: 'r', type: 'ordinal', title: 'R' },
            { field: 'f', type: 'ordinal', title: 'F' },
            { field: 'customers', type: 'quantitative', title: 'Customers', ...COUNT },
            { field: 'revenue', type: 'quantitative', title: 'Revenue', ...MONEY_TEXT },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'customers', type: 'quantitative' },
          color: { condition: { test: `datum.customers > ${max} * 0.6`, value: 'white' }, value: '#222' },
        },
      },
    ],
  };
}
