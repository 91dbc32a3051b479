import type { TopLevelSpec } from 'vega-lite';
import { base, rowsOfResult, type Rows } from './rows';
import { PERCENT } from './formats';

const GROUP_COLORS: Record<string, string> = { promoter: '#2ca02c', passive: '#9e9e9e', detractor: '#d62728' };

/**
 * What each group writes about: the most mentioned terms per group (promoters, passives,
 * detractors, or the groups of `by`), as share of the group's comments, from `crm.feedbackThemes(...)`.
 * @example charts.themesChart(crm.feedbackThemes(responses), { top: 8 })
 */
export function themesChart(input: { themes: Rows } | Rows, options: { top?: number } = {}): TopLevelSpec {
  const rows = rowsOfResult(input, 'themes', 'themesChart');
  const top = options.top ?? 8;
  const kept = new Map<string, number>();
  const values = rows.filter((r) => {
    const g = String(r.group);
    const k = kept.get(g) ?? 0;
    kept.set(g, k + 1);
    return k < top;
  });
  const groups = [...kept.keys()];
  const colored = groups.every((g) => g in GROUP_COLORS);
  return {
    ...base('Themes in the comments, by group'),
    data: { values: values.map((r) => ({ group: r.group, term: r.term, share: r.share, count: r.count })) },
    facet: { row: { field: 'group', type: 'nominal', sort: groups, title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
    spec: {
      width: 'container',
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'term', type: 'nominal', sort: '-x', title: null },
        x: { field: 'share', type: 'quantitative', title: "Share of the group's comments", ...PERCENT },
        color: colored
          ? { field: 'group', type: 'nominal', legend: null, scale: { domain: groups, range: groups.map((g) => GROUP_COLORS[g]) } }
          : { field: 'group', type: 'nominal', legend: null },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
