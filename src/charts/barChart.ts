import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOf, type Rows } from './rows';
import { formatFragment } from './formats';

/**
 * A plain bar chart of one value per category, in the order of the rows.
 * @example charts.barChart(monthly, { x: 'month', y: 'revenue', title: 'Revenue by month' })
 */
export function barChart(
  rows: Rows,
  options: {
    x: string;
    y: string;
    title: string;
    yTitle?: string;
    height?: number;
    /** What y means (tooltips and axis). */ yFormat?: 'money' | 'percent' | 'count';
  },
): TopLevelSpec {
  return {
    ...base(options.title),
    height: options.height ?? 180,
    data: { values: rowsOf(rows, 'barChart') },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: options.x, type: 'ordinal', title: null, sort: null, axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: options.y, type: 'quantitative', title: options.yTitle ?? options.y, ...formatFragment(options.yFormat) },
    },
  };
}
