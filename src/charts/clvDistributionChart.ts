import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { MONEY } from './formats';

/**
 * The spread of predicted customer value: a histogram of a value column (default `clv`), from
 * `crm.predictClv(...)`. Most shops have a long tail, so the x axis can be capped at a quantile.
 * @example charts.clvDistributionChart(clv, { cap: 0.99 })
 */
export function clvDistributionChart(table: Rows, options: { field?: string; cap?: number; title?: string } = {}): TopLevelSpec {
  const field = options.field ?? 'clv';
  const values = rowsOf(table, 'clvDistributionChart')
    .map((r) => Number(r[field]))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const cap = options.cap ?? 0.99;
  const limit = values.length ? values[Math.min(values.length - 1, Math.floor(cap * (values.length - 1)))] : 0;
  const above = values.filter((v) => v > limit).length;
  return {
    ...base(options.title ?? `Predicted customer value${above ? ` (the top ${above} above ${limit.toFixed(0)} not shown)` : ''}`, {
      height: 180,
    }),
    data: { values: values.filter((v) => v <= limit).map((v) => ({ [field]: v })) },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field, type: 'quantitative', bin: { maxbins: 30 }, title: field === 'clv' ? 'CLV' : field, ...(field === 'clv' ? MONEY : {}) },
      y: { aggregate: 'count', type: 'quantitative', title: 'Customers' },
    },
  };
}
