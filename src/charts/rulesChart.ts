import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';

/**
 * The strongest basket rules: one bar per rule "A + B ⇒ C", by lift (or confidence), coloured
 * by confidence, from `crm.apriori(...)`.
 * @example charts.rulesChart(crm.apriori(baskets, { minSupport: 0.01 }), { top: 10 })
 */
export function rulesChart(
  input: { rules: Rows } | Rows,
  options: { top?: number; by?: 'lift' | 'confidence' | 'support' } = {},
): TopLevelSpec {
  const by = options.by ?? 'lift';
  const rows = rowsOfResult(input, 'rules', 'rulesChart');
  const name = (v: unknown) => (Array.isArray(v) ? v.join(' + ') : String(v));
  const values = [...rows]
    .sort((a, b) => Number(b[by]) - Number(a[by]))
    .slice(0, options.top ?? 15)
    .map((r) => ({ rule: `${name(r.antecedent)} ⇒ ${name(r.consequent)}`, lift: r.lift, confidence: r.confidence, support: r.support }));
  return {
    ...base(`Top ${values.length} basket rules by ${by}`),
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'rule', type: 'nominal', sort: null, title: null, axis: { labelLimit: 320 } },
      x: { field: by, type: 'quantitative', title: by[0].toUpperCase() + by.slice(1) },
      color: { field: 'confidence', type: 'quantitative', title: 'Confidence', scale: { scheme: 'blues', domain: [0, 1] } },
    },
  };
}
