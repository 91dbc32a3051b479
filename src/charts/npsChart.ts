import type { TopLevelSpec } from 'vega-lite';
import { base } from './rows';
import { PERCENT } from './formats';

export const NPS_COLORS = { Detractors: '#d9534f', Passives: '#a6a6a6', Promoters: '#2e9e5b' };

/**
 * The promoter / passive / detractor split as one stacked bar, titled with the NPS and its interval.
 * @example charts.npsChart(crm.nps(scores))
 */
export function npsChart(result: {
  nps: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  ci: [number, number] | null;
}): TopLevelSpec {
  const n = Math.max(1, result.n);
  const values = [
    { group: 'Detractors', count: result.detractors, share: result.detractors / n, order: 1 },
    { group: 'Passives', count: result.passives, share: result.passives / n, order: 2 },
    { group: 'Promoters', count: result.promoters, share: result.promoters / n, order: 3 },
  ];
  const title =
    result.nps === null
      ? 'NPS: no valid answers'
      : `NPS ${result.nps.toFixed(1)}${result.ci ? ` (95% CI ${result.ci[0].toFixed(1)} to ${result.ci[1].toFixed(1)})` : ''}, n = ${result.n}`;
  return {
    ...base(title),
    height: 60,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'share', type: 'quantitative', stack: 'normalize', ...PERCENT, title: null },
      color: {
        field: 'group',
        type: 'nominal',
        title: null,
        scale: { domain: Object.keys(NPS_COLORS), range: Object.values(NPS_COLORS) },
        legend: { orient: 'bottom' },
      },
      order: { field: 'order' },
    },
  };
}
