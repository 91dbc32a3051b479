import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { MONEY, PERCENT_TEXT } from './formats';

/**
 * The customers worth most: a horizontal bar per customer, largest first (default: top 20 by `clv`,
 * with P(alive) as the colour when the table has it).
 * @example charts.topCustomersChart(crm.predictClv(summary, { bgnbd, gammaGamma }), { n: 15 })
 */
export function topCustomersChart(table: Rows, options: { n?: number; value?: string; label?: string } = {}): TopLevelSpec {
  const value = options.value ?? 'clv';
  const label = options.label ?? 'customerId';
  const rows = rowsOf(table, 'topCustomersChart')
    .filter((r) => Number.isFinite(Number(r[value])))
    .sort((a, b) => Number(b[value]) - Number(a[value]))
    .slice(0, options.n ?? 20)
    .map((r) => ({
      customer: String(r[label] ?? ''),
      [value]: Number(r[value]),
      ...(r.probabilityAlive !== undefined ? { probabilityAlive: r.probabilityAlive } : {}),
    }));
  const hasAlive = rows.some((r) => 'probabilityAlive' in r);
  return {
    ...base(`Top ${rows.length} customers by ${value === 'clv' ? 'predicted value' : value}`),
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'customer', type: 'nominal', sort: null, title: null },
      x: { field: value, type: 'quantitative', title: value === 'clv' ? 'CLV' : value, ...(value === 'clv' ? MONEY : {}) },
      ...(hasAlive
        ? {
            color: {
              field: 'probabilityAlive',
              type: 'quantitative',
              title: 'P(alive)',
              ...PERCENT_TEXT,
              scale: { scheme: 'redyellowgreen', domain: [0, 1] },
            },
          }
        : {}),
    },
  };
}
