import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';

/**
 * NPS per group as points with error bars (the confidence interval, `ciLow` to `ciHigh`), groups in
 * the table's order, from `crm.npsBy(...)` (either form). A dashed rule marks NPS 0.
 * @example charts.npsByChart(crm.npsBy(responses, { by: 'segment', customers: crm.rfm(tx) }))
 */
export function npsByChart(table: Rows): TopLevelSpec {
  const values = rowsOf(table, 'npsByChart')
    .filter((r) => r.nps !== null && r.nps !== undefined)
    .map((r) => ({ group: String(r.group), n: Number(r.n), nps: Number(r.nps), ciLow: Number(r.ciLow), ciHigh: Number(r.ciHigh) }));
  const y = { field: 'group', type: 'nominal', title: null, sort: values.map((v) => v.group) } as const;
  const scale = { domain: [-100, 100] };
  return {
    ...base('NPS per group (bars: 95% interval)'),
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2, opacity: 0.6 },
        encoding: { y, x: { field: 'ciLow', type: 'quantitative', scale }, x2: { field: 'ciHigh' } },
      },
      {
        mark: { type: 'point', filled: true, size: 80, tooltip: true },
        encoding: { y, x: { field: 'nps', type: 'quantitative', title: 'NPS', scale } },
      },
      { mark: { type: 'rule', strokeDash: [2, 2], opacity: 0.5 }, encoding: { x: { datum: 0 } } },
    ],
  };
}
