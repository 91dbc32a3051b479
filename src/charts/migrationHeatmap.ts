import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';

/**
 * Customers moving between segments: rows are the segment before, columns the segment after,
 * colour and label the number of customers; the diagonal (stayed) is outlined. `new` is the first
 * row, `gone` the last column. From `crm.segmentMigration(before, after)` (or its `table`).
 * @example charts.migrationHeatmap(crm.segmentMigration(lastMonth, thisMonth))
 */
export function migrationHeatmap(migration: Rows | { table: Rows }): TopLevelSpec {
  const rows = rowsOfResult(migration, 'table', 'migrationHeatmap').map((r) => ({
    from: String(r.from),
    to: String(r.to),
    customers: Number(r.customers),
    stayed: r.from === r.to,
  }));
  const order = (key: 'from' | 'to') => [...new Set(rows.map((r) => r[key]))];
  const froms = order('from');
  const tos = [...new Set([...order('to').filter((t) => t !== 'gone'), ...(rows.some((r) => r.to === 'gone') ? ['gone'] : [])])];
  const max = Math.max(0, ...rows.map((r) => r.customers));
  return {
    ...base('Segment before → segment after'),
    data: { values: rows },
    encoding: {
      x: { field: 'to', type: 'nominal', title: 'After', sort: tos, axis: { labelAngle: -30 } },
      y: { field: 'from', type: 'nominal', title: 'Before', sort: froms },
    },
    layer: [
      {
        mark: { type: 'rect', tooltip: true },
        encoding: {
          color: { field: 'customers', type: 'quantitative', title: 'Customers', scale: { scheme: 'oranges' } },
          stroke: { condition: { test: 'datum.stayed', value: '#555' }, value: null },
          strokeWidth: { value: 1.5 },
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
