import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * How many customers are probably still active: a histogram of P(alive) in tenths, from
 * `crm.predictClv(...)` (or any table with a `probabilityAlive` column).
 * @example charts.pAliveChart(crm.predictClv(summary, { bgnbd, gammaGamma }))
 */
export function pAliveChart(table: Rows): TopLevelSpec {
  const counts = new Array<number>(10).fill(0);
  for (const r of rowsOf(table, 'pAliveChart')) {
    const p = Number(r.probabilityAlive);
    if (Number.isFinite(p)) counts[Math.min(9, Math.max(0, Math.floor(p * 10)))]++;
  }
  const values = counts.map((customers, i) => ({ bin: `${i * 10}–${(i + 1) * 10}%`, from: i / 10, customers }));
  return {
    ...base('Probability that a customer is still active', { height: 180 }),
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'bin', type: 'ordinal', sort: null, title: 'P(alive)', axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: 'customers', type: 'quantitative', title: 'Customers' },
      color: { field: 'from', type: 'quantitative', legend: null, scale: { scheme: 'redyellowgreen', domain: [0, 0.9] } },
    },
  };
}
